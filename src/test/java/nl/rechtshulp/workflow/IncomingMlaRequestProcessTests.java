package nl.rechtshulp.workflow;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.HashMap;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path through {@code IncomingMlaRequestProcess}; delegates are stand-ins that set what the real ones decide, and
 * the processes it calls (the EIO's, the transfer after the complaint period) are stand-ins tested on their own.
 */
@Deployment(resources = {"processes/IncomingMlaRequestProcess.bpmn", "standins/IncomingEioProcess.bpmn",
        "standins/ResultsTransferProcess.bpmn"})
class IncomingMlaRequestProcessTests {

    private static final String REFERENCE = "RH-2026-000042";

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            // Not camunda.cfg.xml: that name would also be picked up by the engine REST API in integration tests.
            .configurationResource("process-test.camunda.cfg.xml")
            .assertClassCoverageAtLeast(1.0)
            .build();

    @BeforeEach
    void setUp(ProcessEngine processEngine) {
        init(processEngine);
        RecordingLifecycleRecorder.reset();
        Mocks.register("registerRequestDelegate", (JavaDelegate) execution -> { });
        Mocks.register("suggestCompetentAuthorityDelegate", (JavaDelegate) execution -> {
            execution.setVariable("owningIrc", "ircAmsterdam");
            execution.setVariable("executingService", "politie");
        });
        Mocks.register("assignCompetentAuthorityTaskListener", (TaskListener) task -> { });
        Mocks.register("executeMeasuresTaskListener", (TaskListener) task -> { });
        Mocks.register("refusalProposalTaskListener", new RefusalProposalTaskListener());
        // The rule reads the register, so it is tested through the API; the paths run without it.
        Mocks.register("confirmRefusalTaskListener", (TaskListener) task -> { });
        routeIs("DIRECT");
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService().clearAuthentication();
    }

    @Test
    void directRequestWithoutCoercionIsExecutedHandedOverAndClosed() {
        ProcessInstance request = start(false);
        assertThat(request).isWaitingAt("Task_CheckCompleteness");
        assertThat(task()).hasCandidateGroup("ircRotterdam");
        complete(task(), withVariables("requestComplete", "true"));

        assertThat(request).isWaitingAt("Task_AssignCompetentAuthority");
        assertThat(task()).hasCandidateGroup("ircRotterdam").hasCandidateGroup("coordinators");
        complete(task());
        assertThat(task()).hasDefinitionKey("Task_AssessLegalConditions").hasCandidateGroup("ircAmsterdam");
        complete(task(), withVariables("assistanceGranted", "true"));
        assertThat(task()).hasDefinitionKey("Task_ExecuteMeasures").hasCandidateGroup("politie");
        complete(task());
        assertThat(task()).as("the results left after the complaint period, in the called process")
                .hasDefinitionKey("Task_CloseRequest").hasCandidateGroup("ircAmsterdam");
        complete(task());

        assertThat(request).hasPassedInOrder("Task_RegisterRequest", "Gateway_EuropeanInvestigationOrder",
                "Task_DetermineLegalBasisAndRoute", "Task_SuggestCompetentAuthority", "Task_AssessLegalConditions",
                "Task_ExecuteMeasures", "CallActivity_TransferResults", "Task_CloseRequest", "EndEvent_RequestClosed");
        assertThat(request).hasNotPassed("CallActivity_EuropeanInvestigationOrder");
        assertThat(request).hasNotPassed("Task_AssessAsCentralAuthority", "Task_RecordExaminingJudgeDecision");
        assertThat(request).isEnded();
        Assertions.assertThat(RecordingLifecycleRecorder.phases())
                .containsExactly("INTAKE", "COORDINATION", "ANALYSIS", "FOLLOW_UP", "CLOSED");
        Assertions.assertThat(RecordingLifecycleRecorder.outcomes()).containsExactly("EXECUTED");
    }

    @Test
    void centralAuthorityRequestWithCoercionNeedsAirsAndTheExaminingJudge() {
        routeIs("CENTRAL_AUTHORITY");
        ProcessInstance request = start(true);
        complete(task(), withVariables("requestComplete", "true"));

        assertThat(task()).hasDefinitionKey("Task_AssessAsCentralAuthority").hasCandidateGroup("airs");
        complete(task(), withVariables("centralAuthorityAccepts", "true"));
        complete(task());
        complete(task(), withVariables("assistanceGranted", "true"));
        assertThat(task()).hasDefinitionKey("Task_RecordExaminingJudgeDecision").hasCandidateGroup("ircAmsterdam");
        complete(task(), withVariables("examiningJudgeAuthorises", "true"));
        complete(task());
        assertThat(request).hasPassed("CallActivity_TransferResults").variables().containsEntry("returnAuthority", "airs");
        complete(task());

        assertThat(request).hasPassedInOrder("Task_AssessAsCentralAuthority", "Task_AssignCompetentAuthority",
                "Task_RecordExaminingJudgeDecision", "Task_ExecuteMeasures", "EndEvent_RequestClosed");
        assertThat(request).isEnded();
        Assertions.assertThat(RecordingLifecycleRecorder.stages()).contains("CENTRAL_AUTHORITY", "EXAMINING_JUDGE");
    }

    @Test
    void incompleteRequestWaitsWithStoppedClockForTheSupplement() {
        ProcessInstance request = start(false);
        complete(task(), withVariables("requestComplete", "false", "missingItems", "vertaling"));

        assertThat(request).isWaitingAt("Task_AwaitSupplement");
        runtimeService().createMessageCorrelation(ProcessKeys.MESSAGE_SUPPLEMENT_RECEIVED)
                .processInstanceBusinessKey(REFERENCE).correlate();

        assertThat(request).isWaitingAt("Task_CheckCompleteness");
        Assertions.assertThat(RecordingLifecycleRecorder.stages())
                .containsSubsequence("COMPLETENESS", "WAITING_SUPPLEMENT", "COMPLETENESS");
    }

    @Test
    void overdueSupplementRaisesAReminderAndKeepsWaiting() {
        ProcessInstance request = start(false);
        complete(task(), withVariables("requestComplete", "false"));

        execute(job("BoundaryEvent_SupplementReminderDue"));

        assertThat(request).isWaitingAt("Task_AwaitSupplement", "Task_RemindRequestingState");
        assertThat(task()).hasCandidateGroup("ircRotterdam");
        complete(task());
        assertThat(request).hasPassed("EndEvent_ReminderSent").isWaitingAt("Task_AwaitSupplement");
    }

    @Test
    void requestLapsesWhenTheSupplementNeverArrives() {
        ProcessInstance request = start(false);
        complete(task(), withVariables("requestComplete", "false"));

        execute(job("BoundaryEvent_SupplementNeverArrived"));

        assertThat(request).hasPassed("EndEvent_RequestLapsed").isEnded();
        Assertions.assertThat(RecordingLifecycleRecorder.outcomes()).containsExactly("LAPSED");
    }

    @Test
    void centralAuthorityRefusalIsNotifiedToTheRequestingState() {
        routeIs("CENTRAL_AUTHORITY");
        ProcessInstance request = start(false);
        complete(task(), withVariables("requestComplete", "true"));
        as("airs");
        complete(task(), withVariables("centralAuthorityAccepts", "false", "reason", "Politiek delict"));

        assertThat(task()).hasDefinitionKey("Task_ConfirmRefusal").hasCandidateGroup("airs");
        assertThat(request).variables().containsEntry("refusalProposedBy", "airs")
                .containsEntry("refusalProposedAt", "Task_AssessAsCentralAuthority");
        as("airs2");
        complete(task(), withVariables("refusalConfirmed", "true"));
        assertThat(task()).hasDefinitionKey("Task_NotifyRefusal").hasCandidateGroup("airs");
        complete(task());
        assertThat(request).hasPassed("EndEvent_RequestRefused").hasNotPassed("Task_AssignCompetentAuthority").isEnded();
        Assertions.assertThat(RecordingLifecycleRecorder.outcomes()).containsExactly("REFUSED");
    }

    @Test
    void refusalAfterLegalAssessmentIsNotified() {
        ProcessInstance request = start(true);
        complete(task(), withVariables("requestComplete", "true"));
        complete(task());
        as("ircamsterdam");
        complete(task(), withVariables("assistanceGranted", "false", "refusalGround", "NE_BIS_IN_IDEM"));

        assertThat(task()).hasDefinitionKey("Task_ConfirmRefusal").hasCandidateGroup("ircAmsterdam");
        as("ircamsterdam2");
        complete(task(), withVariables("refusalConfirmed", "true"));
        assertThat(task()).hasDefinitionKey("Task_NotifyRefusal");
        complete(task());
        assertThat(request).hasPassed("EndEvent_RequestRefused").hasNotPassed("Task_RecordExaminingJudgeDecision");
    }

    @Test
    void examiningJudgeRefusalEndsInARefusal() {
        ProcessInstance request = start(true);
        complete(task(), withVariables("requestComplete", "true"));
        complete(task());
        complete(task(), withVariables("assistanceGranted", "true"));
        as("ircamsterdam");
        complete(task(), withVariables("examiningJudgeAuthorises", "false"));

        as("ircamsterdam2");
        assertThat(task()).hasDefinitionKey("Task_ConfirmRefusal");
        complete(task(), withVariables("refusalConfirmed", "true"));
        assertThat(task()).hasDefinitionKey("Task_NotifyRefusal");
        complete(task());
        assertThat(request).hasPassed("EndEvent_RequestRefused").hasNotPassed("Task_ExecuteMeasures").isEnded();
    }

    @Test
    void anUnconfirmedRefusalGoesBackToWhoeverProposedIt() {
        routeIs("CENTRAL_AUTHORITY");
        ProcessInstance request = start(true);
        complete(task(), withVariables("requestComplete", "true"));
        as("airs");
        complete(task(), withVariables("centralAuthorityAccepts", "false"));
        as("airs2");
        complete(task(), withVariables("refusalConfirmed", "false", "confirmationRemarks", "Geen politiek delict"));
        assertThat(task()).as("back to AIRS").hasDefinitionKey("Task_AssessAsCentralAuthority");

        as("airs");
        complete(task(), withVariables("centralAuthorityAccepts", "true"));
        complete(task());
        as("ircamsterdam");
        complete(task(), withVariables("assistanceGranted", "false", "refusalGround", "DUAL_CRIMINALITY"));
        as("ircamsterdam2");
        complete(task(), withVariables("refusalConfirmed", "false"));
        assertThat(task()).as("back to the officier van justitie").hasDefinitionKey("Task_AssessLegalConditions");

        as("ircamsterdam");
        complete(task(), withVariables("assistanceGranted", "true"));
        complete(task(), withVariables("examiningJudgeAuthorises", "false"));
        as("ircamsterdam2");
        complete(task(), withVariables("refusalConfirmed", "false"));
        assertThat(task()).as("back to record the examining judge's decision")
                .hasDefinitionKey("Task_RecordExaminingJudgeDecision");
        complete(task(), withVariables("examiningJudgeAuthorises", "true"));
        assertThat(task()).hasDefinitionKey("Task_ExecuteMeasures");
        assertThat(request).hasPassed("Gateway_WhoReconsiders").hasNotPassed("Task_NotifyRefusal");
    }

    private static void as(String userId) {
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService().setAuthenticatedUserId(userId);
    }

    @Test
    void withdrawalEndsTheRequestWhereverItStands() {
        ProcessInstance request = start(false);
        complete(task(), withVariables("requestComplete", "true"));
        assertThat(request).isWaitingAt("Task_AssignCompetentAuthority");

        runtimeService().createMessageCorrelation(ProcessKeys.MESSAGE_REQUEST_WITHDRAWN)
                .processInstanceBusinessKey(REFERENCE).correlate();

        assertThat(request).hasPassed("EndEvent_RequestWithdrawn").isEnded();
        Assertions.assertThat(RecordingLifecycleRecorder.outcomes()).containsExactly("WITHDRAWN");
    }

    @Test
    void aEuropeanInvestigationOrderRunsInItsOwnProcessAndEndsTheRequestWithIt() {
        Map<String, Object> variables = startVariables(false);
        variables.put("europeanInvestigationOrder", true);
        ProcessInstance request = runtimeService().startProcessInstanceByKey(ProcessKeys.INCOMING_MLA, REFERENCE, variables);

        assertThat(request).hasPassedInOrder("Task_RegisterRequest", "Gateway_EuropeanInvestigationOrder",
                "CallActivity_EuropeanInvestigationOrder", "EndEvent_EioHandled").isEnded();
        assertThat(request).hasNotPassed("Task_CheckCompleteness", "Task_DetermineLegalBasisAndRoute");
        Assertions.assertThat(runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(REFERENCE).count())
                .isZero();
    }

    private ProcessInstance start(boolean examiningJudgeRequired) {
        ProcessInstance request = runtimeService().startProcessInstanceByKey(ProcessKeys.INCOMING_MLA, REFERENCE,
                startVariables(examiningJudgeRequired));
        assertThat(request).isStarted();
        return request;
    }

    private static Map<String, Object> startVariables(boolean examiningJudgeRequired) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("reference", REFERENCE);
        variables.put("receivingAuthority", "ircRotterdam");
        variables.put("urgency", "NORMAL");
        variables.put("europeanInvestigationOrder", false);
        variables.put("examiningJudgeRequired", examiningJudgeRequired);
        variables.put("supplementReminderAfter", "P30D");
        variables.put("supplementGiveUpAfter", "P90D");
        return variables;
    }

    private static void routeIs(String route) {
        Mocks.register("determineLegalBasisAndRouteDelegate", (JavaDelegate) execution -> {
            execution.setVariable("route", route);
            execution.setVariable("returnAuthority",
                    "CENTRAL_AUTHORITY".equals(route) ? "airs" : execution.getVariable("receivingAuthority"));
        });
    }
}
