package nl.rechtshulp.request;

import java.util.List;

/** The open tasks of a request as the API shows them. */
final class OpenTasks {

    private OpenTasks() {
    }

    static List<RequestView.OpenTask> of(List<EngineRuntimeReads.TaskRow> tasks) {
        return tasks.stream().map(task -> new RequestView.OpenTask(task.id(), task.taskKey(), task.name(),
                task.groups(), task.assignee(), task.due(), task.followUp())).toList();
    }
}
