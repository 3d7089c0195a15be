package nl.rechtshulp.workflow;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.dto.task.CompleteTaskDto;
import org.camunda.bpm.engine.rest.sub.task.impl.TaskResourceImpl;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a task's completion on the engine's REST API ({@code POST /engine-rest/task/{id}/complete} and
 * {@code .../submit-form}) with Camunda's own task resource and the product's own error answers, without the round
 * through Jersey: completion is the call every step of every request makes, and Jersey's routing, its per-call
 * lookups of the engine (a service-loader scan of every jar) and a fresh JSON mapper per call cost a fifth of it.
 * The URL, body, answers and authorizations are the engine's, unchanged. Anything this does not recognise (another
 * engine's path, another media type, a body that is not JSON) goes on to Jersey, which answers it as before.
 */
class TaskCompletionEndpoint extends OncePerRequestFilter {

    private static final Pattern COMPLETION = Pattern.compile("/engine-rest/task/([A-Za-z0-9_.:-]+)/(complete|submit-form)");
    /** A larger body, or one of unknown length, is left to Jersey (the guard refuses it for everyone but admins). */
    private static final int MAX_BODY = 1_048_576;
    private static final ObjectMapper JSON = EngineRestConfiguration.JSON;

    private final Supplier<ProcessEngine> engineLookup;
    private final EngineRestConfiguration restAnswers;
    /** Looked up at the first completion (the filter exists before the engine does), then kept. */
    private volatile ProcessEngine engine;

    TaskCompletionEndpoint(Supplier<ProcessEngine> engine, EngineRestConfiguration restAnswers) {
        this.engineLookup = engine;
        this.restAnswers = restAnswers;
    }

    private ProcessEngine engine() {
        ProcessEngine known = engine;
        if (known == null) {
            known = engineLookup.get();
            engine = known;
        }
        return known;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher completion = COMPLETION.matcher(request.getRequestURI());
        long length = request.getContentLengthLong();
        if (!completion.matches() || !isJson(request.getContentType()) || !acceptsJson(request.getHeader("Accept"))
                || length < 0 || length > MAX_BODY) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        CompleteTaskDto completeTask;
        try {
            // The engine's REST API takes an empty body as no variables (its EmptyBodyFilter makes it "{}").
            completeTask = body.length == 0 ? new CompleteTaskDto() : JSON.readValue(body, CompleteTaskDto.class);
        } catch (JacksonException notJson) {
            completeTask = null;
        }
        if (completeTask == null) {
            chain.doFilter(new EngineWriteGuard.Body(request, body), response);
            return;
        }
        var task = new TaskResourceImpl(engine(), completion.group(1), "/", JSON, false, false, false);
        Response answer;
        try {
            answer = "complete".equals(completion.group(2)) ? task.complete(completeTask) : task.submit(completeTask);
        } catch (RuntimeException failure) {
            answer = restAnswers.answerFor(failure);
        }
        write(answer, response);
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.split(";", 2)[0].trim();
        return "application/json".equalsIgnoreCase(type);
    }

    /** Jersey answers 406 to a caller that accepts no JSON; such a caller is left to it. */
    private static boolean acceptsJson(String accept) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        String lower = accept.toLowerCase(java.util.Locale.ROOT);
        return lower.contains("application/json") || lower.contains("*/*") || lower.contains("application/*");
    }

    private static void write(Response answer, HttpServletResponse response) throws IOException {
        response.setStatus(answer.getStatus());
        answer.getStringHeaders().forEach((name, values) -> {
            if (!"Content-Type".equalsIgnoreCase(name)) {
                values.forEach(value -> response.addHeader(name, value));
            }
        });
        Object entity = answer.getEntity();
        if (entity == null) {
            return;
        }
        response.setContentType(answer.getMediaType() == null ? "application/json" : answer.getMediaType().toString());
        JSON.writeValue(response.getOutputStream(), entity);
    }
}
