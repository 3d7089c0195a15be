package nl.rechtshulp.request;

import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/** The open tasks of a request, read from the engine by business key. */
@Component
class OpenTasks {

    private final TaskService taskService;

    OpenTasks(TaskService taskService) {
        this.taskService = taskService;
    }

    List<RequestView.OpenTask> of(RequestReference reference) {
        return taskService.createTaskQuery()
                .processInstanceBusinessKey(reference.value())
                .orderByTaskCreateTime().asc()
                .list().stream()
                .map(task -> new RequestView.OpenTask(task.getId(), task.getTaskDefinitionKey(), task.getName(),
                        candidateGroups(task.getId()), task.getAssignee(),
                        task.getDueDate() == null ? null : task.getDueDate().toInstant(),
                        task.getFollowUpDate() == null ? null : task.getFollowUpDate().toInstant()))
                .toList();
    }

    private List<String> candidateGroups(String taskId) {
        return taskService.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId)
                .sorted()
                .toList();
    }
}
