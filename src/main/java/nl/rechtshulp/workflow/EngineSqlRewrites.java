package nl.rechtshulp.workflow;

import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.reflection.SystemMetaObject;

/**
 * Hands the database the engine's queries in the forms it answers fastest, with the same rows: a queue of candidate
 * groups as a semi-join ({@link CandidateQueueSemiJoin}), and on PostgreSQL a grant check as a lateral lookup
 * ({@link LateralGrantJoin}). Every other statement goes as the engine wrote it.
 * <p>
 * The statement is rewritten when MyBatis hands its new handler to the plugins, its SQL already bound; no proxy is
 * put around the handler, since one per statement (hundreds per request's lifecycle) cost more than the rewrites.
 */
final class EngineSqlRewrites implements Interceptor {

    private final boolean postgres;

    EngineSqlRewrites(String databaseType) {
        this.postgres = "postgres".equals(databaseType);
    }

    @Override
    public Object plugin(Object target) {
        if (target instanceof StatementHandler handler) {
            BoundSql bound = handler.getBoundSql();
            String rewritten = rewrite(bound.getSql());
            if (rewritten != null) {
                SystemMetaObject.forObject(bound).setValue("sql", rewritten);
            }
        }
        return target;
    }

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
        return invocation.proceed(); // never wrapped: see plugin
    }

    /** The statement as rewritten, or null when it goes as written. */
    String rewrite(String sql) {
        String queue = CandidateQueueSemiJoin.semiJoin(sql);
        String current = queue == null ? sql : queue;
        String lateral = postgres ? LateralGrantJoin.lateral(current) : null;
        return lateral != null ? lateral : queue;
    }
}
