package nl.rechtshulp.workflow;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters every user starts with: their own tasks, their groups' queue, what is overdue and what is
 * urgent. Expressions make one filter serve every authority; created once, kept if an administrator edits them.
 */
@Component
class TasklistFilters {

    private static final String MY_GROUPS = "${currentUserGroups()}";
    private static final List<Map<String, String>> SHOWN_VARIABLES = List.of(
            Map.of("name", ProcessVariables.REFERENCE, "label", "Kenmerk"),
            Map.of("name", ProcessVariables.REQUESTING_STATE_NAME, "label", "Verzoekende staat"),
            Map.of("name", ProcessVariables.URGENCY, "label", "Urgentie"));

    private final FilterService filterService;
    private final TaskService taskService;

    TasklistFilters(FilterService filterService, TaskService taskService) {
        this.filterService = filterService;
        this.taskService = taskService;
    }

    void create() {
        create("Werkvoorraad van mijn groepen", -10, "Taken voor de groepen waarvan u lid bent",
                taskService.createTaskQuery().taskCandidateGroupInExpression(MY_GROUPS).includeAssignedTasks()
                        .orderByDueDate().asc());
        create("Mijn taken", -5, "Taken die aan u zijn toegewezen",
                taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
        create("Te laat", 0, "Taken van uw groepen waarvan de termijn is verstreken",
                taskService.createTaskQuery().taskCandidateGroupInExpression(MY_GROUPS).includeAssignedTasks()
                        .dueBeforeExpression("${now()}").orderByDueDate().asc());
        create("Spoed", 5, "Spoedeisende taken en zaken met een gedetineerde",
                taskService.createTaskQuery().taskCandidateGroupInExpression(MY_GROUPS).includeAssignedTasks()
                        .taskMinPriority(75).orderByDueDate().asc());
    }

    private void create(String name, int priority, String description, TaskQuery query) {
        if (filterService.createFilterQuery().filterName(name).count() > 0) {
            return;
        }
        Filter filter = filterService.newTaskFilter(name)
                .setQuery(query)
                .setProperties(Map.of("priority", priority, "description", description, "refresh", true,
                        "variables", SHOWN_VARIABLES));
        filterService.saveFilter(filter);
    }
}
