package nl.rechtshulp.investigationorder;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.rechtshulp.referencedata.DecisionTables;
import nl.rechtshulp.workflow.ProcessKeys;
import nl.rechtshulp.workflow.RecordingLifecycleRecorder;
import nl.rechtshulp.workflow.RefusalProposalTaskListener;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of {@code IncomingEioProcess}, with the Directive's deadlines as the engine's own timers: the clock is
 * moved to the day, only the timers due by then may fire. The deadline delegates and the decision listener are the
 * real ones, reading the real decision tables; steps that read the register are stand-ins (tested through the API).
 * The order arrives on Monday 2 March 2026; summer time starts on 29 March, between receipt and the decision.
 */
@Deployment(resources = {"processes/IncomingEioProcess.bpmn", "standins/ResultsTransferProcess.bpmn",
        "processes/EioTimeLimitsDecision.dmn", "processes/EioRefusalGroundsDecision.dmn"})
class IncomingEioProcessTests {

    private static final String REFERENCE = "RH-2026-000314";
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final LocalDate RECEIVED_ON = LocalDate.of(2026, 3, 2);

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .configurationResource("process-test.camunda.cfg.xml")
            .assertClassCoverageAtLeast(1.0)
            .build();

    private final List<String> warnings = new ArrayList<>();
    private final List<String> acknowledgements = new ArrayList<>();

    @BeforeEach
    void setUp(ProcessEngine processEngine) {
        init(processEngine);
        RecordingLifecycleRecorder.reset();
        moveTo(RECEIVED_ON, 10);
        Clock engineClock = new Clock() {
            @Override
            public ZoneId getZone() {
                return AMSTERDAM;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return Clock.fixed(instant(), zone);
            }

            @Override
            public Instant instant() {
                return ClockUtil.getCurrentTime().toInstant();
            }
        };
        DecisionTables tables = new DecisionTables(repositoryService());
        Mocks.register("determineLegalBasisAndRouteDelegate", (JavaDelegate) execution -> {
            execution.setVariable("route", "DIRECT");
            execution.setVariable("returnAuthority", execution.getVariable("receivingAuthority"));
        });
        Mocks.register("startEioDeadlinesDelegate", new StartEioDeadlinesDelegate(tables, engineClock));
        Mocks.register("acknowledgeReceiptTaskListener", (TaskListener) task -> acknowledgements.add(task.getId()));
        Mocks.register("suggestCompetentAuthorityDelegate", (JavaDelegate) execution -> {
            execution.setVariable("owningIrc", "ircAmsterdam");
            execution.setVariable("executingService", "politie");
        });
        Mocks.register("assignCompetentAuthorityTaskListener", (TaskListener) task -> { });
        Mocks.register("recognitionDecisionTaskListener", new RecognitionDecisionTaskListener(tables, engineClock));
        Mocks.register("refusalProposalTaskListener", new RefusalProposalTaskListener());
        Mocks.register("confirmRefusalTaskListener", (TaskListener) task -> { });
        Mocks.register("extendRecognitionDeadlineTaskListener", new ExtendRecognitionDeadlineTaskListener());
        Mocks.register("statutoryDeadlineWarningDelegate",
                (JavaDelegate) execution -> warnings.add(execution.getCurrentActivityId()));
        Mocks.register("startExecutionDeadlineDelegate", new StartExecutionDeadlineDelegate(tables, engineClock));
        Mocks.register("executeMeasuresTaskListener", (TaskListener) task -> { });
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService().clearAuthentication();
    }

