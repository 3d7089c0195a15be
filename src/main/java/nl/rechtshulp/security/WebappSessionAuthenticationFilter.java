package nl.rechtshulp.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One login for the Tasklist and the product's pages: a user signed in to the Camunda webapps (same session) is
 * signed in here too. Their groups are read from the identity service again every few minutes, as the webapps do, so
 * a user removed or moved to another authority loses the old access. Basic credentials still work for API clients.
 */
class WebappSessionAuthenticationFilter extends OncePerRequestFilter {

    private static final String ENGINE = "default";
    /** The webapps' own session attribute (AuthenticationUtil); read directly so that no empty one is written. */
    private static final String WEBAPP_AUTHENTICATIONS = "authenticatedUser";
    private static final String CHECKED = WebappSessionAuthenticationFilter.class.getName() + ".checked";
    private static final Duration RECHECK = Duration.ofMinutes(5);

    private final IdentityService identityService;

    WebappSessionAuthenticationFilter(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** Who the webapps signed in, and the groups last read for them. */
    private record Checked(String userId, List<String> groups, Instant at) implements java.io.Serializable {
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        var current = SecurityContextHolder.getContext().getAuthentication();
        if (session != null && (current == null || !current.isAuthenticated())
                && session.getAttribute(WEBAPP_AUTHENTICATIONS) instanceof Authentications webapps
                && webapps.getAuthenticationForProcessEngine(ENGINE) instanceof UserAuthentication user) {
            Checked checked = session.getAttribute(CHECKED) instanceof Checked previous
                    && previous.userId().equals(user.getName())
                    && previous.at().plus(RECHECK).isAfter(Instant.now()) ? previous : recheck(user.getName());
            session.setAttribute(CHECKED, checked);
            if (checked.groups() != null) {
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(checked.userId(), null,
                        checked.groups().stream().map(SimpleGrantedAuthority::new).toList()));
                SecurityContextHolder.setContext(context);
            }
        }
        chain.doFilter(request, response);
    }

    /** The user's groups as the identity service has them now; {@code null} groups when the user is gone. */
    private Checked recheck(String userId) {
        boolean exists = identityService.createUserQuery().userId(userId).count() > 0;
        List<String> groups = exists ? identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).toList() : null;
        return new Checked(userId, groups, Instant.now());
    }
}
