package nl.rechtshulp.workflow;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.db.PermissionCheck;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;

/**
 * The engine's authorization manager, per command as before, with three changes: the groups that hold grants come
 * from the shared set ({@link GrantedGroups}), a queue of the caller's own candidate groups is not joined to the
 * grants, and a check on named resources where no revocation applies is read by {@link GrantCheck}.
 * <p>
 * Every candidate group of a task holds a grant to read it: the engine grants it when the group is added, and
 * {@link WithdrawingTaskGrants} takes it back when the group goes. A query that only finds tasks through one of the
 * caller's own groups therefore finds only tasks the caller may read, and the engine's grant join (a nested loop over
 * every grant the group holds, one per open task) adds nothing to it but time. Anything wider keeps the engine's check:
 * OR-criteria, a candidate user, a group the caller is not in, a pattern, or a revocation that applies to the caller.
 */
final class EngineAuthorizationManager extends AuthorizationManager {

    private final GrantedGroups grantedGroups;

    EngineAuthorizationManager(GrantedGroups grantedGroups) {
        this.grantedGroups = grantedGroups;
    }

    @Override
    protected Set<String> getAllGroups() {
        if (availableAuthorizedGroupIds == null) {
            // The engine's own read fills the field; the shared set is handed out as this command's copy.
            availableAuthorizedGroupIds = new HashSet<>(grantedGroups.current(super::getAllGroups));
        }
        return availableAuthorizedGroupIds;
    }

    @Override
    public boolean isAuthorized(String userId, List<String> groupIds, CompositePermissionCheck check) {
        if (!GrantCheck.answerable(check)
                || !check.getAllPermissionChecks().stream().allMatch(this::isResourceValidForPermission)
                || isRevokeAuthCheckEnabled(userId, groupIds)) {
            return super.isAuthorized(userId, groupIds, check); // the engine's own answer, or its error
        }
        return GrantCheck.granted(connection(), tablePrefix(), userId, filterAuthenticatedGroupIds(groupIds), check);
    }

    @Override
    public boolean isAuthorized(String userId, List<String> groupIds, PermissionCheck permission) {
        if (!isAuthorizationEnabled()) {
            return true;
        }
        CompositePermissionCheck check = new CompositePermissionCheck();
        check.addAtomicCheck(permission);
        return isAuthorized(userId, groupIds, check);
    }

    /** As the engine decides it (configuration "always", "never" or "auto"), once per command, by a plain statement. */
    @Override
    protected boolean isRevokeAuthCheckEnabled(String userId, List<String> groupIds) {
        if (isRevokeAuthCheckUsed == null) {
            String mode = String.valueOf(Context.getProcessEngineConfiguration().getAuthorizationCheckRevokes());
            if ("always".equalsIgnoreCase(mode)) {
                isRevokeAuthCheckUsed = true;
            } else if ("never".equalsIgnoreCase(mode)) {
                isRevokeAuthCheckUsed = false;
            } else {
                isRevokeAuthCheckUsed = GrantCheck.anyRevocation(connection(), tablePrefix(), userId,
                        filterAuthenticatedGroupIds(groupIds));
            }
        }
        return isRevokeAuthCheckUsed;
    }

    private java.sql.Connection connection() {
        return getDbSqlSession().getSqlSession().getConnection();
    }

    private static String tablePrefix() {
        String prefix = Context.getProcessEngineConfiguration().getDatabaseTablePrefix();
        return prefix == null ? "" : prefix;
    }

    @Override
    public void insert(DbEntity authorization) {
        super.insert(authorization);
        if (authorization instanceof AuthorizationEntity entity) {
            grantedGroups.stored(entity);
        }
    }

    @Override
    public void update(AuthorizationEntity authorization) {
        super.update(authorization);
        grantedGroups.stored(authorization);
    }

    @Override
    public void configureTaskQuery(TaskQueryImpl query) {
        super.configureTaskQuery(query);
        AuthorizationCheck check = query.getAuthCheck();
        if (check.isAuthorizationCheckEnabled() && !check.isRevokeAuthorizationCheckEnabled()
                && onlyThroughOwnCandidateGroups(query, getCurrentAuthentication().getGroupIds())) {
            check.setAuthorizationCheckEnabled(false);
        }
    }

    /** Whether every task the query can find is linked as a candidate to one of {@code callerGroups}. */
    static boolean onlyThroughOwnCandidateGroups(TaskQueryImpl query, List<String> callerGroups) {
        if (query.getQueries().size() != 1 || query.getCandidateUser() != null || query.getInvolvedUser() != null
                || query.getCandidateGroupLike() != null || callerGroups == null) {
            return false;
        }
        List<String> groups = query.getCandidateGroups();
        return groups != null && !groups.isEmpty() && callerGroups.containsAll(groups);
    }
}
