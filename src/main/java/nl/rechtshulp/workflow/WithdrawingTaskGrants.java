package nl.rechtshulp.workflow;

import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * The engine's grants on a task, withdrawn when the reason for them goes. Camunda grants a candidate group or an
 * assignee the right to work a task, but keeps that grant when the group is removed or the task is given to
 * someone else: a task moved from IRC Amsterdam to IRC Rotterdam could still be completed in Amsterdam. Here the
 * removed group, candidate or former assignee loses the task's grant; a completed task's grants go with it as before.
 */
class WithdrawingTaskGrants extends DefaultAuthorizationProvider {

    @Override
    public AuthorizationEntity[] deleteTaskGroupIdentityLink(Task task, String groupId, String type) {
        if (beingDeleted(task) || groupId == null || !IdentityLinkType.CANDIDATE.equals(type)) {
            return null;
        }
        AuthorizationEntity grant = getGrantAuthorizationByGroupId(groupId, Resources.TASK, task.getId());
        return grant == null ? null : new AuthorizationEntity[] {grant};
    }

    @Override
    public AuthorizationEntity[] deleteTaskUserIdentityLink(Task task, String userId, String type) {
        if (beingDeleted(task) || userId == null || !IdentityLinkType.CANDIDATE.equals(type)
                || userId.equals(task.getAssignee())) {
            return null;
        }
        AuthorizationEntity grant = getGrantAuthorizationByUserId(userId, Resources.TASK, task.getId());
        return grant == null ? null : new AuthorizationEntity[] {grant};
    }

    @Override
    public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
        if (oldAssignee != null && !oldAssignee.equals(newAssignee) && !beingDeleted(task)) {
            AuthorizationEntity formerGrant = getGrantAuthorizationByUserId(oldAssignee, Resources.TASK, task.getId());
            if (formerGrant != null) {
                // As the engine removes its own grants: without asking the caller for rights on authorizations.
                getAuthorizationManager().deleteDefaultAuthorizations(new AuthorizationEntity[] {formerGrant});
            }
        }
        return super.newTaskAssignee(task, oldAssignee, newAssignee);
    }

    /** A completed or deleted task's grants are removed all at once by the engine itself. */
    private static boolean beingDeleted(Task task) {
        return task instanceof TaskEntity entity && entity.isDeleted();
    }
}
