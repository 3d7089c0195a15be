package nl.rechtshulp.web;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document says what the server really answers: each operation's success status (201, 202, 204 where
 * it is not 200) and the problem details it can answer with (400, 401, 403, 404, 409, 413, 415, 503), so that a
 * generated client or a contract test agrees with the server. {@code OpenApiContractIntegrationTests} compares both.
 */
@Configuration
class OpenApiAnswers {

    static final String PROBLEM = "application/problem+json";
    /** Operations whose success is not 200 (the controllers answer through ResponseEntity, which springdoc cannot read). */
    private static final Map<String, String> SUCCESS = Map.of(
            "POST /api/requests", "201",
            "POST /api/requests/{reference}/messages", "202",
            "POST /api/requests/{reference}/documents", "201",
            "DELETE /api/requests/{reference}/documents/{documentId}", "204",
            "POST /api/audit/checkpoints", "201");

    @Bean
    OpenApiCustomizer problemAnswers() {
        return openApi -> {
            openApi.getComponents().addSchemas("Problem", problemSchema());
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap()
                    .forEach((method, operation) -> declare(path, method, operation)));
        };
    }

    private static void declare(String path, PathItem.HttpMethod method, Operation operation) {
        ApiResponses responses = operation.getResponses();
        String success = SUCCESS.get(method + " " + path);
        if (success != null && responses.containsKey("200")) {
            ApiResponse ok = responses.remove("200");
            responses.addApiResponse(success, ok.description(describe(success)));
            if ("204".equals(success)) {
                ok.setContent(null);
            }
        }
        boolean takesInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        boolean writes = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        if (takesInput) {
            problem(responses, "400", "A field is missing or malformed; the problem names it (property field)");
        }
        problem(responses, "401", "No or wrong credentials");
        if (writes || path.startsWith("/api/audit") || path.startsWith("/api/turnaround") || path.endsWith("/audit")) {
            problem(responses, "403", "Visible but not allowed for this user (an auditor writing, a non-coordinator reading figures)");
        }
        if (path.contains("{")) {
            problem(responses, "404", "Unknown, or belonging to another authority");
        }
        if (writes) {
            problem(responses, "409", "A duplicate, a stale task, or a message nothing waits for");
        }
        if (operation.getRequestBody() != null) {
            problem(responses, "415", "The body's media type is not the one this operation reads");
        }
        if (path.endsWith("/documents") && method == PathItem.HttpMethod.POST) {
            problem(responses, "413", "The document is larger than the limit");
        }
        ApiResponse unavailable = problemResponse("The database cannot be reached; try again after Retry-After seconds");
        unavailable.addHeaderObject("Retry-After", new Header().description("Seconds to wait before trying again")
                .schema(new IntegerSchema()));
        responses.putIfAbsent("503", unavailable);
    }

    private static String describe(String status) {
        return switch (status) {
            case "201" -> "Created; Location names the new resource";
            case "202" -> "Accepted; the process takes it from here";
            case "204" -> "Done; no content";
            default -> "OK";
        };
    }

    private static void problem(ApiResponses responses, String status, String description) {
        responses.putIfAbsent(status, problemResponse(description));
    }

    private static ApiResponse problemResponse(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"))));
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        return new ObjectSchema().description("RFC 9457 problem details")
                .addProperty("type", new StringSchema()).addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema()).addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema())
                .addProperty("field", new StringSchema().description("The field at fault, for 400"));
    }
}
