package nl.rechtshulp.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import nl.rechtshulp.support.DatabaseProfiles;
import nl.rechtshulp.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The engine's own lookups of a large open set can be answered from the indexes V17 and V18 add on PostgreSQL, and
 * V21's partial indexes answer what the full ones did.
 */
@IntegrationTest
class EngineIndexesIntegrationTests {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSubtaskLookupOfEveryCompletionAndTheQueueInDueOrderUseAnIndex() {
        assumeTrue(DatabaseProfiles.onPostgres(), "the indexes are PostgreSQL's");
        // The engine's statement when it completes a task (TaskEntity's subtasks), and a page of tasks in due order.
        assertThat(plan("select * from act_ru_task where parent_task_id_ = 'a-task'")).contains("rh_idx_task_parent");
        assertThat(plan("select * from act_ru_task order by due_date_, id_ limit 50")).contains("rh_idx_task_due_date");
        // The queue's question of each task in due order: is it one of the group's? From the index alone (V18).
        assertThat(plan("select task_id_ from act_ru_identitylink where task_id_ = 'a-task' and type_ = 'candidate' "
                + "and group_id_ = 'ircRotterdam'")).contains("Index Only Scan using rh_idx_ident_link_task_group");
        assertThat(jdbc.queryForList("select stxname from pg_statistic_ext", String.class))
                .as("statistics on the grants' permission bits").contains("rh_stat_auth_perm_bits");
    }

    @Test
    void indexesOnColumnsLeftEmptyHoldOnlyTheRowsWithAValueAndStillAnswerLookups() {
        assumeTrue(DatabaseProfiles.onPostgres(), "the indexes are PostgreSQL's");
        for (String[] index : new String[][] {{"act_idx_variable_tenant_id", "tenant_id_"},
                {"act_idx_variable_task_id", "task_id_"}, {"act_idx_var_case_exe", "case_execution_id_"},
                {"act_idx_task_tenant_id", "tenant_id_"}, {"act_idx_hi_pro_inst_rm_time", "removal_time_"},
                {"act_idx_auth_rm_time", "removal_time_"}}) {
            assertThat(jdbc.queryForObject("select indexdef from pg_indexes where indexname = ?", String.class, index[0]))
                    .as(index[0]).endsWith("WHERE (" + index[1] + " IS NOT NULL)");
        }
        // The history clean-up's question and a task's own variables: answered from the partial indexes.
        assertThat(plan("select id_ from act_hi_procinst where removal_time_ <= now()"))
                .contains("act_idx_hi_pro_inst_rm_time");
        assertThat(plan("select id_ from act_ru_variable where batch_id_ = 'a-batch'")).contains("act_idx_batch_id");
    }

    /** The plan with sequential scans priced out: on a test's few rows the planner would rather read the table. */
    private String plan(String sql) {
        return jdbc.execute((ConnectionCallback<String>) connection -> {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (var statement = connection.createStatement()) {
                statement.execute("set local enable_seqscan = off");
                List<String> lines = new ArrayList<>();
                try (var result = statement.executeQuery("explain " + sql)) {
                    while (result.next()) {
                        lines.add(result.getString(1));
                    }
                }
                return String.join("\n", lines);
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        });
    }
}
