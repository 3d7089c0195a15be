package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The engine's indexes on columns this product leaves empty in nearly every row (tenants, case management, batches,
 * byte arrays, removal times, owners, a task's own variables) hold only the rows that have a value, on PostgreSQL
 * (see {@link PostgresOnlyMigration}).
 * <p>
 * A B-tree index stores an entry for every row, empty or not: each variable a step writes added entries to eleven
 * indexes, six of them for columns that are always empty here, and the clean-up of a closed case removed them all
 * again. The engine only ever looks these columns up by a value ({@code TASK_ID_ = ?}, {@code REMOVAL_TIME_ <= ?}),
 * which PostgreSQL answers from a partial index {@code where column is not null} as before. The names stay the
 * engine's, so its upgrade scripts still find them.
 */
public class V21__engine_indexes_without_empty_entries extends PostgresOnlyMigration {

    /** Table, index, column: single-column indexes of the engine's schema, only ever looked up by a value. */
    static final List<String[]> INDEXES = List.of(
            new String[] {"act_ru_variable", "act_idx_variable_task_id", "task_id_"},
            new String[] {"act_ru_variable", "act_idx_var_bytearray", "bytearray_id_"},
            new String[] {"act_ru_variable", "act_idx_var_case_exe", "case_execution_id_"},
            new String[] {"act_ru_variable", "act_idx_var_case_inst_id", "case_inst_id_"},
            new String[] {"act_ru_variable", "act_idx_variable_tenant_id", "tenant_id_"},
            new String[] {"act_ru_variable", "act_idx_batch_id", "batch_id_"},
            new String[] {"act_ru_task", "act_idx_task_case_def_id", "case_def_id_"},
            new String[] {"act_ru_task", "act_idx_task_case_exec", "case_execution_id_"},
            new String[] {"act_ru_task", "act_idx_task_tenant_id", "tenant_id_"},
            new String[] {"act_ru_task", "act_idx_task_owner", "owner_"},
            new String[] {"act_ru_execution", "act_idx_exec_tenant_id", "tenant_id_"},
            new String[] {"act_ru_execution", "act_idx_exe_super", "super_exec_"},
            new String[] {"act_ru_identitylink", "act_idx_athrz_procedef", "proc_def_id_"},
            new String[] {"act_ru_authorization", "act_idx_auth_rm_time", "removal_time_"},
            new String[] {"act_ru_authorization", "act_idx_auth_root_pi", "root_proc_inst_id_"},
            new String[] {"act_hi_taskinst", "act_idx_hi_task_inst_tenant_id", "tenant_id_"},
            new String[] {"act_hi_taskinst", "act_idx_hi_task_inst_rm_time", "removal_time_"},
            new String[] {"act_hi_procinst", "act_idx_hi_pro_inst_tenant_id", "tenant_id_"},
            new String[] {"act_hi_procinst", "act_idx_hi_pro_inst_rm_time", "removal_time_"},
            new String[] {"act_hi_procinst", "act_idx_hi_pro_rst_pro_inst_id", "restarted_proc_inst_id_"},
            new String[] {"act_hi_identitylink", "act_idx_hi_ident_lnk_tenant_id", "tenant_id_"},
            new String[] {"act_hi_identitylink", "act_idx_hi_ident_link_rm_time", "removal_time_"});

    @Override
    void migrate(Connection connection, Statement statement) throws SQLException {
        for (String[] index : INDEXES) {
            statement.execute("drop index if exists " + index[1]);
            statement.execute("create index " + index[1] + " on " + index[0] + " (" + index[2] + ") where "
                    + index[2] + " is not null");
        }
    }
}
