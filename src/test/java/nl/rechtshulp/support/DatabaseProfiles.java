package nl.rechtshulp.support;

import org.springframework.test.context.ActiveProfilesResolver;

/**
 * Integration tests run on in-memory H2, or with {@code -Drh.test.database=postgres} on the real PostgreSQL
 * ({@code RH_DB_URL}); the build runs them both ways.
 */
public class DatabaseProfiles implements ActiveProfilesResolver {

    public static boolean onPostgres() {
        return "postgres".equals(System.getProperty("rh.test.database"));
    }

    @Override
    public String[] resolve(Class<?> testClass) {
        return onPostgres() ? new String[] {"test", "postgres"} : new String[] {"test"};
    }
}
