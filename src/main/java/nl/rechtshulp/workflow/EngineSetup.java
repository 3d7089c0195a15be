package nl.rechtshulp.workflow;

import nl.rechtshulp.security.IdentitySeeder;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sets up what every node needs at start-up (groups and accounts, engine grants, Tasklist filters) in one
 * transaction that holds the start-up lock: nodes starting together on one database take turns, and the second
 * finds everything in place.
 */
@Component
class EngineSetup implements ApplicationRunner {

    private final JdbcTemplate jdbc;
    private final IdentitySeeder identities;
    private final EngineAuthorizations authorizations;
    private final TasklistFilters filters;

    EngineSetup(JdbcTemplate jdbc, IdentitySeeder identities, EngineAuthorizations authorizations,
                TasklistFilters filters) {
        this.jdbc = jdbc;
        this.identities = identities;
        this.authorizations = authorizations;
        this.filters = filters;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        jdbc.queryForObject("select id from startup_lock where id = 1 for update", Integer.class);
        identities.seed();
        authorizations.apply();
        filters.create();
    }
}
