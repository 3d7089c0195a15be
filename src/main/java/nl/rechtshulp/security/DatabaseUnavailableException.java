package nl.rechtshulp.security;

import org.springframework.security.authentication.AuthenticationServiceException;

/** The credentials could not be checked because the database is away: not a wrong password, a 503. */
class DatabaseUnavailableException extends AuthenticationServiceException {

    DatabaseUnavailableException(Throwable cause) {
        super("The database cannot be reached to check the credentials", cause);
    }
}