    @Test
    void anOrderAcknowledgedOnDayThreeDecidedOnDayTwentyAndExecutedOnDayEighty() {
        ProcessInstance order = start(false, false);
        assertThat(task()).hasDefinitionKey("Task_AcknowledgeReceipt").hasCandidateGroup("ircRotterdam");
        // Art. 16(1): within a week of receipt, so through Monday 9 March.
        Assertions.assertThat(task().getDueDate().toInstant()).isEqualTo(lastSecondOf(LocalDate.of(2026, 3, 9)));
        // Art. 12(3): 30 days after receipt, through 1 April (summer time by then); warned five days before.
        Assertions.assertThat(dueOf("BoundaryEvent_RecognitionDeadlinePassed")).isEqualTo(lastSecondOf(LocalDate.of(2026, 4, 1)));
        Assertions.assertThat(dueOf("BoundaryEvent_RecognitionDeadlineNear")).isEqualTo(startOf(LocalDate.of(2026, 3, 27)));
        // Art. 12(5): once extended by 30 days at most, through 1 May.
        Assertions.assertThat(dueOf("BoundaryEvent_ExtendedRecognitionDeadlinePassed")).isEqualTo(lastSecondOf(LocalDate.of(2026, 5, 1)));

        moveTo(RECEIVED_ON.plusDays(3), 11);
        complete(task(), withVariables("acknowledgedOn", "2026-03-05"));
        Assertions.assertThat(acknowledgements).hasSize(1);
        assertThat(task()).hasDefinitionKey("Task_CheckCompleteness");
        complete(task(), withVariables("requestComplete", true));
        assertThat(task()).hasDefinitionKey("Task_AssignCompetentAuthority").hasCandidateGroup("coordinators");
        complete(task());

        moveTo(RECEIVED_ON.plusDays(20), 14);
        assertThat(task()).hasDefinitionKey("Task_AssessLegalConditions").hasCandidateGroup("ircAmsterdam");
        Assertions.assertThat(executableTimers()).as("nothing due on day 20").isEmpty();
        complete(task(), withVariables("recognitionDecision", "RECOGNISE", "officerName", "mr. A. de Vries"));

        assertThat(task()).hasDefinitionKey("Task_ExecuteMeasures").hasCandidateGroup("politie");
        Assertions.assertThat(timerActivities()).as("the decision's deadlines ended with it")
                .containsExactlyInAnyOrder("BoundaryEvent_ExecutionDeadlineNear", "BoundaryEvent_ExecutionDeadlinePassed");
        // Art. 12(4): 90 days after the decision of 22 March, through 20 June.
        Assertions.assertThat(dueOf("BoundaryEvent_ExecutionDeadlinePassed")).isEqualTo(lastSecondOf(LocalDate.of(2026, 6, 20)));
        Assertions.assertThat(dueOf("BoundaryEvent_ExecutionDeadlineNear")).isEqualTo(startOf(LocalDate.of(2026, 6, 15)));

        moveTo(RECEIVED_ON.plusDays(80), 9);
        Assertions.assertThat(executableTimers()).isEmpty();
        complete(task());
        assertThat(task()).hasDefinitionKey("Task_CloseRequest").hasCandidateGroup("ircAmsterdam");
        complete(task());

        assertThat(order).hasPassedInOrder("Task_DetermineLegalBasisAndRoute", "Task_StartEioDeadlines",
                "Task_AcknowledgeReceipt", "Task_AssessLegalConditions", "Gateway_ExaminingJudgeNeeded",
                "EndEvent_Recognised", "Task_StartExecutionDeadline", "Task_ExecuteMeasures",
                "CallActivity_TransferResults", "Task_CloseRequest", "EndEvent_EioExecuted").isEnded();
        assertThat(order).hasNotPassed("Task_RecordExaminingJudgeDecision", "Task_ExtendRecognitionDeadline");
        Assertions.assertThat(warnings).isEmpty();
        Assertions.assertThat(RecordingLifecycleRecorder.phases())
                .containsExactly("INTAKE", "COORDINATION", "ANALYSIS", "FOLLOW_UP", "CLOSED");
        Assertions.assertThat(RecordingLifecycleRecorder.outcomes()).containsExactly("EXECUTED");
    }

    @Test
    void anAcknowledgementNotSentByDayFiveIsWarnedOfTwoDaysBeforeItIsDue() {
        ProcessInstance order = start(false, false);
        Assertions.assertThat(dueOf("BoundaryEvent_AcknowledgementDeadlineNear")).isEqualTo(startOf(LocalDate.of(2026, 3, 7)));
        moveTo(LocalDate.of(2026, 3, 6), 23);
        Assertions.assertThat(executableTimers()).isEmpty();
        moveTo(LocalDate.of(2026, 3, 7), 0);
        Assertions.assertThat(executableTimers()).containsExactly("BoundaryEvent_AcknowledgementDeadlineNear");
        execute(job("BoundaryEvent_AcknowledgementDeadlineNear"));
        Assertions.assertThat(warnings).containsExactly("Task_WarnOfAcknowledgementDeadline");
        assertThat(order).hasPassed("EndEvent_AcknowledgementWarningGiven").isWaitingAt("Task_AcknowledgeReceipt");
        complete(task(), withVariables("acknowledgedOn", "2026-03-07"));
        assertThat(task()).hasDefinitionKey("Task_CheckCompleteness");
    }

