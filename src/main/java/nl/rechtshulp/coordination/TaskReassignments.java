package nl.rechtshulp.coordination;

import nl.rechtshulp.audit.AuditTrail;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.rechtshulp.request.RequestReference;
import nl.rechtshulp.request.RequestRegister;
import nl.rechtshulp.security.AuthorityGroups;
import nl.rechtshulp.security.CurrentUser;
import nl.rechtshulp.web.ApiProblem;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coordinators move tasks to another person or authority, many at once, always with a reason. All tasks move or
 * none does; each move is recorded with the request, before and after, who and why.
 */
@Service
class TaskReassignments {

    static final int MAX_TASKS = 100;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final RequestRegister register;
    private final AuditTrail auditTrail;

    TaskReassignments(TaskService taskService, RuntimeService runtimeService, IdentityService identityService,
                      RequestRegister register, AuditTrail auditTrail) {
        this.auditTrail = auditTrail;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.register = register;
    }

    record Reassignment(List<String> taskIds, String assignee, String candidateGroup, String reason) {
    }

    record Reassigned(String taskId, String reference, String assignee, List<String> candidateGroups) {
    }

    @Transactional
    public List<Reassigned> reassign(Reassignment reassignment, CurrentUser coordinator) {
        if (!coordinator.isMemberOf(AuthorityGroups.COORDINATORS) && !coordinator.isMemberOf(AuthorityGroups.ADMINS)) {
            throw ApiProblem.forbidden("Only coordinators reassign tasks");
        }
        validate(reassignment);
        List<Task> tasks = taskService.createTaskQuery().taskIdIn(reassignment.taskIds().toArray(String[]::new)).list();
        Set<String> found = tasks.stream().map(Task::getId).collect(Collectors.toSet());
        reassignment.taskIds().stream().filter(id -> !found.contains(id)).findFirst().ifPresent(id -> {
            throw ApiProblem.notFound("No open task " + id);
        });
        Map<String, String> referenceByProcess = referencesOf(tasks);
        try {
            return tasks.stream().map(task -> move(task,
                    new RequestReference(referenceByProcess.get(task.getProcessInstanceId())), reassignment, coordinator))
                    .toList();
        } catch (NullValueException | NotFoundException completedWhileMoving) {
            // The engine names a task that vanished after the query either way, depending on the call that met it.
            throw ApiProblem.conflict("A task was completed while it was being moved; nothing was moved, reload the list");
        }
    }

    private Reassigned move(Task task, RequestReference reference, Reassignment reassignment, CurrentUser coordinator) {
        List<String> groupsBefore = candidateGroups(task.getId());
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("taskId", task.getId());
        record.put("taskName", task.getName());
        record.put("assigneeBefore", task.getAssignee());
        record.put("candidateGroupsBefore", groupsBefore);
        if (reassignment.candidateGroup() != null) {
            groupsBefore.forEach(group -> taskService.deleteCandidateGroup(task.getId(), group));
            taskService.addCandidateGroup(task.getId(), reassignment.candidateGroup());
            taskService.setAssignee(task.getId(), null);
            register.involve(reference, reassignment.candidateGroup());
        } else {
            // A person of another authority takes the task alone: groups the person is not in lose it.
            Set<String> personsGroups = identityService.createGroupQuery().groupMember(reassignment.assignee()).list()
                    .stream().map(org.camunda.bpm.engine.identity.Group::getId).collect(Collectors.toSet());
            groupsBefore.stream().filter(group -> !personsGroups.contains(group))
                    .forEach(group -> taskService.deleteCandidateGroup(task.getId(), group));
            personsGroups.stream().filter(TaskReassignments::isAuthority).sorted().findFirst()
                    .ifPresent(authority -> register.involve(reference, authority));
            taskService.setAssignee(task.getId(), reassignment.assignee());
        }
        List<String> groupsAfter = candidateGroups(task.getId());
        String assigneeAfter = reassignment.candidateGroup() != null ? null : reassignment.assignee();
        record.put("assigneeAfter", assigneeAfter);
        record.put("candidateGroupsAfter", groupsAfter);
        record.put("reason", reassignment.reason());
        register.recordDecision(reference, "REASSIGNMENT " + task.getTaskDefinitionKey(), coordinator.userId(),
                toJson(record));
        auditTrail.record(reference.value(), "TASK_REASSIGNED", task.getTaskDefinitionKey() + " " + task.getId(),
                "assignee=" + task.getAssignee() + " groups=" + groupsBefore,
                "assignee=" + assigneeAfter + " groups=" + groupsAfter, reassignment.reason());
        return new Reassigned(task.getId(), reference.value(), assigneeAfter, groupsAfter);
    }

    private void validate(Reassignment reassignment) {
        if (reassignment.taskIds() == null || reassignment.taskIds().isEmpty() || reassignment.taskIds().size() > MAX_TASKS) {
            throw ApiProblem.badRequest("taskIds", "taskIds must name 1 to " + MAX_TASKS + " tasks");
        }
        for (int i = 0; i < reassignment.taskIds().size(); i++) {
            String id = reassignment.taskIds().get(i);
            if (id == null || id.isBlank() || id.length() > 64) {
                throw ApiProblem.badRequest("taskIds[" + i + "]", "taskIds[" + i + "] must be a task id");
            }
        }
        if (reassignment.reason() == null || reassignment.reason().isBlank()) {
            throw ApiProblem.badRequest("reason", "A reason is required to reassign tasks");
        }
        boolean toPerson = reassignment.assignee() != null && !reassignment.assignee().isBlank();
        boolean toGroup = reassignment.candidateGroup() != null && !reassignment.candidateGroup().isBlank();
        if (toPerson == toGroup) {
            throw ApiProblem.badRequest("assignee", "Give either an assignee or a candidateGroup");
        }
        if (toGroup && !isAuthority(reassignment.candidateGroup())) {
            throw ApiProblem.badRequest("candidateGroup", reassignment.candidateGroup() + " is not an authority group");
        }
        if (toPerson && identityService.createUserQuery().userId(reassignment.assignee()).count() == 0) {
            throw ApiProblem.badRequest("assignee", "No user " + reassignment.assignee());
        }
    }

    private static boolean isAuthority(String group) {
        return AuthorityGroups.RECEIVING_AUTHORITIES.contains(group) || AuthorityGroups.EXECUTING_SERVICES.contains(group)
                || AuthorityGroups.LIAISON_MAGISTRATES.equals(group) || AuthorityGroups.COORDINATORS.equals(group);
    }

    /** The request reference (business key) behind each task's process, in one query for all tasks. */
    private Map<String, String> referencesOf(List<Task> tasks) {
        String[] processIds = tasks.stream().map(Task::getProcessInstanceId).distinct().toArray(String[]::new);
        return runtimeService.createProcessInstanceQuery().processInstanceIds(Set.of(processIds)).list().stream()
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
    }

    private List<String> candidateGroups(String taskId) {
        return taskService.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).sorted().collect(Collectors.toList());
    }

    private static String toJson(Map<String, Object> record) {
        try {
            return JSON.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
