package nl.rechtshulp.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/** Calls the running application over HTTP as one of the demo users (or anonymously). */
public class ApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http;
    private final String baseUrl;
    private final String authorization;

    private ApiClient(String baseUrl, String authorization, HttpClient http) {
        this.baseUrl = baseUrl;
        this.authorization = authorization;
        this.http = http;
    }

    public static ApiClient as(int port, String user, String password) {
        return as("http://localhost:" + port, user, password, HttpClient.newHttpClient());
    }

    /** A client that keeps the session cookie, as a browser or a well-behaved integration does. */
    public static ApiClient withSession(String baseUrl, String user, String password) {
        var http = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .connectTimeout(java.time.Duration.ofSeconds(5)).build();
        return as(baseUrl, user, password, http);
    }

    private static ApiClient as(String baseUrl, String user, String password, HttpClient http) {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new ApiClient(baseUrl, "Basic " + token, http);
    }

    public static ApiClient anonymous(int port) {
        return new ApiClient("http://localhost:" + port, null, HttpClient.newHttpClient());
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    /** A GET as a browser sends it, preferring the given type (a browser asks for text/html first). */
    public Response getAccepting(String path, String accept) {
        return send(request(path).setHeader("Accept", accept).GET());
    }

    /** A POST preferring the given type (the Tasklist asks the engine for application/hal+json). */
    public Response postAccepting(String path, Object body, String accept) {
        return send(jsonPost(path, body).setHeader("Accept", accept));
    }

    public Response post(String path, Object body) {
        return send(jsonPost(path, body));
    }

    /** A POST of a body as it is, sent as the given type (a body that is not JSON, or JSON sent as another type). */
    public Response postAs(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpRequest.Builder jsonPost(String path, Object body) {
        String text = body instanceof String raw ? raw : write(body);
        return request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(text));
    }

    /** A multipart upload: the text fields and one file, as a browser form would send them. */
    public Response upload(String path, java.util.Map<String, String> fields, String fileName, byte[] content) {
        return send(multipart(path, fields, fileName, content, null));
    }

    /** The same upload as a page of another site would make the browser send it. */
    public Response uploadFrom(String origin, String path, java.util.Map<String, String> fields, String fileName,
                               byte[] content) {
        return send(multipart(path, fields, fileName, content, origin));
    }

    private HttpRequest.Builder multipart(String path, java.util.Map<String, String> fields, String fileName,
                                          byte[] content, String origin) {
        String boundary = "----rechtshulp" + System.nanoTime();
        var body = new java.io.ByteArrayOutputStream();
        fields.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n"));
        if (content != null) {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            body.writeBytes(content);
            write(body, "\r\n");
        }
        write(body, "--" + boundary + "--\r\n");
        var request = request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        return origin == null ? request : request.header("Origin", origin);
    }

    private static void write(java.io.ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A download: status, bytes and headers. */
    public Download download(String path) {
        try {
            HttpResponse<byte[]> response = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Download(int status, byte[] body, java.util.Map<String, List<String>> headers) {

        public String header(String name) {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().get(0)).findFirst().orElse(null);
        }
    }

    public Response put(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(write(body))));
    }

    public Response delete(String path) {
        return send(request(path).DELETE());
    }

    private HttpRequest.Builder request(String path) {
        var builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "application/json, application/problem+json, text/csv, text/html;q=0.9, text/plain;q=0.8");
        return authorization == null ? builder : builder.header("Authorization", authorization);
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = parse(response.body());
            return new Response(response.statusCode(), body,
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(String body) {
        if (body.isBlank()) {
            return JSON.nullNode();
        }
        try {
            return JSON.readTree(body);
        } catch (IOException notJson) {
            return JSON.getNodeFactory().textNode(body);
        }
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public record Response(int status, JsonNode body, String contentType, String location) {
    }
}
