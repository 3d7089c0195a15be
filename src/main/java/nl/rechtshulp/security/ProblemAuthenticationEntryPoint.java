package nl.rechtshulp.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * 401 as problem details, with the Basic challenge; a person opening one of the pages without credentials is sent to
 * the webapps' sign-in instead, whose session the pages share.
 */
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof DatabaseUnavailableException) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", String.valueOf(nl.rechtshulp.web.DatabaseOutage.RETRY_AFTER_SECONDS));
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Database unavailable\",\"status\":503,"
                    + "\"detail\":\"The credentials cannot be checked while the database is unreachable; try again in "
                    + nl.rechtshulp.web.DatabaseOutage.RETRY_AFTER_SECONDS + " seconds\"}");
            return;
        }
        if (isPersonOpeningAPage(request)) {
            response.sendRedirect(SecurityConfiguration.SIGN_IN);
            return;
        }
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Basic realm=\"rechtshulp\"");
        response.setContentType("application/problem+json");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                + "\"detail\":\"Send valid credentials (HTTP Basic)\"}");
    }

    private static boolean isPersonOpeningAPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String accept = request.getHeader("Accept");
        return "GET".equals(request.getMethod()) && request.getHeader("Authorization") == null
                && accept != null && accept.startsWith("text/html")
                && (path.equals("/requests") || path.startsWith("/requests/") || path.equals("/dashboard")
                || path.equals("/audit") || path.startsWith("/audit/") || path.startsWith("/reference/"));
    }
}
