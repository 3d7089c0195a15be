package nl.rechtshulp.audit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Records every write that was refused with 403, on every door: the product's API, the engine's REST API and the
 * webapps' own API behind Tasklist and Cockpit. The refused change itself is rolled back; the attempt stays.
 */
class RefusedAccessAuditFilter extends OncePerRequestFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    private final AuditTrail trail;

    RefusedAccessAuditFilter(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, response);
        if (response.getStatus() == HttpServletResponse.SC_FORBIDDEN && !READS.contains(request.getMethod())) {
            trail.recordRefusal(webappUser(request), referenceIn(request.getRequestURI()), "ACCESS_DENIED",
                    request.getMethod() + " " + request.getRequestURI(), "refused with 403");
        }
    }

    /** Tasklist and Cockpit sign in on their own: their user is in the webapps' session, not Spring Security's. */
    private static AuditTrail.Actor webappUser(HttpServletRequest request) {
        var session = request.getSession(false);
        if (session == null || !request.getRequestURI().startsWith("/camunda/")) {
            return null;
        }
        var authentications = AuthenticationUtil.getAuthsFromSession(session);
        return authentications == null ? null : authentications.getAuthentications().stream()
                .filter(UserAuthentication.class::isInstance).map(UserAuthentication.class::cast).findFirst()
                .map(user -> new AuditTrail.Actor(user.getName(), user.getGroupIds() == null ? null
                        : String.join(",", new java.util.TreeSet<>(user.getGroupIds()))))
                .orElse(null);
    }

    /** The request's reference when the path names one. */
    private static String referenceIn(String path) {
        var matcher = java.util.regex.Pattern.compile("/api/requests/(RH-\\d{4}-\\d{6})").matcher(path);
        return matcher.find() ? matcher.group(1) : null;
    }
}
