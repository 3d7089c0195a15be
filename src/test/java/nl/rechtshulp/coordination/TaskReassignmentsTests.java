package nl.rechtshulp.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Set;
import nl.rechtshulp.audit.AuditTrail;
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
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpStatus;

/** A task completed between the coordinator's list and the move: the engine's two ways of saying so are one 409. */
class TaskReassignmentsTests {

    private static final String TASK_ID = "task-1";

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aTaskCompletedAfterTheListIsAConflictAndNothingIsRecorded(boolean engineSaysNotFound) {
        TaskService taskService = mock(TaskService.class);
        RuntimeService runtimeService = mock(RuntimeService.class);
        RequestRegister register = mock(RequestRegister.class);
        AuditTrail auditTrail = mock(AuditTrail.class);
        listsOneOpenTask(taskService, runtimeService);
        RuntimeException vanished = engineSaysNotFound
                ? new NotFoundException("Cannot find task with id " + TASK_ID + ": task is null")
                : new NullValueException("Cannot find task with id " + TASK_ID);
        when(taskService.getIdentityLinksForTask(TASK_ID)).thenThrow(vanished);
        var reassignments = new TaskReassignments(taskService, runtimeService, mock(IdentityService.class), register,
                auditTrail);

        assertThatThrownBy(() -> reassignments.reassign(
                new TaskReassignments.Reassignment(List.of(TASK_ID), null, "ircRotterdam", "Werkverdeling"),
                new CurrentUser("coordinator", Set.of(AuthorityGroups.COORDINATORS))))
                .isInstanceOfSatisfying(ApiProblem.class,
                        problem -> assertThat(problem.getStatus())
                                .isEqualTo(HttpStatus.CONFLICT));
        verifyNoInteractions(register, auditTrail);
    }

    private static void listsOneOpenTask(TaskService taskService, RuntimeService runtimeService) {
        Task task = mock(Task.class);
        when(task.getId()).thenReturn(TASK_ID);
        when(task.getProcessInstanceId()).thenReturn("process-1");
        TaskQuery taskQuery = mock(TaskQuery.class);
        when(taskService.createTaskQuery()).thenReturn(taskQuery);
        when(taskQuery.taskIdIn(any(String[].class))).thenReturn(taskQuery);
        when(taskQuery.list()).thenReturn(List.of(task));
        ProcessInstance process = mock(ProcessInstance.class);
        when(process.getId()).thenReturn("process-1");
        when(process.getBusinessKey()).thenReturn("RH-2026-000001");
        ProcessInstanceQuery processQuery = mock(ProcessInstanceQuery.class);
        when(runtimeService.createProcessInstanceQuery()).thenReturn(processQuery);
        when(processQuery.processInstanceIds(any())).thenReturn(processQuery);
        when(processQuery.list()).thenReturn(List.of(process));
    }
}
