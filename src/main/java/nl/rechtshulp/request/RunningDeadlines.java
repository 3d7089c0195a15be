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
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
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

    /** What a model marks an activity as, with its name; absent when it is no deadline. */
    private record Marking(String name, String kind) {
        static final Marking NONE = new Marking(null, null);
    }

    private final RepositoryService repositoryService;
    private final Clock clock;
    /** Deployed definitions never change, so what an activity of one is marked as is read from its model once. */
    private final Map<String, Marking> markings = new ConcurrentHashMap<>();

    RunningDeadlines(RepositoryService repositoryService, Clock clock) {
        this.repositoryService = repositoryService;
        this.clock = clock;
    }

    List<RunningDeadline> of(List<EngineRuntimeReads.TaskRow> tasks, List<EngineRuntimeReads.TimerRow> timers) {
        Instant now = clock.instant();
        List<RunningDeadline> deadlines = new ArrayList<>();
        for (var timer : timers) {
            Marking marking = marking(timer.definitionId(), timer.activityId());
            if (marking.kind() != null && timer.due() != null) {
                deadlines.add(deadline(marking.name(), timer.activityId(), marking.kind(), timer.due(), now));
            }
        }
        for (var task : tasks) {
            Marking marking = marking(task.definitionId(), task.taskKey());
            if (marking.kind() != null && task.due() != null) {
                deadlines.add(deadline(marking.name(), task.taskKey(), marking.kind(), task.due(), now));
            }
        }
        deadlines.sort(Comparator.comparing(RunningDeadline::dueAt));
        return deadlines;
    }

    private Marking marking(String definitionId, String activityId) {
        if (definitionId == null || activityId == null) {
            return Marking.NONE;
        }
        return markings.computeIfAbsent(definitionId + "#" + activityId, key -> {
            FlowElement element = repositoryService.getBpmnModelInstance(definitionId).getModelElementById(activityId);
            String kind = deadlineKind(element);
            return kind == null ? Marking.NONE : new Marking(element.getName(), kind);
        });
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