    @Test
    void aDecisionPastDayThirtyIsExtendedOnceWithNoticeAndALateExecutionIsReported() {
        ProcessInstance order = start(false, false);
        walkToTheDecision();

        moveTo(LocalDate.of(2026, 3, 27), 0);
        Assertions.assertThat(executableTimers()).containsExactly("BoundaryEvent_RecognitionDeadlineNear");
        execute(job("BoundaryEvent_RecognitionDeadlineNear"));
        Assertions.assertThat(warnings).containsExactly("Task_WarnOfRecognitionDeadline");

        moveTo(LocalDate.of(2026, 4, 2), 0);
        Assertions.assertThat(executableTimers()).containsExactly("BoundaryEvent_RecognitionDeadlinePassed");
        execute(job("BoundaryEvent_RecognitionDeadlinePassed"));
        assertThat(order).isWaitingAt("Task_AssessLegalConditions", "Task_ExtendRecognitionDeadline");
        var extension = taskAt("Task_ExtendRecognitionDeadline");
        assertThat(extension).hasCandidateGroup("ircAmsterdam");
        assertThatThrownBy(() -> complete(extension, withVariables("expectedDecisionOn", "2026-05-04",
                "informedOn", "2026-04-02"))).as("beyond the one extension of 30 days").hasMessageContaining("2026-05-01");
        complete(extension, withVariables("expectedDecisionOn", "2026-04-20", "informedOn", "2026-04-02"));
        assertThat(order).hasPassed("EndEvent_RecognitionDeadlineExtended").variables()
                .containsEntry("recognitionExtended", true);

        moveTo(LocalDate.of(2026, 5, 2), 8);
        Assertions.assertThat(executableTimers()).containsExactly("BoundaryEvent_ExtendedRecognitionDeadlinePassed");
        execute(job("BoundaryEvent_ExtendedRecognitionDeadlinePassed"));
        var delay = taskAt("Task_ReportRecognitionDelay");
        assertThat(delay).hasCandidateGroup("ircAmsterdam").hasCandidateGroup("coordinators");
        complete(delay);

        complete(taskAt("Task_AssessLegalConditions"), withVariables("recognitionDecision", "OTHER_MEASURE",
                "otherMeasure", "Vordering bankgegevens in plaats van doorzoeking", "officerName", "mr. B. Jansen"));
        assertThat(order).isWaitingAt("Task_ExecuteMeasures");
        // Decided on 2 May: execution through 31 July.
        Assertions.assertThat(dueOf("BoundaryEvent_ExecutionDeadlinePassed")).isEqualTo(lastSecondOf(LocalDate.of(2026, 7, 31)));
        moveTo(LocalDate.of(2026, 7, 26), 0);
        execute(job("BoundaryEvent_ExecutionDeadlineNear"));
        moveTo(LocalDate.of(2026, 8, 1), 0);
        Assertions.assertThat(executableTimers()).containsExactly("BoundaryEvent_ExecutionDeadlinePassed");
        execute(job("BoundaryEvent_ExecutionDeadlinePassed"));
        var late = taskAt("Task_InformOfExecutionDelay");
        assertThat(late).hasCandidateGroup("ircAmsterdam").hasCandidateGroup("coordinators");
        complete(late);
        Assertions.assertThat(warnings).containsExactly("Task_WarnOfRecognitionDeadline", "Task_WarnOfExecutionDeadline");

        complete(taskAt("Task_ExecuteMeasures"));
        complete(task());
        assertThat(order).hasPassed("Task_ReportRecognitionDelay", "EndEvent_RecognitionDelayReported",
                "EndEvent_ExecutionWarningGiven", "EndEvent_ExecutionDelayReported", "EndEvent_EioExecuted").isEnded();
    }

