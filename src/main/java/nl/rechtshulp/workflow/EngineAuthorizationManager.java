package nl.rechtshulp.workflow;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;

/**
 * The engine's authorization manager, per command as before, with two changes: the groups that hold grants come from
 * the shared set ({@link GrantedGroups}), and a queue of the caller's own candidate groups is not joined to the grants.
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
