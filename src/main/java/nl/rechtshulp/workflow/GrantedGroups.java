package nl.rechtshulp.workflow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;

/**
 * The groups that hold at least one authorization, shared by the engine's commands instead of read by each one.
 * <p>
 * The engine narrows a caller's groups to these before every grant check, and reads them with a query over every
 * grant there is: one per open task and group, 13 ms a command at 100,000 open tasks. The set changes only when a group
 * gets its first authorization or loses its last. A grant for a group this node has not seen empties the set once the
 * grant is committed; another node's is seen within {@link #MAX_AGE}. A set that is behind can only leave out a group
 * that is new to grants, so its members are refused what the new grant gives them, never given more; a group that
 * lost its last grant and is still in the set matches nothing.
 */
final class GrantedGroups {

    static final Duration MAX_AGE = Duration.ofSeconds(30);

    private record Snapshot(Set<String> groups, Instant readAt) {
    }

    private final Clock clock;
    private volatile Snapshot snapshot;

    GrantedGroups(Clock clock) {
        this.clock = clock;
    }

    /** The shared set, read through {@code reader} when there is none or it is older than {@link #MAX_AGE}. */
    Set<String> current(Supplier<Set<String>> reader) {
        Snapshot known = snapshot;
        Instant now = clock.instant();
        if (known == null || known.readAt().plus(MAX_AGE).isBefore(now)) {
            known = new Snapshot(Set.copyOf(reader.get()), now);
            snapshot = known;
        }
        return known.groups();
    }

    /** Called for every authorization the engine stores: one for a group not in the set empties it after commit. */
    void stored(AuthorizationEntity authorization) {
        Snapshot known = snapshot;
        if (authorization.getGroupId() == null || known != null && known.groups().contains(authorization.getGroupId())) {
            return;
        }
        snapshot = null;
        // A read before this transaction commits would still lack the group: the set is emptied again after it.
        Context.getCommandContext().getTransactionContext()
                .addTransactionListener(TransactionState.COMMITTED, committed -> snapshot = null);
    }

    /** The engine's authorization manager, per command as before, with the groups from the shared set. */
    SessionFactory sessionFactory() {
        return new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return AuthorizationManager.class;
            }

            @Override
            public Session openSession() {
                return new EngineAuthorizationManager(GrantedGroups.this);
            }
        };
    }
}
