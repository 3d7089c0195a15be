package nl.rechtshulp.workflow;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.rechtshulp.followup.FollowUpActionIds;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every path through {@code OutgoingMlaRequestProcess}. Delegates are stand-ins that set what the real ones decide;
 * follow-up actions are numbered here, their kind and owner come from {@link #ACTIONS}.
 */
@Deployment(resources = "processes/OutgoingMlaRequestProcess.bpmn")
class OutgoingMlaRequestProcessTests {

    private static final String REFERENCE = "RH-2026-000077";
    private static final LocalDate DUE = LocalDate.of(2026, 12, 15);
    /** Follow-up actions by id: kind and owner, as the register would answer. */
    private static final Map<String, String[]> ACTIONS = Map.of(
            "1", new String[] {"SEIZURE", "politie"},
            "2", new String[] {"SUPPLEMENTARY_REQUEST", null},
            "3", new String[] {"HAND_OVER_TO_INVESTIGATION", "fiod"},
            "4", new String[] {"NEW_SUSPECT", "politie"},
            "5", new String[] {"ARREST", "kmar"});

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .configurationResource("process-test.camunda.cfg.xml")
            .assertClassCoverageAtLeast(1.0)
            .build();

    private final List<String> supplementaryRequestsFor = new ArrayList<>();
    private final List<Boolean> completenessVerdicts = new ArrayList<>();

    @BeforeEach
    void setUp(ProcessEngine processEngine) {
        init(processEngine);
        RecordingLifecycleRecorder.reset();
        Mocks.register("registerOutgoingRequestDelegate", (JavaDelegate) execution -> { });
        Mocks.register("checkDraftCompletenessDelegate", (JavaDelegate) execution -> {
            boolean complete = completenessVerdicts.isEmpty() || completenessVerdicts.remove(0);
            execution.setVariable("draftComplete", complete);
            execution.setVariable("missingItems", complete ? null : "gewaarmerkte wetgeving (CERTIFIED_LEGISLATION)");
        });
        Mocks.register("reviseDraftTaskListener", (TaskListener) task -> { });
        Mocks.register("showBundlingCandidatesTaskListener",
                (TaskListener) task -> task.setVariableLocal("bundlingCandidates", "Geen"));
        Mocks.register("translateRequestTaskListener", (TaskListener) task -> { });
        Mocks.register("interpretReplyTaskListener", (TaskListener) task -> { });
        Mocks.register("followUpActionIds", new FollowUpActionIds());
        Mocks.register("prepareFollowUpActionDelegate", (JavaDelegate) execution -> {
            String[] action = ACTIONS.get((String) execution.getVariable("followUpActionId"));
            execution.setVariableLocal("followUpKind", action[0]);
            execution.setVariableLocal("followUpOwner", action[1]);
            execution.setVariableLocal("followUpDue", Date.from(DUE.atStartOfDay(ZoneId.of("Europe/Amsterdam")).toInstant()));
        });
        Mocks.register("startSupplementaryRequestDelegate", (JavaDelegate) execution ->
                supplementaryRequestsFor.add((String) execution.getVariable("followUpActionId")));
        Mocks.register("carryOutFollowUpActionTaskListener", (TaskListener) task -> { });
        routeIs("DIRECT");
        liaisonMagistrate(false);
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
    }

    @Test
    void completeDraftGoesDirectlyAbroadAndClosesWhenTheFinalReplyNeedsNoAction() {
        ProcessInstance request = start("NORMAL", false);

        assertThat(request).isWaitingAt("Task_QualityCheck");
        assertThat(task()).hasCandidateGroup("ircAmsterdam").hasCandidateGroup("coordinators");
        complete(task(), withVariables("qualityApproved", "true"));
        assertThat(task()).hasDefinitionKey("Task_TransmitRequest").hasCandidateGroup("ircAmsterdam");
        complete(task());

        assertThat(request).isWaitingAt("Event_ReminderDue").hasPassed("EndEvent_NoExpediteNeeded");
        Assertions.assertThat(RecordingLifecycleRecorder.stages()).endsWith("WAITING_ABROAD");
        reply("FinalReplyReceived");
        assertThat(task()).hasDefinitionKey("Task_InterpretFinalReply").hasCandidateGroup("politie")
                .hasCandidateGroup("ircAmsterdam");
        complete(task(), withVariables("followUpActions", ""));

        assertThat(request).hasPassedInOrder("Task_RegisterDraft", "Task_DetermineLegalBasisAndRoute",
                "Task_CheckDraftCompleteness", "Task_QualityCheck", "Task_TransmitRequest",
                "Task_InformLiaisonMagistrate", "Task_InterpretFinalReply", "Event_FollowUpStarted",
                "EndEvent_RequestFollowedUp");
        assertThat(request).hasNotPassed("Task_TranslateRequest", "Task_AssessAndTransmitAsCentralAuthority",
                "Task_ReviseDraft", "Task_ChaseRequest").isEnded();
        Assertions.assertThat(RecordingLifecycleRecorder.phases())
                .containsExactly("INTAKE", "COORDINATION", "ANALYSIS", "FOLLOW_UP", "CLOSED");
        Assertions.assertThat(RecordingLifecycleRecorder.clocks()).containsExactly("NL", "ABROAD", "NL", "STOPPED");
        Assertions.assertThat(RecordingLifecycleRecorder.outcomes()).containsExactly("FOLLOWED_UP");
    }

    /**
     * Only the final reply ends the waiting; were the waiting ever to end by itself (an operator cancelling the
     * reminders in Cockpit), only that branch would end: the request still waits for replies.
     */
    @Test
    void waitingThatEndsWithoutAReplyEndsOnlyItsOwnBranch() {
        ProcessInstance request = start("NORMAL", false);
        complete(task(), withVariables("qualityApproved", "true"));
        complete(task());

        runtimeService().createProcessInstanceModification(request.getId())
                .startTransition("Flow_ToWaitingEnded").execute();

        assertThat(request).hasPassed("EndEvent_WaitingEnded").isNotEnded().isWaitingAt("Event_ReminderDue");
    }

    @Test
    void incompleteDraftGoesBackToTheDrafterWithTheMissingItemsUntilItIsComplete() {
        completenessVerdicts.addAll(List.of(false, true));
        ProcessInstance request = start("NORMAL", false);

        assertThat(request).isWaitingAt("Task_ReviseDraft");
        assertThat(task()).hasCandidateGroup("ircAmsterdam");
        assertThat(request).variables().containsEntry("missingItems", "gewaarmerkte wetgeving (CERTIFIED_LEGISLATION)");
        complete(task(), withVariables("abandonDraft", "false"));

        assertThat(request).isWaitingAt("Task_QualityCheck");
        Assertions.assertThat(RecordingLifecycleRecorder.stages())
                .containsSubsequence("COMPLETENESS", "REVISION", "COMPLETENESS", "QUALITY_CHECK");
    }

    @Test
    void qualityCheckCanSendTheDraftBackAndTheDrafterCanAbandonIt() {
        ProcessInstance request = start("NORMAL", false);
        complete(task(), withVariables("qualityApproved", "false", "missingItems", "doel van het verzoek ontbreekt"));

        assertThat(request).isWaitingAt("Task_ReviseDraft");
        complete(task(), withVariables("abandonDraft", "true", "abandonReason", "verdachte elders aangehouden"));

        assertThat(request).hasPassed("EndEvent_DraftAbandoned").isEnded();
        Assertions.assertThat(RecordingLifecycleRecorder.outcomes()).containsExactly("WITHDRAWN");
    }

    @Test
    void centralAuthorityRouteIsTranslatedAssessedByAirsAndMayBeReturned() {
        routeIs("CENTRAL_AUTHORITY");
        ProcessInstance request = start("NORMAL", true);
        complete(task(), withVariables("qualityApproved", "true"));

        assertThat(task()).hasDefinitionKey("Task_TranslateRequest").hasCandidateGroup("ircAmsterdam");
        complete(task());
        assertThat(task()).hasDefinitionKey("Task_AssessAndTransmitAsCentralAuthority").hasCandidateGroup("airs");
        complete(task(), withVariables("centralAuthorityTransmits", "false", "missingItems", "rechtsgrond onjuist"));

        assertThat(request).isWaitingAt("Task_ReviseDraft");
        complete(task(), withVariables("abandonDraft", "false"));
        complete(task(), withVariables("qualityApproved", "true"));
        complete(task());
        complete(task(), withVariables("centralAuthorityTransmits", "true"));

        assertThat(request).isWaitingAt("Event_ReminderDue");
        Assertions.assertThat(RecordingLifecycleRecorder.stages()).containsSubsequence("TRANSLATION",
                "CENTRAL_AUTHORITY", "REVISION", "QUALITY_CHECK", "TRANSLATION", "CENTRAL_AUTHORITY", "WAITING_ABROAD");
    }

    @Test
    void urgentRequestIsExpeditedByTheLiaisonMagistrateWhoAlsoChasesIt() {
        liaisonMagistrate(true);
        ProcessInstance request = start("URGENT", false);
        complete(task(), withVariables("qualityApproved", "true"));
        complete(task());

        assertThat(request).isWaitingAt("Task_ExpediteRequest", "Event_ReminderDue");
        assertThat(task()).hasCandidateGroup("liaisonMagistrates");
        complete(task());
        assertThat(request).hasPassed("EndEvent_Expedited").isWaitingAt("Event_ReminderDue");

        execute(job("Event_ReminderDue"));
        assertThat(task()).hasDefinitionKey("Task_ChaseRequest").hasCandidateGroup("liaisonMagistrates");
    }

    @Test
    void remindersComeOnTheIntervalUntilTheFinalReplyAndOpenOnesAreWithdrawn() {
        ProcessInstance request = start("NORMAL", false);
        complete(task(), withVariables("qualityApproved", "true"));
        complete(task());

        execute(job("Event_ReminderDue"));
        assertThat(task()).hasDefinitionKey("Task_ChaseRequest").hasCandidateGroup("ircAmsterdam");
        complete(task());
        assertThat(request).isWaitingAt("Event_ReminderDue");
        execute(job("Event_ReminderDue"));
        assertThat(request).isWaitingAt("Task_ChaseRequest");

        reply("FinalReplyReceived");
        Assertions.assertThat(taskQuery().taskDefinitionKey("Task_ChaseRequest").count()).isZero();
        assertThat(request).isWaitingAt("Task_InterpretFinalReply").hasPassed("Task_ChaseRequest");
        Assertions.assertThat(job("Event_ReminderDue")).as("no reminder after the final reply").isNull();
    }

    @Test
    void partialThenFinalReplyAreEachInterpretedAndTheRequestClosesWhenEveryActionIsDone() {
        ProcessInstance request = start("NORMAL", false);
        complete(task(), withVariables("qualityApproved", "true"));
        complete(task());

        reply("PartialReplyReceived");
        assertThat(request).isWaitingAt("Task_InterpretPartialReply", "Event_ReminderDue");
        complete(task(), withVariables("followUpActions", "1"));
        Task seizure = task();
        assertThat(seizure).hasDefinitionKey("Task_CarryOutFollowUpAction").hasCandidateGroup("politie");
        Assertions.assertThat(seizure.getDueDate()).isEqualTo(Date.from(DUE.atStartOfDay(ZoneId.of("Europe/Amsterdam")).toInstant()));
        Assertions.assertThat(RecordingLifecycleRecorder.stages()).endsWith("WAITING_ABROAD");

        reply("FinalReplyReceived");
        Task finalReply = taskQuery().taskDefinitionKey("Task_InterpretFinalReply").singleResult();
        complete(finalReply, withVariables("followUpActions", "2,3"));

        Assertions.assertThat(supplementaryRequestsFor).containsExactly("2");
        Assertions.assertThat(taskQuery().taskDefinitionKey("Task_CarryOutFollowUpAction").list())
                .extracting(Task::getName).hasSize(2);
        complete(taskQuery().taskCandidateGroup("fiod").singleResult(), withVariables("followUpResult", "overgedragen"));
        assertThat(request).isNotEnded();
        complete(seizure, withVariables("followUpResult", "beslag gelegd"));

        assertThat(request).hasPassed("EndEvent_SupplementaryRequestStarted", "EndEvent_FollowUpActionDone",
                "EndEvent_RepliesFollowedUp", "EndEvent_RequestFollowedUp").isEnded();
        Assertions.assertThat(RecordingLifecycleRecorder.outcomes()).containsExactly("FOLLOWED_UP");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"1, politie", "3, fiod", "4, politie", "5, kmar"})
    void everyFollowUpActionGoesToItsOwnerWithItsOwnDueDate(String actionId, String owner) {
        ProcessInstance request = start("NORMAL", false);
        complete(task(), withVariables("qualityApproved", "true"));
        complete(task());
        reply("FinalReplyReceived");
        complete(task(), withVariables("followUpActions", actionId));

        Task action = task();
        assertThat(action).hasDefinitionKey("Task_CarryOutFollowUpAction").hasCandidateGroup(owner);
        Assertions.assertThat(action.getDueDate()).isEqualTo(Date.from(DUE.atStartOfDay(ZoneId.of("Europe/Amsterdam")).toInstant()));
        assertThat(request).variables().containsEntry("followUpActions", actionId);
        complete(action, withVariables("followUpResult", "gedaan"));
        assertThat(request).isEnded();
    }

    /**
     * An EIO to a state the Directive binds is followed against the executing state's deadlines (stand-ins set the
     * dates the real delegate and listener compute; the API test checks those): the acknowledgement after a week, the
     * decision after 30 days, the execution 90 days after the recognition.
     */
    @Test
    void anEioIsFollowedAgainstTheExecutingStatesDeadlinesUntilTheFinalReply() {
        routeIs("DIRECT", true);
        ZoneId amsterdam = ZoneId.of("Europe/Amsterdam");
        Date acknowledgementDue = Date.from(LocalDate.of(2026, 12, 9).atStartOfDay(amsterdam).toInstant());
        Date recognitionDue = Date.from(LocalDate.of(2027, 1, 1).atStartOfDay(amsterdam).toInstant());
        Date executionDue = Date.from(LocalDate.of(2027, 4, 1).atStartOfDay(amsterdam).toInstant());
        Mocks.register("startExecutingStateDeadlinesDelegate", (JavaDelegate) execution -> {
            execution.setVariable("eioAcknowledgementExpectedAt", acknowledgementDue);
            execution.setVariable("eioRecognitionExpectedAt", recognitionDue);
        });
        Mocks.register("recognitionAbroadTaskListener",
                (TaskListener) task -> task.setVariable("eioExecutionExpectedAt", executionDue));
        ProcessInstance request = start("NORMAL", false);
        complete(task(), withVariables("qualityApproved", "true"));
        complete(task(), withVariables("transmissionChannel", "EMAIL", "sentOn", "2026-12-02"));

        assertThat(request).isWaitingAt("Event_ReminderDue", "Event_AcknowledgementExpected", "Event_RecognitionExpected");
        Assertions.assertThat(job("Event_AcknowledgementExpected").getDuedate()).isEqualTo(acknowledgementDue);
        execute(job("Event_AcknowledgementExpected"));
        assertThat(task()).hasDefinitionKey("Task_CheckAcknowledgementAbroad").hasCandidateGroup("ircAmsterdam");
        complete(task(), withVariables("acknowledgementReceived", true));
        assertThat(request).hasPassed("EndEvent_AcknowledgementChecked");
        Assertions.assertThat(job("Event_RecognitionExpected").getDuedate()).isEqualTo(recognitionDue);
        execute(job("Event_RecognitionExpected"));
        complete(task(), withVariables("recognitionAbroad", "RECOGNISED", "recognisedOn", "2026-12-31"));
        Assertions.assertThat(job("Event_ExecutionExpected").getDuedate()).isEqualTo(executionDue);
        execute(job("Event_ExecutionExpected"));
        assertThat(task()).hasDefinitionKey("Task_ChaseExecutionAbroad");
        complete(task());
        assertThat(request).hasPassed("EndEvent_ExecutionChased").isWaitingAt("Event_ReminderDue");

        reply("FinalReplyReceived");
        complete(task(), withVariables("followUpActions", ""));
        assertThat(request).hasNotPassed("EndEvent_NotAnEio").isEnded();
    }

    @Test
    void anEioWhoseRecognitionIsNotYetKnownIsLeftToTheReminders() {
        routeIs("DIRECT", true);
        Mocks.register("startExecutingStateDeadlinesDelegate", (JavaDelegate) execution -> {
            execution.setVariable("eioAcknowledgementExpectedAt", new Date());
            execution.setVariable("eioRecognitionExpectedAt", new Date());
        });
        Mocks.register("recognitionAbroadTaskListener", (TaskListener) task -> { });
        ProcessInstance request = start("NORMAL", false);
        complete(task(), withVariables("qualityApproved", "true"));
        complete(task());
        execute(job("Event_AcknowledgementExpected"));
        complete(task(), withVariables("acknowledgementReceived", false));
        execute(job("Event_RecognitionExpected"));
        complete(task(), withVariables("recognitionAbroad", "NOT_YET_KNOWN"));
        assertThat(request).hasPassed("EndEvent_RecognitionNotKnown").isWaitingAt("Event_ReminderDue");
    }

    private void reply(String message) {
        runtimeService().createMessageCorrelation(message).processInstanceBusinessKey(REFERENCE).correlate();
    }

    private ProcessInstance start(String urgency, boolean translationRequired) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("reference", REFERENCE);
        variables.put("owningIrc", "ircAmsterdam");
        variables.put("executingService", "politie");
        variables.put("urgency", urgency);
        variables.put("translationRequired", translationRequired);
        variables.put("reminderInterval", "P30D");
        ProcessInstance request = runtimeService().startProcessInstanceByKey(ProcessKeys.OUTGOING_MLA, REFERENCE, variables);
        assertThat(request).isStarted();
        return request;
    }

    private static void routeIs(String route) {
        routeIs(route, false);
    }

    private static void routeIs(String route, boolean europeanInvestigationOrder) {
        Mocks.register("determineLegalBasisAndRouteDelegate", (JavaDelegate) execution -> {
            execution.setVariable("route", route);
            execution.setVariable("europeanInvestigationOrder", europeanInvestigationOrder);
        });
    }

    private static void liaisonMagistrate(boolean posted) {
        Mocks.register("informLiaisonMagistrateDelegate", (JavaDelegate) execution -> {
            execution.setVariable("expediteByLiaison", posted && !"NORMAL".equals(execution.getVariable("urgency")));
            execution.setVariable("chaseAuthority", posted ? "liaisonMagistrates" : execution.getVariable("owningIrc"));
        });
    }
}
