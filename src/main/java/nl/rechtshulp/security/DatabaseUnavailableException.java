package nl.rechtshulp.security;

import org.springframework.security.authentication.InternalAuthenticationServiceException;

/** The credentials could not be checked because the database is away: not a wrong password, a 503, and not retried. */
class DatabaseUnavailableException extends InternalAuthenticationServiceException {

    DatabaseUnavailableException(Throwable cause) {
        super("The database cannot be reached to check the credentials", cause);
    }
}
