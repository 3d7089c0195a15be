package nl.rechtshulp.workflow;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path through {@code OutgoingExtraditionRequestProcess}. Stand-ins set what the treaty and completeness rules
 * answer; the deadline stand-in puts the escalation on day 30 and the deadline on day 60 after the arrest abroad (the
 * UAE treaty), and the clock is moved to fire them.
 */
@Deployment(resources = "processes/OutgoingExtraditionRequestProcess.bpmn")
class OutgoingExtraditionRequestProcessTests {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final String REFERENCE = "RH-2026-000601";
    private static final LocalDate ARRESTED_ON = LocalDate.of(2026, 11, 2);

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .configurationResource("process-test.camunda.cfg.xml")
            .assertClassCoverageAtLeast(1.0)
            .build();

    private boolean treatyBasisFound = true;
    private Integer formalRequestDays = 60;
    private final List<Boolean> completenessVerdicts = new ArrayList<>();

    @BeforeEach
    void setUp(ProcessEngine processEngine) {
        init(processEngine);
        RecordingLifecycleRecorder.reset();
        ClockUtil.setCurrentTime(Date.from(ARRESTED_ON.atTime(9, 0).atZone(AMSTERDAM).toInstant()));
        Mocks.register("determineTreatyBasisDelegate", (JavaDelegate) execution -> {
            execution.setVariable("treatyBasisFound", treatyBasisFound);
            execution.setVariable("treatyBasis", treatyBasisFound ? "Uitleveringsverdrag NL-VAE" : null);
            execution.setVariable("formalRequestDays", formalRequestDays);
        });
        Mocks.register("checkDraftCompletenessDelegate", (JavaDelegate) execution -> {
            boolean complete = completenessVerdicts.isEmpty() || completenessVerdicts.remove(0);
            execution.setVariable("draftComplete", complete);
            execution.setVariable("reminderInterval", "P30D");
            execution.setVariable("traceReviewInterval", "P90D");
        });
        Mocks.register("reviseDraftTaskListener", (TaskListener) task -> { });
        Mocks.register("translateRequestTaskListener", (TaskListener) task -> { });
        // Of what the step listener records, the process reads only that a release abroad was recorded.
        Mocks.register("extraditionStepTaskListener", (TaskListener) task -> {
            if ("Task_RecordReleaseAbroad".equals(task.getTaskDefinitionKey())) {
                task.getExecution().setVariable("personInCustody", false);
            }
        });
        Mocks.register("startFormalRequestDeadlineDelegate", (JavaDelegate) execution -> {
            Assertions.assertThat(execution.getVariable("arrestedOn")).isEqualTo(ARRESTED_ON.toString());
            // As for an ECE state: escalation on day 10, our request due by day 18, the last day 60 here.
            execution.setVariable("formalRequestEscalationAt", startOfDay(10));
            execution.setVariable("formalRequestDueAt", startOfDay(60));
            execution.setVariable("formalRequestTargetAt", startOfDay(18));
        });
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void arrestAbroadThenTheFormalRequestInTimeAndTheRequestedStateGrantsWithConditions() {
        ProcessInstance request = start();

        assertThat(task()).hasDefinitionKey("Task_RequestProvisionalArrest").hasCandidateGroup("ircAmsterdam");
        complete(task(), withVariables("arrestRequestChannel", "INTERPOL_RED_NOTICE"));
        assertThat(request).isWaitingAt("Task_AwaitArrestAbroad");
        Assertions.assertThat(RecordingLifecycleRecorder.clocks()).endsWith("ABROAD");
        execute(job("Event_TraceReviewDue"));
        assertThat(task()).hasDefinitionKey("Task_ReviewTrace");
        complete(task(), withVariables("traceStatus", "Nog niet gevonden", "abandonSearch", false));
        assertThat(request).hasPassed("EndEvent_TraceReviewed").isWaitingAt("Task_AwaitArrestAbroad");

        arrestedAbroad();
        assertThat(task()).hasDefinitionKey("Task_PrepareFormalRequest").hasCandidateGroup("ircAmsterdam");
        Assertions.assertThat(task().getDueDate()).as("due before the escalation").isEqualTo(startOfDay(10));
        Assertions.assertThat(job("Event_FormalRequestDeadlineMissed").getDuedate()).isEqualTo(startOfDay(60));
        complete(task(), withVariables("documentsAttached", true));
        assertThat(task()).hasDefinitionKey("Task_ReviewAndTransmitFormalRequest").hasCandidateGroup("airs");
        Assertions.assertThat(task().getDueDate()).as("before the requested state may release").isEqualTo(startOfDay(18));
        complete(task(), withVariables("formalRequestApproved", true));
        Assertions.assertThat(managementService().createJobQuery().timers().list())
                .as("deadline timers end, the reminder starts").hasSize(1);

        assertThat(request).isWaitingAt("Task_AwaitDecisionAbroad");
        execute(job("Event_DecisionReminderDue"));
        assertThat(task()).hasDefinitionKey("Task_ChaseDecision").hasCandidateGroup("airs");
        complete(task(), withVariables("chasedOn", "2026-12-20"));
        assertThat(request).hasPassed("EndEvent_DecisionChased");

        runtimeService().correlateMessage("FinalReplyReceived", REFERENCE);
        assertThat(task()).hasDefinitionKey("Task_RecordForeignDecision").hasCandidateGroup("ircAmsterdam");
        complete(task(), withVariables("foreignDecision", "GRANTED_WITH_CONDITIONS",
                "conditions", "Geen levenslange gevangenisstraf"));
        assertThat(task()).hasDefinitionKey("Task_ArrangeTransfer").hasCandidateGroup("kmar");
        complete(task(), withVariables("transferDate", "2027-01-15"));
        assertThat(task()).hasDefinitionKey("Task_ConfirmTransfer").hasCandidateGroup("kmar");
        complete(task(), withVariables("handedOverOn", "2027-01-15"));
        assertThat(task()).as("speciality and the guarantees bind the trial")
                .hasDefinitionKey("Task_PassConditionsToTrialProsecutor").hasCandidateGroup("ircAmsterdam");
        complete(task(), withVariables("conditionsPassedOn", "2027-01-16"));

        assertThat(request).hasPassed("Task_RecordDutchWarrant", "EndEvent_PersonTransferred").isEnded();
        Assertions.assertThat(RecordingLifecycleRecorder.phases())
                .containsExactly("INTAKE", "COORDINATION", "ANALYSIS", "FOLLOW_UP", "CLOSED");
        Assertions.assertThat(RecordingLifecycleRecorder.outcomes()).containsExactly("SURRENDERED");
    }

    @Test
    void aSearchWithoutResultCanBeGivenUp() {
        ProcessInstance request = start();
        complete(task(), withVariables("arrestRequestChannel", "INTERPOL_RED_NOTICE"));
        execute(job("Event_TraceReviewDue"));
        complete(task(), withVariables("traceStatus", "Twee jaar niet gevonden", "abandonSearch", true,
                "reason", "Vervolging overgedragen"));

        assertThat(request).hasPassed("EndEvent_SearchAbandoned").hasNotPassed("Task_StartFormalRequestDeadline").isEnded();
        Assertions.assertThat(RecordingLifecycleRecorder.outcomes()).containsExactly("WITHDRAWN");
    }

    @Test
    void withoutATreatyTheOfficerConsidersAnAlternative() {
        treatyBasisFound = false;
        ProcessInstance request = start();

        assertThat(task()).hasDefinitionKey("Task_ConsiderAlternatives").hasCandidateGroup("ircAmsterdam");
        complete(task(), withVariables("reason", "Overdracht van strafvervolging"));

        assertThat(request).hasPassed("EndEvent_NoTreatyBasis").isEnded();
        Assertions.assertThat(RecordingLifecycleRecorder.outcomes()).containsExactly("WITHDRAWN");
    }

    @Test
    void anIncompleteDraftIsRevisedOrAbandoned() {
        completenessVerdicts.addAll(List.of(false, false));
        ProcessInstance request = start();

        assertThat(task()).hasDefinitionKey("Task_ReviseDraft");
        complete(task(), withVariables("abandonDraft", false));
        assertThat(task()).hasDefinitionKey("Task_ReviseDraft");
        complete(task(), withVariables("abandonDraft", true));

        assertThat(request).hasPassed("EndEvent_DraftAbandoned").isEnded();
        Assertions.assertThat(RecordingLifecycleRecorder.outcomes()).containsExactly("WITHDRAWN");
    }

    @Test
    void aFormalRequestAirsSendsBackEscalatesOnceBeforeTheDeadline() {
        ProcessInstance request = start();
        complete(task(), withVariables("arrestRequestChannel", "PROVISIONAL_ARREST_REQUEST"));
        arrestedAbroad();
        complete(task(), withVariables("documentsAttached", true));
        complete(task(), withVariables("formalRequestApproved", false));
        assertThat(task()).hasDefinitionKey("Task_PrepareFormalRequest");

        moveClockTo(9);
        Assertions.assertThat(managementService().createJobQuery().executable().count()).isZero();
        moveClockTo(10);
        execute(job("Event_FormalRequestEscalation"));
        Assertions.assertThat(taskQuery().taskDefinitionKey("Task_EscalateFormalRequest").singleResult().getDueDate())
                .as("the escalation is due when our request is: before the requested state may release")
                .isEqualTo(startOfDay(18));
        complete(taskQuery().taskDefinitionKey("Task_EscalateFormalRequest").singleResult(),
                withVariables("escalationAction", "Vertaling met spoed"));
        assertThat(request).hasPassed("EndEvent_FormalRequestEscalated");
        Assertions.assertThat(managementService().createJobQuery().timers().activityId("Event_FormalRequestEscalation")
                .count()).as("one escalation, however often the request goes back").isZero();

        complete(task(), withVariables("documentsAttached", true));
        complete(task(), withVariables("formalRequestApproved", true));
        assertThat(request).isWaitingAt("Task_AwaitDecisionAbroad");
    }

    @Test
    void whenTheDeadlinePassesThePersonIsReleasedAbroadAndTheIrcMayClose() {
        ProcessInstance request = start();
        complete(task(), withVariables("arrestRequestChannel", "INTERPOL_RED_NOTICE"));
        arrestedAbroad();

        moveClockTo(60);
        execute(job("Event_FormalRequestDeadlineMissed"));
        var release = taskQuery().taskDefinitionKey("Task_RecordReleaseAbroad").singleResult();
        assertThat(release).hasCandidateGroup("ircAmsterdam");
        Assertions.assertThat(taskQuery().taskDefinitionKey("Task_PrepareFormalRequest").count())
                .as("the release does not take the formal request away").isOne();
        complete(release, withVariables("releasedOn", "2027-01-01", "formalRequestStillSent", false,
                "reason", "Opsporing na vrijlating niet haalbaar"));

        assertThat(request).hasPassed("EndEvent_ReleasedAbroad").hasNotPassed("Task_AwaitDecisionAbroad").isEnded();
        Assertions.assertThat(RecordingLifecycleRecorder.outcomes()).containsExactly("LAPSED");
    }

    @Test
    void aFormalRequestSentAfterTheReleaseAbroadCarriesTheCaseOn() {
        ProcessInstance request = start();
        complete(task(), withVariables("arrestRequestChannel", "INTERPOL_RED_NOTICE"));
        arrestedAbroad();

        moveClockTo(60);
        execute(job("Event_FormalRequestDeadlineMissed"));
        complete(taskQuery().taskDefinitionKey("Task_RecordReleaseAbroad").singleResult(), withVariables(
                "releasedOn", "2027-01-01", "formalRequestStillSent", true,
                "reason", "Een later verzoek leidt tot een nieuwe aanhouding (EVU art. 16 lid 5)"));
        assertThat(request).hasPassed("EndEvent_ReleaseAbroadRecorded").isNotEnded();

        complete(taskQuery().taskDefinitionKey("Task_PrepareFormalRequest").singleResult(),
                withVariables("documentsAttached", true));
        complete(task(), withVariables("formalRequestApproved", true));
        assertThat(request).isWaitingAt("Task_AwaitDecisionAbroad");
        Assertions.assertThat(RecordingLifecycleRecorder.outcomes()).isEmpty();
    }

    @Test
    void theRequestedStateRefuses() {
        ProcessInstance request = start();
        complete(task(), withVariables("arrestRequestChannel", "INTERPOL_RED_NOTICE"));
        arrestedAbroad();
        complete(task(), withVariables("documentsAttached", true));
        complete(task(), withVariables("formalRequestApproved", true));
        runtimeService().correlateMessage("FinalReplyReceived", REFERENCE);
        complete(task(), withVariables("foreignDecision", "REFUSED"));

        assertThat(request).hasPassed("EndEvent_ExtraditionRefusedAbroad").isEnded();
        Assertions.assertThat(RecordingLifecycleRecorder.outcomes()).containsExactly("REFUSED");
    }

    private ProcessInstance start() {
        ProcessInstance request = runtimeService().startProcessInstanceByKey("OutgoingExtraditionRequestProcess",
                REFERENCE, Map.of("reference", REFERENCE, "requestedState", "AE", "partnerState", "AE",
                        "urgency", "NORMAL", "receivingAuthority", "ircAmsterdam", "owningIrc", "ircAmsterdam",
                        "purpose", "PROSECUTION"));
        assertThat(request).isStarted();
        if (taskQuery().taskDefinitionKey("Task_RecordDutchWarrant").count() > 0) {
            // The Dutch warrant comes before any request for provisional arrest.
            assertThat(task()).hasCandidateGroup("ircAmsterdam");
            Assertions.assertThat(managementService().createJobQuery().count()).isZero();
            complete(task(), withVariables("dutchWarrantKind", "EXAMINING_JUDGE_WARRANT"));
        }
        return request;
    }

    @Test
    void whereNoInstrumentSetsTheLimitAirsRecordsItAfterTheArrest() {
        formalRequestDays = null;
        ProcessInstance request = start();
        complete(task(), withVariables("arrestRequestChannel", "INTERPOL_RED_NOTICE"));
        arrestedAbroad();

        assertThat(task()).hasDefinitionKey("Task_SetProvisionalArrestLimit").hasCandidateGroup("airs");
        complete(task(), withVariables("provisionalArrestLimitDays", 60L, "limitReason", "Termijn van de aangezochte staat"));
        assertThat(request).hasPassedInOrder("Task_AwaitArrestAbroad", "Task_SetProvisionalArrestLimit",
                "Task_StartFormalRequestDeadline");
        assertThat(task()).hasDefinitionKey("Task_PrepareFormalRequest");
    }

    @Test
    void aReleaseAbroadBeforeOurFormalRequestIsRecordedAtOnceAndNotAskedForAgainOnTheLastDay() {
        ProcessInstance request = start();
        complete(task(), withVariables("arrestRequestChannel", "INTERPOL_RED_NOTICE"));
        arrestedAbroad();
        moveClockTo(20);
        runtimeService().createMessageCorrelation("PersonReleasedAbroad").processInstanceBusinessKey(REFERENCE)
                .setVariable("releasedOn", ARRESTED_ON.plusDays(20).toString()).correlate();
        var release = taskQuery().taskDefinitionKey("Task_RecordReleaseAbroad").singleResult();
        assertThat(release).hasCandidateGroup("ircAmsterdam");
        complete(release, withVariables("formalRequestStillSent", true));
        assertThat(request).hasPassed("EndEvent_ReleaseAbroadRecorded").isWaitingAt("Task_PrepareFormalRequest");

        runtimeService().createMessageCorrelation("PersonReleasedAbroad").processInstanceBusinessKey(REFERENCE)
                .setVariable("releasedOn", ARRESTED_ON.plusDays(20).toString()).correlate();
        assertThat(request).as("the same release reported twice").hasPassed("EndEvent_ReleaseReportedAgain");
        moveClockTo(60);
        execute(job("Event_FormalRequestDeadlineMissed"));
        assertThat(request).hasPassed("EndEvent_ReleaseAlreadyRecorded").isWaitingAt("Task_PrepareFormalRequest");
        Assertions.assertThat(taskQuery().taskDefinitionKey("Task_RecordReleaseAbroad").count()).isZero();
    }

    private void arrestedAbroad() {
        runtimeService().createMessageCorrelation("PersonArrestedAbroad").processInstanceBusinessKey(REFERENCE)
                .setVariable("arrestedOn", ARRESTED_ON.toString()).correlate();
    }

    private static Date startOfDay(int day) {
        return Date.from(ARRESTED_ON.plusDays(day).atStartOfDay(AMSTERDAM).toInstant());
    }

    private static void moveClockTo(int day) {
        ClockUtil.setCurrentTime(Date.from(ARRESTED_ON.plusDays(day).atTime(9, 0).atZone(AMSTERDAM).toInstant()));
    }
}