    @Test
    void aRefusalOnAGroundThatNeedsConsultationIsConsultedFirstAndConfirmedByASecondOfficer() {
        ProcessInstance order = start(false, false);
        walkToTheDecision();
        as("ircamsterdam");
        complete(task(), withVariables("recognitionDecision", "REFUSE", "refusalGround", "NE_BIS_IN_IDEM",
                "officerName", "mr. A. de Vries", "reason", "Zelfde feiten in Nederland berecht"));
        // Art. 11(4): consult before refusing on ground (d).
        assertThat(task()).hasDefinitionKey("Task_ConsultIssuingAuthority").hasCandidateGroup("ircAmsterdam");
        complete(task(), withVariables("consultationOutcome", "REFUSAL_MAINTAINED"));
        assertThat(task()).hasDefinitionKey("Task_ConfirmRefusal").hasCandidateGroup("ircAmsterdam");
        assertThat(order).variables().containsEntry("refusalProposedBy", "ircamsterdam")
                .containsEntry("assistanceGranted", false);
        as("ircamsterdam2");
        complete(task(), withVariables("refusalConfirmed", true));
        assertThat(task()).hasDefinitionKey("Task_NotifyRefusal").hasCandidateGroup("ircRotterdam");
        Assertions.assertThat(managementService().createJobQuery().timers().count())
                .as("the decision's deadlines end with the refusal").isZero();
        complete(task());
        assertThat(order).hasPassedInOrder("Task_ConsultIssuingAuthority", "Task_ConfirmRefusal",
                "EndEvent_RefusalConfirmed", "BoundaryEvent_RefusalConfirmed", "Task_NotifyRefusal", "EndEvent_EioRefused")
                .hasNotPassed("Task_ExecuteMeasures").isEnded();
        Assertions.assertThat(RecordingLifecycleRecorder.outcomes()).containsExactly("REFUSED");
    }

    @Test
    void refusalsThatAreReconsideredGoBackToWhoeverProposedThem() {
        ProcessInstance order = start(true, false);
        walkToTheDecision();
        as("ircamsterdam");
        // Ground (g) needs no consultation (art. 11(4) names a, b, d, e and f).
        complete(task(), withVariables("recognitionDecision", "REFUSE", "refusalGround", "DUAL_CRIMINALITY"));
        assertThat(task()).hasDefinitionKey("Task_ConfirmRefusal");
        as("ircamsterdam2");
        complete(task(), withVariables("refusalConfirmed", false));
        assertThat(task()).as("back to the officier van justitie").hasDefinitionKey("Task_AssessLegalConditions");

        as("ircamsterdam");
        complete(task(), withVariables("recognitionDecision", "REFUSE", "refusalGround", "FUNDAMENTAL_RIGHTS"));
        complete(task(), withVariables("consultationOutcome", "RECONSIDER"));
        assertThat(task()).as("decided again with what the issuing authority said")
                .hasDefinitionKey("Task_AssessLegalConditions");
        complete(task(), withVariables("recognitionDecision", "RECOGNISE"));

        assertThat(task()).hasDefinitionKey("Task_RecordExaminingJudgeDecision").hasCandidateGroup("ircAmsterdam");
        complete(task(), withVariables("examiningJudgeAuthorises", false));
        as("ircamsterdam2");
        complete(task(), withVariables("refusalConfirmed", false));
        assertThat(task()).as("back to record the examining judge's decision")
                .hasDefinitionKey("Task_RecordExaminingJudgeDecision");
        complete(task(), withVariables("examiningJudgeAuthorises", true));
        assertThat(task()).hasDefinitionKey("Task_ExecuteMeasures");
        assertThat(order).hasPassed("Gateway_ConsultationRequired", "Task_ConsultIssuingAuthority",
                "Gateway_WhoReconsiders", "Gateway_ExaminingJudgeAuthorises").hasNotPassed("Task_NotifyRefusal");
    }

    @Test
    void aPostponedDecisionComesBackToTheOfficerOnTheDayItEnds() {
        ProcessInstance order = start(false, false);
        walkToTheDecision();
        assertThatThrownBy(() -> complete(task(), withVariables("recognitionDecision", "POSTPONE",
                "postponedUntil", "2026-03-02"))).as("a postponement ends after today").hasMessageContaining("postponedUntil");
        complete(task(), withVariables("recognitionDecision", "POSTPONE", "postponementGround", "ONGOING_INVESTIGATION",
                "postponedUntil", "2026-03-20"));
        assertThat(order).isWaitingAt("Event_PostponementEnds");
        Assertions.assertThat(dueOf("Event_PostponementEnds")).isEqualTo(startOf(LocalDate.of(2026, 3, 20)));

        moveTo(LocalDate.of(2026, 3, 20), 0);
        Assertions.assertThat(executableTimers()).containsExactly("Event_PostponementEnds");
        execute(job("Event_PostponementEnds"));
        assertThat(task()).hasDefinitionKey("Task_AssessLegalConditions");
        Assertions.assertThat(RecordingLifecycleRecorder.stages()).containsSubsequence("LEGAL_ASSESSMENT", "POSTPONED",
                "LEGAL_ASSESSMENT");
    }

