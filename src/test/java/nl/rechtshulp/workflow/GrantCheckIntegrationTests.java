package nl.rechtshulp.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.rechtshulp.support.IntegrationTest;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A permission check on named resources is answered by one plain statement where no revocation applies, and the
 * answer is the engine's own: each case is asserted, and asked of the engine's stock authorization manager too.
 */
@IntegrationTest
class GrantCheckIntegrationTests {

    @Autowired
    AuthorizationService authorizationService;

    @Autowired
    IdentityService identityService;

    @Autowired
    ProcessEngineConfigurationImpl engineConfiguration;

    private final List<String> created = new ArrayList<>();
    private String suffix;
    private String task;
    private String otherTask;
    private String definition;
    private String workers;
    private String readers;
    private String worker;

    @BeforeEach
    void names() {
        identityService.clearAuthentication();
        suffix = UUID.randomUUID().toString().substring(0, 8);
        task = "rh-task-" + suffix;
        otherTask = "rh-other-task-" + suffix;
        definition = "rhDefinition" + suffix;
        workers = "rhWorkers" + suffix;
        readers = "rhReaders" + suffix;
        worker = "rhworker" + suffix;
    }

    @AfterEach
    void removeGrants() {
        identityService.clearAuthentication();
        created.forEach(authorizationService::deleteAuthorization);
    }

    @Test
    void aGroupsGrantOnTheTaskLetsItsMembersWorkThatTaskOnly() {
        grant(Authorization.AUTH_TYPE_GRANT, null, workers, Resources.TASK, task, TaskPermissions.READ,
                TaskPermissions.UPDATE);

        assertThat(checked(List.of(workers), taskWork(task))).isTrue();
        assertThat(checked(List.of(readers), taskWork(task))).as("another group").isFalse();
        assertThat(checked(List.of(workers), taskWork(otherTask))).as("another task").isFalse();
        assertThat(checked(List.of(), taskWork(task))).as("no groups").isFalse();
    }

    @Test
    void aGrantWithoutEveryBitOfThePermissionIsNotEnough() {
        grant(Authorization.AUTH_TYPE_GRANT, null, readers, Resources.TASK, task, TaskPermissions.READ);

        assertThat(checked(List.of(readers), single(Resources.TASK, task, TaskPermissions.UPDATE))).isFalse();
        assertThat(checked(List.of(readers), single(Resources.TASK, task, TaskPermissions.READ))).isTrue();
        assertThat(authorizationService.isUserAuthorized(worker, List.of(readers), TaskPermissions.READ,
                Resources.TASK, task)).as("through the service").isTrue();
    }

    @Test
    void aGrantOnAllResourcesOfTheTypeCountsForEachOfThem() {
        grant(Authorization.AUTH_TYPE_GRANT, null, workers, Resources.PROCESS_DEFINITION, "*",
                ProcessDefinitionPermissions.TASK_WORK);

        assertThat(checked(List.of(workers), taskWork(task))).as("TASK_WORK on every definition").isTrue();
        assertThat(checked(List.of(workers), single(Resources.PROCESS_INSTANCE, task, Permissions.READ)))
                .as("another resource type").isFalse();
    }

    @Test
    void theUsersOwnGrantAndAGlobalAuthorizationCountWithoutAnyGroup() {
        grant(Authorization.AUTH_TYPE_GRANT, worker, null, Resources.TASK, task, TaskPermissions.UPDATE);
        grant(Authorization.AUTH_TYPE_GLOBAL, "*", null, Resources.TASK, otherTask, TaskPermissions.TASK_WORK);

        assertThat(checked(List.of(), taskWork(task))).as("the user's own grant").isTrue();
        assertThat(checkedAs("someone" + suffix, List.of(), taskWork(task))).as("another user").isFalse();
        assertThat(checkedAs("someone" + suffix, List.of(), taskWork(otherTask))).as("global").isTrue();
    }

