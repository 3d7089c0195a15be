package nl.rechtshulp.request;

import nl.rechtshulp.web.DutchTime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;

/**
 * The deadlines running for a request, read from the engine itself: every timer the model marks as a deadline or a
 * warning, and every open task the model marks as a statutory deadline, with what it is, when it falls and how much
 * time is left. The engine's timers are what will actually fire, so this is what users must see.
 */
@Component
class RunningDeadlines {

    static final String DEADLINE_PROPERTY = "deadline";

    private final RuntimeService runtimeService;
    private final ManagementService managementService;
    private final TaskService taskService;
    private final RepositoryService repositoryService;
    private final Clock clock;

    RunningDeadlines(RuntimeService runtimeService, ManagementService managementService, TaskService taskService,
                     RepositoryService repositoryService, Clock clock) {
        this.runtimeService = runtimeService;
        this.managementService = managementService;
        this.taskService = taskService;
        this.repositoryService = repositoryService;
        this.clock = clock;
    }

    List<RunningDeadline> of(RequestReference reference) {
        Instant now = clock.instant();
        List<RunningDeadline> deadlines = new ArrayList<>();
        for (var instance : runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(reference.value()).list()) {
            String definitionId = instance.getProcessDefinitionId();
            Map<String, String> activityByJobDefinition = managementService.createJobDefinitionQuery()
                    .processDefinitionId(definitionId).list().stream()
                    .collect(Collectors.toMap(JobDefinition::getId, JobDefinition::getActivityId));
            var model = repositoryService.getBpmnModelInstance(definitionId);
            for (var timer : managementService.createJobQuery().processInstanceId(instance.getId()).timers().list()) {
                FlowElement element = model.getModelElementById(activityByJobDefinition.get(timer.getJobDefinitionId()));
                String kind = deadlineKind(element);
                if (kind != null) {
                    deadlines.add(deadline(element.getName(), element.getId(), kind, timer.getDuedate().toInstant(), now));
                }
            }
            for (var task : taskService.createTaskQuery().processInstanceId(instance.getId()).list()) {
                FlowElement element = model.getModelElementById(task.getTaskDefinitionKey());
                String kind = deadlineKind(element);
                if (kind != null && task.getDueDate() != null) {
                    deadlines.add(deadline(element.getName(), element.getId(), kind, task.getDueDate().toInstant(), now));
                }
            }
        }
        deadlines.sort(Comparator.comparing(RunningDeadline::dueAt));
        return deadlines;
    }

    private static RunningDeadline deadline(String what, String activityId, String kind, Instant dueAt, Instant now) {
        LocalDate dueOn = dueAt.atZone(DutchTime.ZONE).toLocalDate();
        long daysLeft = ChronoUnit.DAYS.between(now.atZone(DutchTime.ZONE).toLocalDate(), dueOn);
        return new RunningDeadline(what, activityId, kind, dueAt, dueOn, daysLeft, Duration.between(now, dueAt), !dueAt.isAfter(now));
    }

    /**
     * What the model marks an element as ({@code DEADLINE}, {@code WARNING}, or {@code PERIOD} for a waiting period
     * whose end is the normal course, such as the complaint period), or {@code null} when it is no deadline.
     */
    static String deadlineKind(org.camunda.bpm.model.bpmn.instance.BaseElement element) {
        if (element == null || element.getExtensionElements() == null) {
            return null;
        }
        return element.getExtensionElements().getElementsQuery().filterByType(
                        org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties.class).list().stream()
                .flatMap(properties -> properties.getCamundaProperties().stream())
                .filter(property -> DEADLINE_PROPERTY.equals(property.getCamundaName()))
                .map(CamundaProperty::getCamundaValue).findFirst().orElse(null);
    }
}
