package nl.rechtshulp.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses writes that a page of another site makes the browser send. Browsers keep HTTP Basic credentials and send
 * them with any form a foreign page submits (an upload is such a form); they also say where the form came from, in
 * {@code Origin}. A write whose origin is another host is refused; clients without a browser send no origin.
 */
class SameOriginWriteFilter extends OncePerRequestFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String origin = request.getHeader("Origin");
        if (origin != null && !READS.contains(request.getMethod()) && !sameHost(origin, request.getServerName())) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,"
                    + "\"detail\":\"Writes are accepted only from this application's own pages\"}");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean sameHost(String origin, String serverName) {
        try {
            return serverName.equalsIgnoreCase(URI.create(origin).getHost());
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}
