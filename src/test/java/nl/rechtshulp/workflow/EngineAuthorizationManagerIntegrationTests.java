package nl.rechtshulp.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.rechtshulp.support.IntegrationTest;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A queue of the caller's own candidate groups is answered without the grant join, and every other task query keeps
 * the engine's check: the difference shows only where a group's grant was taken from a task it is still a candidate of.
 */
@IntegrationTest
class EngineAuthorizationManagerIntegrationTests {

    private static final String PROCESS = "rhQueueGrantCheck";

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    IdentityService identityService;

    @Autowired
    AuthorizationService authorizationService;

    private Deployment deployment;
    private String rotterdamTask;
    private String amsterdamTask;

    @BeforeEach
    void twoTasksOfTwoAuthorities() {
        var model = Bpmn.createExecutableProcess(PROCESS).camundaHistoryTimeToLive(1).startEvent()
                .userTask("Task_Queued").name("Wachtend werk").camundaCandidateGroups("${group}").endEvent().done();
        deployment = repositoryService.createDeployment().addModelInstance(PROCESS + ".bpmn", model).deploy();
        String key = UUID.randomUUID().toString().substring(0, 8);
        rotterdamTask = start("R-" + key, "ircRotterdam");
        amsterdamTask = start("A-" + key, "ircAmsterdam");
    }

    @AfterEach
    void removeThem() {
        identityService.clearAuthentication();
        repositoryService.deleteDeployment(deployment.getId(), true);
    }

    @Test
    void theCallersOwnQueueListsOnlyItsOwnGroupsTasks() {
        identityService.setAuthentication("ircrotterdam", List.of("ircRotterdam"));

        assertThat(ids(taskService.createTaskQuery().processDefinitionKey(PROCESS).taskCandidateGroup("ircRotterdam")
                .includeAssignedTasks().list())).containsExactly(rotterdamTask);
        assertThat(taskService.createTaskQuery().processDefinitionKey(PROCESS).taskCandidateGroup("ircRotterdam")
                .count()).isEqualTo(1);
        assertThat(ids(taskService.createTaskQuery().processDefinitionKey(PROCESS).taskCandidateGroup("ircAmsterdam")
                .list())).as("another authority's group keeps the engine's check").isEmpty();
        assertThat(ids(taskService.createTaskQuery().processDefinitionKey(PROCESS).list()))
                .as("no candidate group: the engine's check").containsExactly(rotterdamTask);

        identityService.setAuthentication("ircamsterdam", List.of("ircAmsterdam"));
        assertThat(ids(taskService.createTaskQuery().processDefinitionKey(PROCESS).taskCandidateGroup("ircAmsterdam")
                .list())).containsExactly(amsterdamTask);
    }

    @Test
    void aGrantTakenByHandHidesTheTaskEverywhereButItsGroupsQueue() {
        identityService.clearAuthentication();
        var grant = authorizationService.createAuthorizationQuery().resourceType(Resources.TASK)
                .resourceId(rotterdamTask).groupIdIn("ircRotterdam").singleResult();
        authorizationService.deleteAuthorization(grant.getId());
        identityService.setAuthentication("ircrotterdam", List.of("ircRotterdam"));

        assertThat(ids(taskService.createTaskQuery().processDefinitionKey(PROCESS).taskCandidateGroup("ircRotterdam")
                .list())).as("the queue follows the candidate group").containsExactly(rotterdamTask);
        assertThat(taskService.createTaskQuery().taskId(rotterdamTask).count()).as("by its id").isZero();
        assertThat(ids(taskService.createTaskQuery().processDefinitionKey(PROCESS).or().taskCandidateGroup("ircRotterdam")
                .taskName("Ander werk").endOr().list())).as("OR-criteria keep the engine's check").isEmpty();
    }

    private String start(String businessKey, String group) {
        String instance = runtimeService.startProcessInstanceByKey(PROCESS, businessKey,
                Map.of("group", group, "reference", businessKey, "urgency", "NORMAL")).getId();
        return taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
    }

    private static List<String> ids(List<Task> tasks) {
        return tasks.stream().map(Task::getId).toList();
    }
}