    @Test
    void anIncompleteOrderWaitsForTheSupplementIsRemindedAndLapsesWithoutIt() {
        ProcessInstance order = start(false, false);
        complete(task(), withVariables("acknowledgedOn", "2026-03-02"));
        complete(task(), withVariables("requestComplete", false));
        assertThat(order).isWaitingAt("Task_AwaitSupplement");
        runtimeService().createMessageCorrelation(ProcessKeys.MESSAGE_SUPPLEMENT_RECEIVED)
                .processInstanceBusinessKey(REFERENCE).correlate();
        assertThat(task()).hasDefinitionKey("Task_CheckCompleteness");
        complete(task(), withVariables("requestComplete", false));

        execute(job("BoundaryEvent_SupplementReminderDue"));
        var reminder = taskAt("Task_RemindRequestingState");
        assertThat(reminder).hasCandidateGroup("ircRotterdam");
        complete(reminder);
        execute(job("BoundaryEvent_SupplementNeverArrived"));

        assertThat(order).hasPassed("EndEvent_ReminderSent", "EndEvent_SupplementNeverArrived", "EndEvent_EioLapsed")
                .isEnded();
        Assertions.assertThat(RecordingLifecycleRecorder.outcomes()).containsExactly("LAPSED");
    }

    @Test
    void aFreezingOrderIsDecidedWithinTwentyFourHours() {
        start(false, true);
        walkToTheDecision();
        // Art. 32(2): within 24 hours of receipt where practicable; registered at 10:00 on 2 March.
        Assertions.assertThat(task().getDueDate().toInstant())
                .isEqualTo(LocalDateTime.of(2026, 3, 3, 10, 0).atZone(AMSTERDAM).toInstant());
    }

    private ProcessInstance start(boolean examiningJudgeRequired, boolean freezing) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("reference", REFERENCE);
        variables.put("receivingAuthority", "ircRotterdam");
        variables.put("urgency", "NORMAL");
        variables.put("receivedOn", RECEIVED_ON.toString());
        variables.put("freezingRequested", freezing);
        variables.put("examiningJudgeRequired", examiningJudgeRequired);
        variables.put("supplementReminderAfter", "P30D");
        variables.put("supplementGiveUpAfter", "P90D");
        ProcessInstance order = runtimeService().startProcessInstanceByKey("IncomingEioProcess", REFERENCE, variables);
        assertThat(order).isStarted();
        return order;
    }

    /** Acknowledged, complete and assigned: the officier van justitie decides. */
    private static void walkToTheDecision() {
        complete(task(), withVariables("acknowledgedOn", "2026-03-02"));
        complete(task(), withVariables("requestComplete", true));
        complete(task());
        assertThat(task()).hasDefinitionKey("Task_AssessLegalConditions");
    }

    private static void moveTo(LocalDate day, int hour) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(hour, 0).atZone(AMSTERDAM).toInstant()));
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(AMSTERDAM).toInstant();
    }

    /** A deadline "within N days" passes at the last second of its last day. */
    private static Instant lastSecondOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(AMSTERDAM).toInstant().minusSeconds(1);
    }

    private static Instant dueOf(String activityId) {
        return job(activityId).getDuedate().toInstant();
    }

    private static org.camunda.bpm.engine.task.Task taskAt(String key) {
        return org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery().taskDefinitionKey(key).singleResult();
    }

    private static List<String> timerActivities() {
        return managementService().createJobQuery().timers().list().stream().map(IncomingEioProcessTests::activityOf).toList();
    }

    /** The timers due at the engine's current time: what the job executor would fire now. */
    private static List<String> executableTimers() {
        return managementService().createJobQuery().timers().executable().list().stream()
                .map(IncomingEioProcessTests::activityOf).toList();
    }

    private static String activityOf(Job timer) {
        return managementService().createJobDefinitionQuery().jobDefinitionId(timer.getJobDefinitionId()).singleResult()
                .getActivityId();
    }

    private static void as(String userId) {
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService().setAuthenticatedUserId(userId);
    }
}
