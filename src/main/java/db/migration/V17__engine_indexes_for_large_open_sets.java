package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Indexes the engine's own schema lacks for what the engine and the Tasklist ask of a large open set, on PostgreSQL
 * (where V2 created the engine's tables; on H2 the engine creates them after Flyway, so there is nothing to index yet).
 * <ul>
 * <li>Every task completion looks up the task's subtasks by {@code PARENT_TASK_ID_}; without an index each one reads
 * every open task (23 ms at 100,000 open). No task here has a parent, so the index only holds the rows that do.</li>
 * <li>A group's queue is sorted by due date: with an index on it the engine's query reads the queue's first page in
 * due order instead of sorting all of the group's tasks.</li>
 * <li>The engine's grant checks test permission bits ({@code PERMS_ & 2 = 2}); statistics on those expressions let
 * the planner count the grants they match (thousands per group, not the dozen it assumes without them).</li>
 * </ul>
 */
public class V17__engine_indexes_for_large_open_sets extends PostgresOnlyMigration {

    @Override
    void migrate(Connection connection, Statement statement) throws SQLException {
        statement.execute("create index if not exists rh_idx_task_parent on act_ru_task (parent_task_id_) "
                + "where parent_task_id_ is not null");
        statement.execute("create index if not exists rh_idx_task_due_date on act_ru_task (due_date_, id_)");
        if (connection.getMetaData().getDatabaseMajorVersion() >= 14) { // statistics on expressions came in 14
            statement.execute("create statistics if not exists rh_stat_auth_perm_bits "
                    + "on (perms_ & 2), (perms_ & 64) from act_ru_authorization");
        }
        statement.execute("analyze act_ru_task, act_ru_authorization");
    }
}
