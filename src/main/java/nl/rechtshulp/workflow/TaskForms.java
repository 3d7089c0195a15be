package nl.rechtshulp.workflow;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which form an open task has: its definition and key from the task's row, the form from the deployed model (read
 * once per definition and task, since deployed models never change). Whether the caller may work on the task is the
 * engine's to decide when the completion reaches it.
 */
class TaskForms {

    /** An open task's form, {@code null} when its model names none. */
    record TaskForm(String formRef) {
    }

    private final JdbcTemplate jdbc;
    private final RepositoryService repositoryService;
    private final Map<String, TaskForm> formByTaskDefinition = new ConcurrentHashMap<>();

    TaskForms(JdbcTemplate jdbc, RepositoryService repositoryService) {
        this.jdbc = jdbc;
        this.repositoryService = repositoryService;
    }

    /** The task's form, or empty when no such task is open (or it belongs to no process). */
    Optional<TaskForm> of(String taskId) {
        return jdbc.query("select proc_def_id_, task_def_key_ from act_ru_task where id_ = ?",
                        (row, number) -> new String[] {row.getString(1), row.getString(2)}, taskId).stream()
                .filter(row -> row[0] != null && row[1] != null)
                .findFirst()
                .map(row -> formByTaskDefinition.computeIfAbsent(row[0] + "#" + row[1], key -> {
                    var element = repositoryService.getBpmnModelInstance(row[0]).getModelElementById(row[1]);
                    return new TaskForm(element instanceof UserTask userTask ? userTask.getCamundaFormRef() : null);
                }));
    }
}
