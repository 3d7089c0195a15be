package nl.rechtshulp.workflow;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a task outside any process (the Tasklist's "create task", the engine's {@code POST /task/create}) for
 * everyone, administrators too, with a clear answer: work exists only inside a request's process, where the register,
 * the deadlines and the audit trail follow it. The engine refuses them too ({@code standaloneTasksEnabled=false}), and
 * the Tasklist hides the button.
 */
class StandaloneTaskRefusalFilter extends OncePerRequestFilter {

    /** With or without a trailing slash or path parameters; the engine refuses standalone tasks as well. */
    private static final java.util.regex.Pattern CREATE_TASK =
            java.util.regex.Pattern.compile("/task/create/*(;[^/]*)?$", java.util.regex.Pattern.CASE_INSENSITIVE);

    private static String decoded(String uri) {
        try {
            return java.net.URLDecoder.decode(uri.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return uri;
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("POST".equals(request.getMethod()) && CREATE_TASK.matcher(decoded(request.getRequestURI())).find()) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,"
                    + "\"detail\":\"A task exists only inside a request's process; register the request instead\"}");
            return;
        }
        chain.doFilter(request, response);
    }
}
