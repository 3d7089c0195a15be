package nl.rechtshulp.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One login for the Tasklist and the product's pages: a user signed in to the Camunda webapps (same session) is
 * signed in here too, with the groups the webapps checked. Basic credentials still work for API clients.
 */
class WebappSessionAuthenticationFilter extends OncePerRequestFilter {

    private static final String ENGINE = "default";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var session = request.getSession(false);
        var current = SecurityContextHolder.getContext().getAuthentication();
        if (session != null && (current == null || !current.isAuthenticated())) {
            var webapps = AuthenticationUtil.getAuthsFromSession(session);
            if (webapps != null && webapps.getAuthenticationForProcessEngine(ENGINE) instanceof UserAuthentication user) {
                List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.getName(), null,
                        groups.stream().map(SimpleGrantedAuthority::new).toList()));
                SecurityContextHolder.setContext(context);
            }
        }
        chain.doFilter(request, response);
    }
}