    @Test
    void aConjunctiveCheckNeedsEveryPart() {
        grant(Authorization.AUTH_TYPE_GRANT, null, workers, Resources.TASK, task, TaskPermissions.READ);
        CompositePermissionCheck both = new CompositePermissionCheck(false);
        both.addAtomicCheck(permission(Resources.TASK, task, TaskPermissions.READ));
        both.addAtomicCheck(permission(Resources.TASK, otherTask, TaskPermissions.READ));

        assertThat(checked(List.of(workers), both)).isFalse();
        grant(Authorization.AUTH_TYPE_GRANT, null, readers, Resources.TASK, otherTask, TaskPermissions.READ);
        assertThat(checked(List.of(workers, readers), both)).isTrue();
    }

    @Test
    void aRevocationForTheUserLeavesTheAnswerToTheEngine() {
        grant(Authorization.AUTH_TYPE_GRANT, null, workers, Resources.TASK, task, TaskPermissions.UPDATE,
                TaskPermissions.READ);
        Authorization revoke = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
        revoke.setUserId(worker);
        revoke.setResource(Resources.TASK);
        revoke.setResourceId(task);
        revoke.removePermission(TaskPermissions.UPDATE);
        created.add(authorizationService.saveAuthorization(revoke).getId());

        assertThat(checked(List.of(workers), single(Resources.TASK, task, TaskPermissions.UPDATE)))
                .as("revoked for this user").isFalse();
        assertThat(checked(List.of(workers), single(Resources.TASK, task, TaskPermissions.READ)))
                .as("what is not revoked").isTrue();
    }

    /** The product's answer for {@link #worker}, after asserting that the engine's stock manager gives the same. */
    private boolean checked(List<String> groups, CompositePermissionCheck check) {
        return checkedAs(worker, groups, check);
    }

    private boolean checkedAs(String user, List<String> groups, CompositePermissionCheck check) {
        return engineConfiguration.getCommandExecutorTxRequired().execute(context -> {
            AuthorizationManager product = context.getAuthorizationManager();
            assertThat(product).isInstanceOf(EngineAuthorizationManager.class);
            boolean answer = product.isAuthorized(user, groups, check);
            assertThat(new AuthorizationManager().isAuthorized(user, groups, check))
                    .as("the engine's own answer").isEqualTo(answer);
            return answer;
        });
    }

    private CompositePermissionCheck taskWork(String taskId) {
        // As the engine checks the completion of a task (AuthorizationCommandChecker#checkTaskWork).
        CompositePermissionCheck check = new CompositePermissionCheck(true);
        check.addAtomicCheck(permission(Resources.TASK, taskId, TaskPermissions.TASK_WORK));
        check.addAtomicCheck(permission(Resources.PROCESS_DEFINITION, definition, ProcessDefinitionPermissions.TASK_WORK));
        check.addAtomicCheck(permission(Resources.TASK, taskId, TaskPermissions.UPDATE));
        check.addAtomicCheck(permission(Resources.PROCESS_DEFINITION, definition, ProcessDefinitionPermissions.UPDATE_TASK));
        return check;
    }

    private static CompositePermissionCheck single(Resource resource, String id, Permission permission) {
        CompositePermissionCheck check = new CompositePermissionCheck(true);
        check.addAtomicCheck(permission(resource, id, permission));
        return check;
    }

    private static PermissionCheck permission(Resource resource, String id, Permission permission) {
        PermissionCheck check = new PermissionCheck();
        check.setResource(resource);
        check.setResourceId(id);
        check.setPermission(permission);
        return check;
    }

    private void grant(int type, String user, String group, Resource resource, String id, Permission... permissions) {
        Authorization authorization = authorizationService.createNewAuthorization(type);
        authorization.setUserId(user);
        authorization.setGroupId(group);
        authorization.setResource(resource);
        authorization.setResourceId(id);
        for (Permission permission : permissions) {
            authorization.addPermission(permission);
        }
        created.add(authorizationService.saveAuthorization(authorization).getId());
    }
}
