package nl.rechtshulp.security;

import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Reads the authenticated user from the security context; authorities are the user's Camunda group ids. */
@Component
public class CurrentUsers {

    public CurrentUser current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new IllegalStateException("no authenticated user");
        }
        return new CurrentUser(authentication.getName(), authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet()));
    }

    /** The authenticated user, if the current thread serves one. */
    public java.util.Optional<CurrentUser> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof org.springframework.security.authentication.AnonymousAuthenticationToken) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(current());
    }

    /** The current user, refused with 403 when they may only read. */
    public CurrentUser currentWriter() {
        CurrentUser user = current();
        if (user.isReadOnly()) {
            throw new nl.rechtshulp.web.ApiProblem(org.springframework.http.HttpStatus.FORBIDDEN, "Read-only role",
                    "Auditors read requests but cannot change them");
        }
        return user;
    }
}
