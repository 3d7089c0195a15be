package nl.rechtshulp.workflow;

import java.sql.Connection;
import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.reflection.SystemMetaObject;

/**
 * Hands the database the engine's queries in the forms it answers fastest, with the same rows: a queue of candidate
 * groups as a semi-join ({@link CandidateQueueSemiJoin}), and on PostgreSQL a grant check as a lateral lookup
 * ({@link LateralGrantJoin}). Every other statement goes as the engine wrote it.
 */
@Intercepts(@Signature(type = StatementHandler.class, method = "prepare", args = {Connection.class, Integer.class}))
final class EngineSqlRewrites implements Interceptor {

    private final boolean postgres;

    EngineSqlRewrites(String databaseType) {
        this.postgres = "postgres".equals(databaseType);
    }

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
        BoundSql bound = ((StatementHandler) invocation.getTarget()).getBoundSql();
        String rewritten = rewrite(bound.getSql());
        if (rewritten != null) {
            SystemMetaObject.forObject(bound).setValue("sql", rewritten);
        }
        return invocation.proceed();
    }

    /** The statement as rewritten, or null when it goes as written. */
    String rewrite(String sql) {
        String queue = CandidateQueueSemiJoin.semiJoin(sql);
        String current = queue == null ? sql : queue;
        String lateral = postgres ? LateralGrantJoin.lateral(current) : null;
        return lateral != null ? lateral : queue;
    }
}
