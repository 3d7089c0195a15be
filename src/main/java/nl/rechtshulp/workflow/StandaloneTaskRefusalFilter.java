package nl.rechtshulp.workflow;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a task outside any process (the Tasklist's "create task", the engine's {@code POST /task/create}) for
 * everyone, administrators too: work exists only inside a request's process, where the register, the deadlines and
 * the audit trail follow it. The Tasklist also hides the button.
 */
class StandaloneTaskRefusalFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("POST".equals(request.getMethod()) && request.getRequestURI().endsWith("/task/create")) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,"
                    + "\"detail\":\"A task exists only inside a request's process; register the request instead\"}");
            return;
        }
        chain.doFilter(request, response);
    }
}
