package nl.rechtshulp.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.rechtshulp.support.IntegrationTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A queue asked as a semi-join finds what the engine's join found: a task of two of the caller's groups once, in
 * due-date order, a page at a time, counted once; assigned tasks only when asked for.
 */
@IntegrationTest
class CandidateQueueSemiJoinIntegrationTests {

    private static final String PROCESS = "rhQueueSemiJoin";
    private static final long DAY = 86_400_000L;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    IdentityService identityService;

    private Deployment deployment;
    private String bothGroups;
    private String rotterdamLater;
    private String rotterdamFirst;
    private String amsterdamOnly;

    @BeforeEach
    void fourTasks() {
        var model = Bpmn.createExecutableProcess(PROCESS).camundaHistoryTimeToLive(1).startEvent()
                .userTask("Task_Queued").name("Wachtend werk").camundaCandidateGroups("${groups}")
                .camundaDueDate("${due}").endEvent().done();
        deployment = repositoryService.createDeployment().addModelInstance(PROCESS + ".bpmn", model).deploy();
        long now = System.currentTimeMillis() + 3_650 * DAY; // after every other test's tasks
        bothGroups = start("ircRotterdam,ircAmsterdam", now + 2 * DAY);
        rotterdamLater = start("ircRotterdam", now + 3 * DAY);
        rotterdamFirst = start("ircRotterdam", now + DAY);
        amsterdamOnly = start("ircAmsterdam", now);
    }

    @AfterEach
    void removeThem() {
        identityService.clearAuthentication();
        repositoryService.deleteDeployment(deployment.getId(), true);
    }

    @Test
    void aTaskOfTwoOfTheCallersGroupsIsListedAndCountedOnceInDueDateOrder() {
        identityService.setAuthentication("coordinatorOfBoth", List.of("ircRotterdam", "ircAmsterdam"));
        var queue = taskService.createTaskQuery().processDefinitionKey(PROCESS)
                .taskCandidateGroupIn(List.of("ircRotterdam", "ircAmsterdam")).orderByDueDate().asc();

        assertThat(ids(queue.list())).containsExactly(amsterdamOnly, rotterdamFirst, bothGroups, rotterdamLater);
        assertThat(queue.count()).isEqualTo(4);
        assertThat(ids(queue.listPage(1, 2))).containsExactly(rotterdamFirst, bothGroups);
    }

    @Test
    void aGroupsQueueHoldsItsOwnTasksAndAssignedOnesOnlyWhenAskedFor() {
        taskService.setAssignee(rotterdamFirst, "ircrotterdam");
        identityService.setAuthentication("ircrotterdam", List.of("ircRotterdam"));

        assertThat(ids(taskService.createTaskQuery().processDefinitionKey(PROCESS).taskCandidateGroup("ircRotterdam")
                .orderByDueDate().asc().list())).containsExactly(bothGroups, rotterdamLater);
        assertThat(ids(taskService.createTaskQuery().processDefinitionKey(PROCESS).taskCandidateGroup("ircRotterdam")
                .includeAssignedTasks().orderByDueDate().asc().list()))
                .containsExactly(rotterdamFirst, bothGroups, rotterdamLater);
        assertThat(taskService.createTaskQuery().processDefinitionKey(PROCESS).taskCandidateGroup("ircRotterdam")
                .includeAssignedTasks().count()).isEqualTo(3);
    }

    private String start(String groups, long due) {
        String businessKey = "Q-" + UUID.randomUUID().toString().substring(0, 8);
        String instance = runtimeService.startProcessInstanceByKey(PROCESS, businessKey, Map.of("groups", groups,
                "due", new Date(due), "reference", businessKey, "urgency", "NORMAL")).getId();
        return taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
    }

    private static List<String> ids(List<Task> tasks) {
        return tasks.stream().map(Task::getId).toList();
    }
}
