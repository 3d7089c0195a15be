package nl.rechtshulp.workflow;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path through {@code IncomingExtraditionRequestProcess}. The treaty and person rules are stand-ins setting what
 * the decision tables answer (the tables have their own tests); the deadline stand-in puts the timers on the treaty's
 * days from an arrest date, and the clock is moved to fire them.
 */
@Deployment(resources = "processes/IncomingExtraditionRequestProcess.bpmn")
class IncomingExtraditionRequestProcessTests {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final LocalDate ARRESTED_ON = LocalDate.of(2026, 11, 2);
    private static final java.util.Set<String> CUSTODY_LAPSE_TIMERS = java.util.Set.of(
            "Event_CustodyLapsedBeforeHearing", "Event_CustodyOrderLapsed");
    private static final java.util.Set<String> CUSTODY_TRACK = java.util.Set.of("Task_BringBeforeExaminingJudge",
            "Task_ReviewCustodyOrder", "Task_RecordArrestOnFormalRequest");

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .configurationResource("process-test.camunda.cfg.xml")
            .assertClassCoverageAtLeast(1.0)
            .build();

    private String treatyOutcome = "TREATY";
    private Integer formalRequestDays = 60;
    private boolean extraditionExcluded;
    private boolean guaranteesNeeded;

    @BeforeEach
    void setUp(ProcessEngine processEngine) {
        init(processEngine);
        RecordingLifecycleRecorder.reset();
        ClockUtil.setCurrentTime(Date.from(ARRESTED_ON.atTime(9, 0).atZone(AMSTERDAM).toInstant()));
        // Started with a reference, as the API starts it: the start form's registration passes.
        Mocks.register("registerExtraditionFromStartForm", (ExecutionListener) execution ->
                Assertions.assertThat(execution.getProcessBusinessKey()).isNotNull());
        Mocks.register("determineTreatyBasisDelegate", (JavaDelegate) execution -> {
            execution.setVariable("treatyOutcome", treatyOutcome);
            execution.setVariable("treatyBasis", "Uitleveringsverdrag NL-VAE");
            execution.setVariable("formalRequestDays", formalRequestDays);
        });
        // UAE: the formal request by day 60, custody reviewed on day 45.
        Mocks.register("startFormalRequestDeadlineDelegate", (JavaDelegate) execution -> {
            Assertions.assertThat(execution.getVariable("arrestedOn")).isEqualTo(ARRESTED_ON.toString());
            execution.setVariable("formalRequestReviewAt", startOfDay(45));
            execution.setVariable("formalRequestDueAt", startOfDay(60));
        });
        Mocks.register("assessExtraditionConditionsDelegate", (JavaDelegate) execution -> {
            execution.setVariable("guaranteeReminderInterval", "P14D");
            execution.setVariable("extraditionExcluded", extraditionExcluded);
            execution.setVariable("guaranteesNeeded", guaranteesNeeded);
        });
        // The surrender's deadlines as the step listener sets them: confirm by the day, resolve from the next
        // morning, release by day 30 after it (ECE art. 18(4)).
        Mocks.register("extraditionStepTaskListener", (TaskListener) task -> {
            if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
                recordCustodyAsTheStepListenerDoes(task);
            }
            boolean newDate = "Task_ResolveMissedSurrender".equals(task.getTaskDefinitionKey())
                    && "NEW_DATE".equals(task.getVariable("missedSurrenderAction"));
            if (("Task_ArrangeSurrender".equals(task.getTaskDefinitionKey()) || newDate)
                    && TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
                LocalDate fixedOn = LocalDate.parse((String) task.getVariable(newDate ? "newSurrenderDate" : "surrenderDate"));
                task.getExecution().setVariable("surrenderDueAt", Date.from(fixedOn.plusDays(1)
                        .atStartOfDay(AMSTERDAM).toInstant().minusSeconds(1)));
                task.getExecution().setVariable("surrenderNotCarriedOutAt",
                        Date.from(fixedOn.plusDays(1).atStartOfDay(AMSTERDAM).toInstant()));
                task.getExecution().setVariable("surrenderReleaseAt",
                        Date.from(fixedOn.plusDays(30).atStartOfDay(AMSTERDAM).toInstant()));
                task.getExecution().setVariable("surrenderReleasePossibleAt",
                        Date.from(fixedOn.plusDays(15).atStartOfDay(AMSTERDAM).toInstant()));
            }
        });
    }

    /**
     * Custody as the step listener records it: an arrest starts the inverzekeringstelling (until the end of day 3), a
     * judge's order runs 20 more days, and a release or surrender ends it.
     */
    private static void recordCustodyAsTheStepListenerDoes(DelegateTask task) {
        switch (task.getTaskDefinitionKey()) {
            case "Task_RecordProvisionalArrest" -> custodyUntil(task, 3);
            case "Task_RecordArrestOnFormalRequest" -> {
                if (Boolean.TRUE.equals(task.getVariable("arrestedOnFormalRequest"))) {
                    custodyUntil(task, 3);
                } else {
                    task.getExecution().setVariable("personInCustody", false);
                }
            }
            case "Task_RecordArrestOnLateFormalRequest" -> {
                if (Boolean.TRUE.equals(task.getVariable("arrestedAgain"))) {
                    custodyUntil(task, 78);
                }
            }
            case "Task_BringBeforeExaminingJudge", "Task_ReviewCustodyOrder" -> {
                if ("true".equals(String.valueOf(task.getVariable("inverzekeringstellingExtended")))) {
                    custodyUntil(task, 6);
                } else if (Boolean.TRUE.equals(task.getVariable("custodyContinues"))) {
                    task.getExecution().setVariable("custodyEndsAt", endOfDay(23));
                }
            }
            case "Task_DecideOnCustody" -> {
                if (Boolean.FALSE.equals(task.getVariable("keepInCustody"))) {
                    task.getExecution().setVariable("personInCustody", false);
                }
            }
            case "Task_ActOnLapsedCustody" -> {
                if ("RELEASED".equals(task.getVariable("lapsedCustodyAction"))) {
                    task.getExecution().setVariable("personInCustody", false);
                }
            }
            case "Task_RecordCourtDecision" -> task.getExecution().setVariable("cassationLodgingDueAt", endOfDay(14));
            case "Task_ReleasePerson", "Task_ReleaseNotTakenOver", "Task_ConfirmSurrender" ->
                    task.getExecution().setVariable("personInCustody", false);
            default -> { }
        }
    }

    private static void custodyUntil(DelegateTask task, int day) {
        task.getExecution().setVariable("custodyEndsAt", endOfDay(day));
        task.getExecution().setVariable("personInCustody", true);
    }

    /** Custody has a track of its own beside the procedure: the one open task of the procedure itself. */
    private static Task mainTask() {
        var open = taskQuery().list().stream().filter(task -> !CUSTODY_TRACK.contains(task.getTaskDefinitionKey())).toList();
        Assertions.assertThat(open).as("one open task in the procedure").hasSize(1);
        return open.get(0);
    }

    private static Task custodyTask() {
        var open = taskQuery().list().stream().filter(task -> CUSTODY_TRACK.contains(task.getTaskDefinitionKey())).toList();
        Assertions.assertThat(open).as("one open custody task").hasSize(1);
        return open.get(0);
    }

    /** The procedure's own timers, without the alarm for an order of detention that ran out (custody's own track). */
    private static java.util.List<org.camunda.bpm.engine.runtime.Job> procedureJobs(boolean dueOnly) {
        java.util.Set<String> lapseTimers = new java.util.HashSet<>();
        CUSTODY_LAPSE_TIMERS.forEach(activity -> managementService().createJobQuery().activityId(activity).list()
                .forEach(job -> lapseTimers.add(job.getId())));
        var query = managementService().createJobQuery();
        return (dueOnly ? query.executable() : query).list().stream()
                .filter(job -> !lapseTimers.contains(job.getId())).toList();
    }

    private static Date endOfDay(int day) {
        return Date.from(ARRESTED_ON.plusDays(day + 1L).atStartOfDay(AMSTERDAM).toInstant().minusSeconds(1));
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void provisionalArrestThenFormalRequestInTimeThroughCourtAndMinisterToSurrender() {
        ProcessInstance request = start("PROVISIONAL_ARREST_ALERT");

        assertThat(mainTask()).hasDefinitionKey("Task_RecordProvisionalArrest").hasCandidateGroup("ircRotterdam");
        complete(mainTask(), withVariables("arrestedOn", ARRESTED_ON.toString()));
        assertThat(request).isWaitingAt("Task_AwaitFormalRequest");
        Assertions.assertThat(job("Event_FormalRequestDeadlineExpired").getDuedate()).isEqualTo(startOfDay(60));
        Assertions.assertThat(job("Event_CustodyReviewDue").getDuedate()).isEqualTo(startOfDay(45));
        Assertions.assertThat(RecordingLifecycleRecorder.clocks()).endsWith("STOPPED");

        moveClockTo(30);
        Assertions.assertThat(procedureJobs(true)).isEmpty();
        runtimeService().correlateMessage("FormalRequestReceived", "RH-2026-000501");
        Assertions.assertThat(procedureJobs(false)).as("deadline timers end").isEmpty();

        assertThat(mainTask()).hasDefinitionKey("Task_AssessAsCentralAuthority").hasCandidateGroup("airs");
        complete(mainTask(), withVariables("centralAuthorityAccepts", true));
        assertThat(mainTask()).hasDefinitionKey("Task_RecordExaminingJudgeHearing").hasCandidateGroup("ircRotterdam");
        throughTheCourt(true, "NONE");
        minister("GRANTED");
        complete(mainTask(), withVariables("summaryProceedingsOutcome", "NOT_BROUGHT"));
        surrender();

        assertThat(request).hasPassedInOrder("Task_DetermineTreatyBasis", "Task_RecordProvisionalArrest",
                "Task_StartFormalRequestDeadline", "Task_AwaitFormalRequest", "Task_AssessAsCentralAuthority",
                "Task_AssessPersonConditions", "Task_RecordExaminingJudgeHearing", "Task_ClaimCourtExamination",
                "Task_RecordCourtDecision", "Task_RecordCassationAppeal", "Task_AdviseMinister",
                "Task_RecordMinisterDecision", "Task_RecordSummaryProceedings", "Task_ArrangeSurrender",
                "Task_ConfirmSurrender", "EndEvent_PersonSurrendered").isEnded();
        assertThat(request).hasNotPassed("Task_ReleasePerson", "Task_RequestGuarantees", "Task_FileCassationGrounds");
        Assertions.assertThat(RecordingLifecycleRecorder.phases())
                .containsExactly("INTAKE", "COORDINATION", "ANALYSIS", "FOLLOW_UP", "CLOSED");
        Assertions.assertThat(RecordingLifecycleRecorder.stages()).containsSubsequence("TREATY_BASIS",
                "PROVISIONAL_ARREST", "AWAITING_FORMAL_REQUEST", "CENTRAL_AUTHORITY", "EXAMINING_JUDGE", "COURT",
                "CASSATION", "MINISTER", "SUMMARY_PROCEEDINGS", "SURRENDER", "CLOSED");
        Assertions.assertThat(RecordingLifecycleRecorder.outcomes()).containsExactly("SURRENDERED");
    }

    @Test
    void withoutTheFormalRequestCustodyIsReviewedAheadAndThePersonReleasedWhenTheDeadlineExpires() {
        ProcessInstance request = start("PROVISIONAL_ARREST_ALERT");
        complete(mainTask(), withVariables("arrestedOn", ARRESTED_ON.toString()));

        moveClockTo(44);
        Assertions.assertThat(procedureJobs(true)).isEmpty();
        moveClockTo(45);
        Assertions.assertThat(procedureJobs(true)).extracting(job -> job.getDuedate()).containsExactly(startOfDay(45));
        execute(job("Event_CustodyReviewDue"));
        assertThat(mainTask()).hasDefinitionKey("Task_DecideOnCustody").hasCandidateGroup("ircRotterdam");
        Assertions.assertThat(taskService().getIdentityLinksForTask(mainTask().getId()))
                .extracting(link -> link.getGroupId()).as("detention is not AIRS's to decide").doesNotContain("airs");
        Assertions.assertThat(mainTask().getDueDate()).as("the deadline is the task's due date").isEqualTo(startOfDay(60));
        complete(mainTask(), withVariables("keepInCustody", true));
        assertThat(request).hasPassed("EndEvent_CustodyDecided").isWaitingAt("Task_AwaitFormalRequest");

        moveClockTo(60);
        execute(job("Event_FormalRequestDeadlineExpired"));
        assertThat(mainTask()).hasDefinitionKey("Task_ReleasePerson").hasCandidateGroup("ircRotterdam");
        complete(mainTask(), withVariables("releasedOn", ARRESTED_ON.plusDays(60).toString()));

        // ECE art. 16(5): the release does not end the case; AIRS looks at it again every 30 days.
        assertThat(request).isWaitingAt("Task_AwaitLateFormalRequest").isNotEnded();
        Assertions.assertThat(RecordingLifecycleRecorder.outcomes()).isEmpty();
        execute(job("Event_LateFormalRequestReviewDue"));
        assertThat(mainTask()).hasDefinitionKey("Task_ReviewLateFormalRequest").hasCandidateGroup("airs");
        complete(mainTask(), withVariables("keepOpen", true));
        assertThat(request).hasPassed("EndEvent_LateRequestKeptOpen").isWaitingAt("Task_AwaitLateFormalRequest");
        execute(job("Event_LateFormalRequestReviewDue"));
        complete(mainTask(), withVariables("keepOpen", false));

        assertThat(request).hasPassed("EndEvent_ReleasedWithoutFormalRequest").isEnded();
        Assertions.assertThat(RecordingLifecycleRecorder.outcomes()).containsExactly("LAPSED");
    }

    @Test
    void aFormalRequestThatComesAfterTheReleaseLeadsToAnArrestAndTheProcedure() {
        ProcessInstance request = start("PROVISIONAL_ARREST_ALERT");
        complete(mainTask(), withVariables("arrestedOn", ARRESTED_ON.toString()));
        moveClockTo(60);
        execute(job("Event_FormalRequestDeadlineExpired"));
        complete(mainTask(), withVariables("releasedOn", ARRESTED_ON.plusDays(60).toString()));

        runtimeService().correlateMessage("FormalRequestReceived", "RH-2026-000501");
        assertThat(mainTask()).hasDefinitionKey("Task_RecordArrestOnLateFormalRequest").hasCandidateGroup("ircRotterdam");
        complete(mainTask(), withVariables("arrestedAgain", true, "arrestedAgainOn", ARRESTED_ON.plusDays(75).toString()));
        assertThat(request).hasPassedInOrder("Task_ReleasePerson", "Task_AwaitLateFormalRequest",
                "Task_RecordArrestOnLateFormalRequest", "Gateway_FormalRequestAvailable")
                .isWaitingAt("Task_AssessAsCentralAuthority");
        Assertions.assertThat(managementService().createJobQuery().activityId("Event_LateFormalRequestReviewDue").count())
                .as("no more reviews once it arrived").isZero();
    }

    @Test
    void aCustodyReviewStillOpenWhenTheCaseEndsEndsWithIt() {
        ProcessInstance request = start("PROVISIONAL_ARREST_ALERT");
        complete(mainTask(), withVariables("arrestedOn", ARRESTED_ON.toString()));
        moveClockTo(45);
        execute(job("Event_CustodyReviewDue"));
        runtimeService().correlateMessage("FormalRequestReceived", "RH-2026-000501");
        Assertions.assertThat(taskQuery().list()).extracting(task -> task.getTaskDefinitionKey())
                .containsExactlyInAnyOrder("Task_DecideOnCustody", "Task_AssessAsCentralAuthority",
                        "Task_BringBeforeExaminingJudge");
        complete(taskQuery().taskDefinitionKey("Task_AssessAsCentralAuthority").singleResult(),
                withVariables("centralAuthorityAccepts", false));
        complete(taskQuery().taskDefinitionKey("Task_InformRequestingStateOfRefusal").singleResult(),
                withVariables("informedOn", "2026-12-18"));

        assertThat(request).hasPassed("EndEvent_ExtraditionRefused").isEnded();
        Assertions.assertThat(taskQuery().count()).as("nothing is left open in a closed case").isZero();
    }

    @Test
    void aWithdrawalEndsEveryTaskAndLeavesTheReleaseOfAPersonHeldToTheOfficier() {
        ProcessInstance request = start("PROVISIONAL_ARREST_ALERT");
        complete(mainTask(), withVariables("arrestedOn", ARRESTED_ON.toString()));
        runtimeService().setVariable(request.getId(), "personInCustody", true);
        moveClockTo(45);
        execute(job("Event_CustodyReviewDue"));

        runtimeService().createMessageCorrelation("RequestWithdrawn").processInstanceBusinessKey("RH-2026-000501")
                .setVariable("withdrawalReason", "Vervolging gestaakt").correlate();

        Assertions.assertThat(taskQuery().list()).extracting(task -> task.getTaskDefinitionKey())
                .as("the custody review ends; the release is what is left").containsExactly("Task_ReleaseOnWithdrawal");
        Assertions.assertThat(managementService().createJobQuery().count()).as("and every deadline, custody's too").isZero();
        assertThat(request).isNotEnded();
        var release = taskQuery().taskDefinitionKey("Task_ReleaseOnWithdrawal").singleResult();
        assertThat(release).hasCandidateGroup("ircRotterdam");
        Assertions.assertThat(release.getPriority()).as("to the top of the officier's list").isEqualTo(100);
        complete(release, withVariables("heldAtWithdrawal", "true", "releasedOn", ARRESTED_ON.plusDays(45).toString()));

        assertThat(request).hasPassed("EndEvent_ExtraditionWithdrawn").isEnded();
        Assertions.assertThat(taskQuery().count()).isZero();
        Assertions.assertThat(RecordingLifecycleRecorder.outcomes()).containsExactly("WITHDRAWN");
    }

    @Test
    void aWithdrawalOfARequestForAPersonAlreadyReleasedClosesTheCaseAtOnce() {
        ProcessInstance request = start("FORMAL_REQUEST");
        runtimeService().setVariable(request.getId(), "personInCustody", false);

        runtimeService().createMessageCorrelation("RequestWithdrawn").processInstanceBusinessKey("RH-2026-000501")
                .setVariable("withdrawalReason", "Persoon elders uitgeleverd").correlate();

        assertThat(request).hasPassed("EndEvent_ExtraditionWithdrawn").hasNotPassed("Task_ReleaseOnWithdrawal")
                .isEnded();
        Assertions.assertThat(RecordingLifecycleRecorder.outcomes()).containsExactly("WITHDRAWN");
    }

    @Test
    void whereNoStepRecordedWhetherThePersonIsHeldTheOfficierChecksOnAWithdrawal() {
        ProcessInstance request = start("FORMAL_REQUEST");

        runtimeService().createMessageCorrelation("RequestWithdrawn").processInstanceBusinessKey("RH-2026-000501")
                .setVariable("withdrawalReason", "Vervolging gestaakt").correlate();

        assertThat(mainTask()).hasDefinitionKey("Task_ReleaseOnWithdrawal").hasCandidateGroup("ircRotterdam");
        complete(mainTask(), withVariables("heldAtWithdrawal", "false"));
        assertThat(request).hasPassed("EndEvent_ExtraditionWithdrawn").isEnded();
    }

    @Test
    void aSurrenderNotCarriedOutOnTheDateGetsANewDateAndThenTakesPlaceLate() {
        ProcessInstance request = toTheSurrender();
        complete(mainTask(), withVariables("surrenderDate", ARRESTED_ON.plusDays(50).toString()));
        assertThat(mainTask()).hasDefinitionKey("Task_ConfirmSurrender");
        Assertions.assertThat(mainTask().getDueDate()).as("confirmed on the day agreed").isEqualTo(
                Date.from(ARRESTED_ON.plusDays(51).atStartOfDay(AMSTERDAM).toInstant().minusSeconds(1)));

        moveClockTo(50);
        Assertions.assertThat(procedureJobs(true)).isEmpty();
        moveClockTo(51);
        execute(job("Event_SurrenderNotCarriedOut"));
        assertThat(mainTask()).hasDefinitionKey("Task_ResolveMissedSurrender").hasCandidateGroup("ircRotterdam")
                .hasCandidateGroup("airs");
        Assertions.assertThat(mainTask().getDueDate()).as("the last day of custody").isEqualTo(startOfDay(80));
        Assertions.assertThat(job("Event_SurrenderReleaseDue").getDuedate()).isEqualTo(startOfDay(80));
        complete(mainTask(), withVariables("missedSurrenderAction", "NEW_DATE", "newSurrenderDate",
                ARRESTED_ON.plusDays(55).toString(), "reason", "Vlucht geannuleerd (overmacht)"));

        assertThat(mainTask()).as("the new date is confirmed; the release deadline runs from it")
                .hasDefinitionKey("Task_ConfirmSurrender");
        Assertions.assertThat(job("Event_SurrenderNotCarriedOut").getDuedate()).as("the new date's deadlines")
                .isEqualTo(startOfDay(56));
        moveClockTo(56);
        execute(job("Event_SurrenderNotCarriedOut"));
        complete(mainTask(), withVariables("missedSurrenderAction", "HANDED_OVER", "handedOverOn",
                ARRESTED_ON.plusDays(55).toString(), "reason", "Overgedragen; de KMar bevestigde niet op tijd"));

        assertThat(request).hasPassed("Gateway_PersonSurrendered", "EndEvent_PersonSurrendered").isEnded();
        Assertions.assertThat(RecordingLifecycleRecorder.outcomes()).containsExactly("SURRENDERED");
    }

    @Test
    void aPersonNotTakenOverIsReleasedOnTheLastDayOrEarlierWhenTheIrcDecides() {
        ProcessInstance request = toTheSurrender();
        complete(mainTask(), withVariables("surrenderDate", ARRESTED_ON.plusDays(50).toString()));
        moveClockTo(51);
        execute(job("Event_SurrenderNotCarriedOut"));

        moveClockTo(64);
        Assertions.assertThat(procedureJobs(true)).isEmpty();
        moveClockTo(65);
        execute(job("Event_SurrenderReleasePossible"));
        assertThat(request).as("ECE art. 18(4): from day 15 release is possible, a mark, not a step")
                .hasPassed("EndEvent_SurrenderReleasePossible").isWaitingAt("Task_ResolveMissedSurrender");
        moveClockTo(79);
        Assertions.assertThat(procedureJobs(true)).isEmpty();
        moveClockTo(80);
        execute(job("Event_SurrenderReleaseDue"));
        assertThat(mainTask()).hasDefinitionKey("Task_ReleaseNotTakenOver").hasCandidateGroup("ircRotterdam");
        complete(mainTask(), withVariables("releasedOn", ARRESTED_ON.plusDays(80).toString()));

        assertThat(request).hasPassed("EndEvent_ReleasedNotTakenOver").hasNotPassed("EndEvent_PersonSurrendered")
                .isEnded();
        Assertions.assertThat(RecordingLifecycleRecorder.outcomes()).containsExactly("LAPSED");
    }

    @Test
    void theIrcMayReleaseAPersonNotTakenOverBeforeTheLastDay() {
        ProcessInstance request = toTheSurrender();
        complete(mainTask(), withVariables("surrenderDate", ARRESTED_ON.plusDays(50).toString()));
        moveClockTo(51);
        execute(job("Event_SurrenderNotCarriedOut"));
        moveClockTo(66);
        complete(mainTask(), withVariables("missedSurrenderAction", "RELEASE", "reason", "Na 15 dagen niet opgehaald"));

        assertThat(mainTask()).hasDefinitionKey("Task_ReleaseNotTakenOver");
        complete(mainTask(), withVariables("releasedOn", ARRESTED_ON.plusDays(66).toString()));
        assertThat(request).hasPassed("EndEvent_ReleasedNotTakenOver").isEnded();
    }

    @Test
    void afterTheArrestTheOfficierBringsThePersonBeforeTheExaminingJudgeAndEachOrderIsReviewedBeforeItEnds() {
        ProcessInstance request = start("PROVISIONAL_ARREST_ALERT");
        complete(mainTask(), withVariables("arrestedOn", ARRESTED_ON.toString()));

        assertThat(custodyTask()).hasDefinitionKey("Task_BringBeforeExaminingJudge").hasCandidateGroup("ircRotterdam");
        Assertions.assertThat(taskService().getIdentityLinksForTask(custodyTask().getId()))
                .extracting(link -> link.getGroupId()).as("detention is not AIRS's to decide").doesNotContain("airs");
        Assertions.assertThat(custodyTask().getDueDate()).as("before the inverzekeringstelling ends")
                .isEqualTo(endOfDay(3));
        assertThat(request).isWaitingAt("Task_AwaitFormalRequest");
        complete(custodyTask(), withVariables("custodyContinues", true, "consentBeforeFormalRequest", false));

        assertThat(custodyTask()).hasDefinitionKey("Task_ReviewCustodyOrder").hasCandidateGroup("ircRotterdam");
        Assertions.assertThat(custodyTask().getDueDate()).as("before the bewaring ends").isEqualTo(endOfDay(23));
        complete(custodyTask(), withVariables("custodyContinues", true));
        assertThat(custodyTask()).as("each new order is reviewed again").hasDefinitionKey("Task_ReviewCustodyOrder");
        complete(custodyTask(), withVariables("custodyContinues", false));

        assertThat(request).hasPassed("EndEvent_ReleasedByCustodyOrder").isWaitingAt("Task_AwaitFormalRequest");
        Assertions.assertThat(runtimeService().getVariable(request.getId(), "personInCustody")).isEqualTo(false);
        Assertions.assertThat(taskQuery().count()).as("the procedure waits for the formal request").isZero();
    }

    @Test
    void anExtendedInverzekeringstellingBringsTheHearingBackDueWhenTheExtensionEnds() {
        ProcessInstance request = start("PROVISIONAL_ARREST_ALERT");
        complete(mainTask(), withVariables("arrestedOn", ARRESTED_ON.toString()));
        Assertions.assertThat(custodyTask().getDueDate()).isEqualTo(endOfDay(3));
        moveClockTo(3);
        complete(custodyTask(), withVariables("inverzekeringstellingExtended", "true"));

        assertThat(request).hasPassed("Gateway_InverzekeringstellingExtended").hasNotPassed("Gateway_CustodyContinues");
        assertThat(custodyTask()).hasDefinitionKey("Task_BringBeforeExaminingJudge");
        Assertions.assertThat(custodyTask().getDueDate()).as("due when the extension ends").isEqualTo(endOfDay(6));
        Assertions.assertThat(runtimeService().getVariables(request.getId())).as("the next completion chooses anew")
                .doesNotContainKey("inverzekeringstellingExtended");
        complete(custodyTask(), withVariables("custodyContinues", true, "consentBeforeFormalRequest", false));
        assertThat(custodyTask()).hasDefinitionKey("Task_ReviewCustodyOrder");
    }

    @Test
    void anOrderOfDetentionThatRunsOutWithoutItsSuccessorAlarmsTheOfficierWhoReleasesThePerson() {
        ProcessInstance request = start("PROVISIONAL_ARREST_ALERT");
        complete(mainTask(), withVariables("arrestedOn", ARRESTED_ON.toString()));
        moveClockTo(3);
        Assertions.assertThat(managementService().createJobQuery().activityId("Event_CustodyLapsedBeforeHearing")
                .executable().count()).as("not before the inverzekeringstelling has ended").isZero();
        moveClockTo(4);
        execute(job("Event_CustodyLapsedBeforeHearing"));

        Task alarm = taskQuery().taskDefinitionKey("Task_ActOnLapsedCustody").singleResult();
        assertThat(alarm).hasCandidateGroup("ircRotterdam");
        Assertions.assertThat(alarm.getPriority()).isEqualTo(100);
        Assertions.assertThat(alarm.getDueDate()).as("due when the title ended").isEqualTo(endOfDay(3));
        assertThat(request).as("the custody task stays open for an order given in time").isWaitingAt(
                "Task_BringBeforeExaminingJudge", "Task_ActOnLapsedCustody", "Task_AwaitFormalRequest");
        complete(alarm, withVariables("lapsedCustodyAction", "RELEASED"));

        assertThat(request).hasPassed("EndEvent_LapsedCustodySettled", "Event_ReleasedBeforeHearing")
                .isWaitingAt("Task_AwaitFormalRequest");
        Assertions.assertThat(taskQuery().count()).isZero();
    }

    @Test
    void anOrderUnderReviewThatRunsOutAlarmsTheOfficierAndAnOrderGivenInTimeIsStillRecorded() {
        ProcessInstance request = start("PROVISIONAL_ARREST_ALERT");
        complete(mainTask(), withVariables("arrestedOn", ARRESTED_ON.toString()));
        complete(custodyTask(), withVariables("custodyContinues", true, "consentBeforeFormalRequest", false));
        moveClockTo(24);
        execute(job("Event_CustodyOrderLapsed"));
        complete(taskQuery().taskDefinitionKey("Task_ActOnLapsedCustody").singleResult(),
                withVariables("lapsedCustodyAction", "ORDER_GIVEN_IN_TIME"));

        assertThat(request).hasPassed("EndEvent_LapsedCustodySettled").isWaitingAt("Task_ReviewCustodyOrder");
        complete(custodyTask(), withVariables("custodyContinues", true));
        assertThat(custodyTask()).hasDefinitionKey("Task_ReviewCustodyOrder");
    }

    @Test
    void consentBeforeTheExaminingJudgeEndsTheWaitForTheFormalRequestAndTheOfficierDecides() {
        ProcessInstance request = start("PROVISIONAL_ARREST_ALERT");
        complete(mainTask(), withVariables("arrestedOn", ARRESTED_ON.toString()));
        moveClockTo(5);
        complete(custodyTask(), withVariables("custodyContinues", true, "consentBeforeFormalRequest", true));

        assertThat(request).hasPassed("Event_ConsentBeforeFormalRequest").hasNotPassed("Task_AssessAsCentralAuthority");
        Assertions.assertThat(managementService().createJobQuery().activityId("Event_FormalRequestDeadlineExpired").count())
                .as("no formal request is needed any more").isZero();
        assertThat(mainTask()).hasDefinitionKey("Task_DecideOnSimplifiedSurrender").hasCandidateGroup("ircRotterdam");
        assertThat(custodyTask()).as("the person stays on the judge's order").hasDefinitionKey("Task_ReviewCustodyOrder");
        complete(mainTask(), withVariables("surrenderAllowed", true));
        surrender();

        assertThat(request).hasPassed("EndEvent_PersonSurrendered").isEnded();
        Assertions.assertThat(taskQuery().count()).isZero();
        Assertions.assertThat(RecordingLifecycleRecorder.outcomes()).containsExactly("SURRENDERED");
    }

    @Test
    void consentDoesNotSurrenderADutchNationalWantedToServeASentence() {
        extraditionExcluded = true;
        ProcessInstance request = consentOnDayFiveBeforeTheFormalRequest();

        assertThat(request).hasPassed("Task_AssessConditionsOnConsent").hasNotPassed("Task_DecideOnSimplifiedSurrender");
        assertThat(mainTask()).hasDefinitionKey("Task_InformRequestingStateOfRefusal").hasCandidateGroup("airs");
        assertThat(request).variables().containsEntry("refusalGround", "DUTCH_NATIONAL_SENTENCE");
        complete(mainTask(), withVariables("informedOn", "2026-11-24"));
        assertThat(mainTask()).hasDefinitionKey("Task_OfferEnforcementTransfer").hasCandidateGroup("airs");
        complete(mainTask(), withVariables("enforcementTransfer", "NO_TREATY_BASIS"));
        assertThat(request).as("nothing to follow up without a treaty for the transfer")
                .hasNotPassed("Task_RecordEnforcementTransferAnswer").hasPassed("EndEvent_ExtraditionRefused").isEnded();
    }

    @Test
    void consentWaitsForTheAssurancesBeforeTheOfficierDecides() {
        guaranteesNeeded = true;
        ProcessInstance request = consentOnDayFiveBeforeTheFormalRequest();

        assertThat(mainTask()).hasDefinitionKey("Task_RequestGuarantees").hasCandidateGroup("airs");
        complete(mainTask(), withVariables("requestedOn", "2026-11-02"));
        runtimeService().correlateMessage("GuaranteesReceived", "RH-2026-000501");
        assertThat(mainTask()).hasDefinitionKey("Task_AssessGuarantees");
        complete(mainTask(), withVariables("guaranteesSufficient", true));

        assertThat(mainTask()).as("the consent stands: no second hearing")
                .hasDefinitionKey("Task_DecideOnSimplifiedSurrender").hasCandidateGroup("ircRotterdam");
        assertThat(request).hasPassed("Gateway_ReadyForHearing", "Gateway_ConsentRecorded")
                .hasNotPassed("Task_RecordExaminingJudgeHearing");
        complete(mainTask(), withVariables("surrenderAllowed", true));
        surrender();
        assertThat(request).hasPassed("EndEvent_PersonSurrendered").isEnded();
    }

    @Test
    void consentWithoutTheAssurancesEndsInRefusal() {
        guaranteesNeeded = true;
        ProcessInstance request = consentOnDayFiveBeforeTheFormalRequest();
        complete(mainTask(), withVariables("requestedOn", "2026-11-02"));
        runtimeService().correlateMessage("GuaranteesReceived", "RH-2026-000501");
        complete(mainTask(), withVariables("guaranteesSufficient", false));

        assertThat(mainTask()).hasDefinitionKey("Task_InformRequestingStateOfRefusal");
        assertThat(request).variables().containsEntry("refusalGround", "GUARANTEES_MISSING");
        assertThat(request).hasNotPassed("Task_DecideOnSimplifiedSurrender");
    }

    @Test
    void aReleaseWhileThePersonAwaitsTheExaminingJudgeEndsTheCustodyTrack() {
        ProcessInstance request = start("PROVISIONAL_ARREST_ALERT");
        complete(mainTask(), withVariables("arrestedOn", ARRESTED_ON.toString()));
        moveClockTo(60);
        execute(job("Event_FormalRequestDeadlineExpired"));
        complete(mainTask(), withVariables("releasedOn", ARRESTED_ON.plusDays(60).toString()));

        assertThat(request).hasPassed("Event_ReleasedBeforeHearing", "EndEvent_CustodyEndedBeforeHearing")
                .isWaitingAt("Task_AwaitLateFormalRequest");
        Assertions.assertThat(taskQuery().count()).isZero();
    }

    @Test
    void aReleaseDecidedInTheProcedureEndsTheOrderUnderReview() {
        ProcessInstance request = start("PROVISIONAL_ARREST_ALERT");
        complete(mainTask(), withVariables("arrestedOn", ARRESTED_ON.toString()));
        complete(custodyTask(), withVariables("custodyContinues", true, "consentBeforeFormalRequest", false));
        moveClockTo(60);
        execute(job("Event_FormalRequestDeadlineExpired"));
        complete(mainTask(), withVariables("releasedOn", ARRESTED_ON.plusDays(60).toString()));

        assertThat(request).hasPassed("Event_ReleasedElsewhere", "EndEvent_CustodyEndedElsewhere")
                .hasNotPassed("EndEvent_ReleasedByCustodyOrder");
        Assertions.assertThat(taskQuery().count()).isZero();
    }

    @Test
    void aNewArrestOnALateFormalRequestStartsANewCustodyTrackAndNoArrestGoesStraightOn() {
        ProcessInstance request = start("PROVISIONAL_ARREST_ALERT");
        complete(mainTask(), withVariables("arrestedOn", ARRESTED_ON.toString()));
        moveClockTo(60);
        execute(job("Event_FormalRequestDeadlineExpired"));
        complete(mainTask(), withVariables("releasedOn", ARRESTED_ON.plusDays(60).toString()));
        moveClockTo(75);
        runtimeService().correlateMessage("FormalRequestReceived", "RH-2026-000501");
        complete(mainTask(), withVariables("arrestedAgain", true, "arrestedAgainOn", ARRESTED_ON.plusDays(75).toString()));

        assertThat(request).hasPassed("Gateway_CustodyTrackOnRearrest").isWaitingAt("Task_AssessAsCentralAuthority",
                "Task_BringBeforeExaminingJudge");
        Assertions.assertThat(custodyTask().getDueDate()).isEqualTo(endOfDay(78));

        ProcessInstance notArrested = start("PROVISIONAL_ARREST_ALERT");
        complete(taskQuery().processInstanceId(notArrested.getId()).singleResult(),
                withVariables("arrestedOn", ARRESTED_ON.toString()));
        complete(taskQuery().processInstanceId(notArrested.getId()).taskDefinitionKey("Task_BringBeforeExaminingJudge")
                .singleResult(), withVariables("custodyContinues", false, "consentBeforeFormalRequest", false));
        execute(managementService().createJobQuery().processInstanceId(notArrested.getId())
                .activityId("Event_FormalRequestDeadlineExpired").singleResult());
        assertThat(notArrested).as("released by the rechter-commissaris: nobody to release on the last day")
                .hasNotPassed("Task_ReleasePerson").isWaitingAt("Task_AwaitLateFormalRequest");
        runtimeService().createMessageCorrelation("FormalRequestReceived").processInstanceId(notArrested.getId()).correlate();
        complete(taskQuery().processInstanceId(notArrested.getId()).singleResult(), withVariables("arrestedAgain", false));
        assertThat(notArrested).hasPassed("Gateway_ArrestedAgain", "Gateway_FormalRequestAvailable").hasNotPassed("Gateway_CustodyTrackOnRearrest")
                .isWaitingAt("Task_AssessAsCentralAuthority");
    }

    @Test
    void aPersonReleasedOnTheReviewDayIsArrestedAgainWhenTheFormalRequestStillComesInTime() {
        ProcessInstance request = start("PROVISIONAL_ARREST_ALERT");
        complete(mainTask(), withVariables("arrestedOn", ARRESTED_ON.toString()));
        moveClockTo(45);
        execute(job("Event_CustodyReviewDue"));
        complete(mainTask(), withVariables("keepInCustody", false));
        assertThat(request).hasPassed("EndEvent_CustodyDecided", "EndEvent_CustodyEndedBeforeHearing")
                .isWaitingAt("Task_AwaitFormalRequest");

        moveClockTo(50);
        runtimeService().correlateMessage("FormalRequestReceived", "RH-2026-000501");
        assertThat(mainTask()).hasDefinitionKey("Task_RecordArrestOnLateFormalRequest").hasCandidateGroup("ircRotterdam");
        Assertions.assertThat(procedureJobs(false)).as("the deadline timers end").isEmpty();
        complete(mainTask(), withVariables("arrestedAgain", true, "arrestedAgainOn", ARRESTED_ON.plusDays(50).toString()));

        assertThat(request).hasPassedInOrder("Task_AwaitFormalRequest", "Gateway_HeldOnFormalRequest",
                "Task_RecordArrestOnLateFormalRequest", "Gateway_CustodyTrackOnRearrest")
                .hasNotPassed("Task_AwaitLateFormalRequest", "Task_ReleasePerson")
                .isWaitingAt("Task_AssessAsCentralAuthority", "Task_BringBeforeExaminingJudge");
    }

    @Test
    void aPersonReleasedOnTheReviewDayIsNotReleasedAgainWhenTheDeadlineExpires() {
        ProcessInstance request = start("PROVISIONAL_ARREST_ALERT");
        complete(mainTask(), withVariables("arrestedOn", ARRESTED_ON.toString()));
        moveClockTo(45);
        execute(job("Event_CustodyReviewDue"));
        complete(mainTask(), withVariables("keepInCustody", false));
        moveClockTo(60);
        execute(job("Event_FormalRequestDeadlineExpired"));

        assertThat(request).hasPassed("Gateway_HeldAtDeadline").hasNotPassed("Task_ReleasePerson")
                .isWaitingAt("Task_AwaitLateFormalRequest").isNotEnded();
        Assertions.assertThat(taskQuery().count()).isZero();
    }

    /** A formal request through the court and the Minister, up to arranging the surrender. */
    private ProcessInstance toTheSurrender() {
        ProcessInstance request = start("FORMAL_REQUEST");
        complete(mainTask(), withVariables("centralAuthorityAccepts", true));
        throughTheCourt(true, "NONE");
        minister("GRANTED");
        complete(mainTask(), withVariables("summaryProceedingsOutcome", "NOT_BROUGHT"));
        assertThat(mainTask()).hasDefinitionKey("Task_ArrangeSurrender");
        return request;
    }

    @Test
    void withoutABasisInTheRegisterAirsAssessesAndRefusesWithItsReason() {
        treatyOutcome = "AIRS_ASSESSMENT";
        ProcessInstance request = start("FORMAL_REQUEST");

        assertThat(mainTask()).hasDefinitionKey("Task_AssessWithoutTreatyBasis").hasCandidateGroup("airs");
        complete(mainTask(), withVariables("basisFoundByAirs", false, "assessmentReason", "Geen verdrag, geen VN-feit"));
        refusedBecause(request, "NO_TREATY_BASIS");
        assertThat(request).hasNotPassed("Task_AssessAsCentralAuthority", "Task_RecordProvisionalArrest");
    }

    @Test
    void airsFindsABasisTheRegisterLacksAndSetsTheLimitNoInstrumentSets() {
        treatyOutcome = "AIRS_ASSESSMENT";
        formalRequestDays = null;
        ProcessInstance request = start("PROVISIONAL_ARREST_ALERT");
        complete(mainTask(), withVariables("basisFoundByAirs", true, "basisNamedByAirs", "Verdrag van 1898",
                "assessmentReason", "Oud verdrag nog toegepast (HR 2022:1195)"));

        assertThat(mainTask()).hasDefinitionKey("Task_RecordProvisionalArrest").hasCandidateGroup("ircRotterdam");
        complete(mainTask(), withVariables("arrestedOn", ARRESTED_ON.toString()));
        assertThat(mainTask()).hasDefinitionKey("Task_SetProvisionalArrestLimit").hasCandidateGroup("airs");
        complete(mainTask(), withVariables("provisionalArrestLimitDays", 60L, "limitReason", "De termijn van het verdrag"));

        assertThat(request).hasPassedInOrder("Task_AssessWithoutTreatyBasis", "Task_RecordProvisionalArrest",
                "Task_SetProvisionalArrestLimit", "Task_StartFormalRequestDeadline").isWaitingAt("Task_AwaitFormalRequest");
    }

    @Test
    void aTreatyBasisWithoutALimitLeavesTheLimitToAirs() {
        formalRequestDays = null;
        ProcessInstance request = start("PROVISIONAL_ARREST_ALERT");
        complete(mainTask(), withVariables("arrestedOn", ARRESTED_ON.toString()));

        assertThat(mainTask()).hasDefinitionKey("Task_SetProvisionalArrestLimit").hasCandidateGroup("airs");
        complete(mainTask(), withVariables("provisionalArrestLimitDays", 40L, "limitReason", "Geen verdragstermijn"));
        assertThat(request).hasNotPassed("Task_AssessWithoutTreatyBasis").isWaitingAt("Task_AwaitFormalRequest");
    }

    @Test
    void surrenderIsHandedOverToTheLircAndAmsterdamNeverRefused() {
        treatyOutcome = "SURRENDER";
        ProcessInstance request = start("PROVISIONAL_ARREST_ALERT");

        assertThat(mainTask()).hasDefinitionKey("Task_HandOverForSurrender").hasCandidateGroup("lirc")
                .hasCandidateGroup("ircAmsterdam");
        complete(mainTask(), withVariables("takenOverBy", "Arrondissementsparket Amsterdam", "takenOverOn", "2026-11-02"));

        assertThat(request).hasPassed("EndEvent_HandedOverForSurrender").isEnded();
        assertThat(request).hasNotPassed("Task_RecordProvisionalArrest", "Gateway_Refused");
        Assertions.assertThat(RecordingLifecycleRecorder.outcomes()).containsExactly("HANDED_OVER");
    }

    @Test
    void centralAuthorityCanRefuseToTakeTheRequestUp() {
        ProcessInstance request = start("FORMAL_REQUEST");
        complete(mainTask(), withVariables("centralAuthorityAccepts", false));

        refusedBecause(request, "CENTRAL_AUTHORITY");
    }

    @Test
    void aDutchNationalIsNotExtraditedToServeASentence() {
        extraditionExcluded = true;
        ProcessInstance request = start("FORMAL_REQUEST");
        complete(mainTask(), withVariables("centralAuthorityAccepts", true));

        assertThat(mainTask()).hasDefinitionKey("Task_InformRequestingStateOfRefusal");
        assertThat(request).variables().containsEntry("refusalGround", "DUTCH_NATIONAL_SENTENCE");
        complete(mainTask(), withVariables("informedOn", "2026-11-24"));

        // Not a dead end: the Netherlands can take over the sentence's enforcement (WOTS).
        assertThat(mainTask()).hasDefinitionKey("Task_OfferEnforcementTransfer").hasCandidateGroup("airs");
        Assertions.assertThat(RecordingLifecycleRecorder.phases()).endsWith("FOLLOW_UP");
        complete(mainTask(), withVariables("enforcementTransfer", "OFFERED"));
        assertThat(mainTask()).as("the offer is followed up until the sentencing state answers")
                .hasDefinitionKey("Task_RecordEnforcementTransferAnswer").hasCandidateGroup("airs");
        assertThat(request).isNotEnded();
        Assertions.assertThat(RecordingLifecycleRecorder.clocks()).endsWith("ABROAD");
        complete(mainTask(), withVariables("enforcementTransferAnswer", "REQUESTED"));
        assertThat(request).hasPassed("EndEvent_ExtraditionRefused")
                .hasNotPassed("Task_RequestGuarantees", "Task_RecordExaminingJudgeHearing").isEnded();
        Assertions.assertThat(RecordingLifecycleRecorder.outcomes()).containsExactly("REFUSED");
    }

    @Test
    void aDutchNationalWithAReturnGuaranteeConsentsAndIsSurrenderedBySimplifiedProcedure() {
        guaranteesNeeded = true;
        ProcessInstance request = start("FORMAL_REQUEST");
        complete(mainTask(), withVariables("centralAuthorityAccepts", true));

        assertThat(mainTask()).hasDefinitionKey("Task_RequestGuarantees").hasCandidateGroup("airs");
        complete(mainTask(), withVariables("requestedOn", "2026-11-02"));
        assertThat(request).isWaitingAt("Task_AwaitGuarantees");
        Assertions.assertThat(RecordingLifecycleRecorder.clocks()).endsWith("STOPPED");
        execute(job("Event_GuaranteesReminderDue"));
        assertThat(mainTask()).hasDefinitionKey("Task_RemindOfGuarantees").hasCandidateGroup("airs");
        complete(mainTask(), withVariables("remindedOn", "2026-11-16"));
        assertThat(request).hasPassed("EndEvent_GuaranteesReminderSent").isWaitingAt("Task_AwaitGuarantees");

        runtimeService().correlateMessage("GuaranteesReceived", "RH-2026-000501");
        assertThat(mainTask()).hasDefinitionKey("Task_AssessGuarantees");
        complete(mainTask(), withVariables("guaranteesSufficient", true));
        complete(mainTask(), withVariables("consentToSimplifiedExtradition", true));
        assertThat(mainTask()).hasDefinitionKey("Task_DecideOnSimplifiedSurrender").hasCandidateGroup("ircRotterdam");
        complete(mainTask(), withVariables("surrenderAllowed", true));
        surrender();

        assertThat(request).hasPassed("EndEvent_PersonSurrendered")
                .hasNotPassed("Task_ClaimCourtExamination", "Task_RecordMinisterDecision").isEnded();
        Assertions.assertThat(RecordingLifecycleRecorder.stages()).contains("SIMPLIFIED_PROCEDURE")
                .doesNotContain("COURT", "MINISTER");
    }

    @Test
    void withoutTheAssurancesTheUaeAsksForNothingCanBeGranted() {
        guaranteesNeeded = true;
        ProcessInstance request = start("FORMAL_REQUEST");
        complete(mainTask(), withVariables("centralAuthorityAccepts", true));
        complete(mainTask(), withVariables("requestedOn", "2026-11-02"));
        runtimeService().correlateMessage("GuaranteesReceived", "RH-2026-000501");
        complete(mainTask(), withVariables("guaranteesSufficient", false));

        refusedBecause(request, "GUARANTEES_MISSING");
        assertThat(request).hasNotPassed("Task_RecordExaminingJudgeHearing", "Task_RecordMinisterDecision");
    }

    @Test
    void anOfficierWhoDoesNotAllowTheShortWayAfterConsentLeavesTheCaseToTheCourt() {
        ProcessInstance request = start("FORMAL_REQUEST");
        complete(mainTask(), withVariables("centralAuthorityAccepts", true));
        complete(mainTask(), withVariables("consentToSimplifiedExtradition", true));
        complete(mainTask(), withVariables("surrenderAllowed", false));

        assertThat(request).as("UW art. 42: the officier does not refuse extradition").hasNotPassed("Gateway_Refused")
                .hasPassed("Gateway_OrdinaryProcedure").isNotEnded();
        assertThat(mainTask()).hasDefinitionKey("Task_ClaimCourtExamination").hasCandidateGroup("ircRotterdam");
    }

    @Test
    void anOfficierWhoDoesNotAllowTheShortWayAfterAFormalRequestThatCameInTimeLeavesTheCaseToTheCourt() {
        ProcessInstance request = start("PROVISIONAL_ARREST_ALERT");
        complete(mainTask(), withVariables("arrestedOn", ARRESTED_ON.toString()));
        runtimeService().correlateMessage("FormalRequestReceived", "RH-2026-000501");
        complete(mainTask(), withVariables("centralAuthorityAccepts", true));
        complete(mainTask(), withVariables("consentToSimplifiedExtradition", true));
        complete(mainTask(), withVariables("surrenderAllowed", false));

        assertThat(request).as("the formal request is in: nothing to wait for").hasPassed("Gateway_OrdinaryProcedure")
                .isNotEnded();
        Assertions.assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(request.getId())
                .activityId("Task_StartFormalRequestDeadline").count()).as("the deadline started once").isOne();
        assertThat(mainTask()).hasDefinitionKey("Task_ClaimCourtExamination");
    }

    @Test
    void anOfficierWhoDoesNotAllowTheShortWayAfterConsentBeforeTheFormalRequestWaitsForItAgain() {
        ProcessInstance request = consentOnDayFiveBeforeTheFormalRequest();
        complete(mainTask(), withVariables("surrenderAllowed", false));

        assertThat(request).hasPassed("Gateway_OrdinaryProcedure").hasNotPassed("Gateway_Refused")
                .isWaitingAt("Task_AwaitFormalRequest");
        Assertions.assertThat(job("Event_FormalRequestDeadlineExpired").getDuedate()).as("the same days from the arrest")
                .isEqualTo(startOfDay(60));
        runtimeService().correlateMessage("FormalRequestReceived", "RH-2026-000501");
        complete(mainTask(), withVariables("centralAuthorityAccepts", true));
        assertThat(mainTask()).as("the consent did not allow the short way: the person is heard again")
                .hasDefinitionKey("Task_RecordExaminingJudgeHearing");
    }

    @Test
    void consentBeforeTheCourtHearingEndsTheCourtProcedureAndTheOfficierDecides() {
        ProcessInstance request = start("FORMAL_REQUEST");
        complete(mainTask(), withVariables("centralAuthorityAccepts", true));
        complete(mainTask(), withVariables("consentToSimplifiedExtradition", false));
        complete(mainTask(), withVariables("court", "Rechtbank Amsterdam", "hearingDate", "2026-11-20"));
        assertThat(mainTask()).hasDefinitionKey("Task_RecordCourtDecision");
        complete(mainTask(), withVariables("consentBeforeCourtHearing", "true", "consentGivenOn", "2026-11-18",
                "consentDocument", "PV RC 2026/1187"));

        assertThat(mainTask()).hasDefinitionKey("Task_DecideOnSimplifiedSurrender").hasCandidateGroup("ircRotterdam");
        complete(mainTask(), withVariables("surrenderAllowed", true));
        assertThat(request).hasPassed("Gateway_ConsentBeforeCourtHearing", "Gateway_ConsentRecorded")
                .hasNotPassed("Task_RecordCassationAppeal", "Task_AdviseMinister", "Task_RecordMinisterDecision")
                .isWaitingAt("Task_ArrangeSurrender");
    }

    @Test
    void aWaiverOfCassationByBothSidesMakesTheRulingFinalAtOnce() {
        ProcessInstance request = start("FORMAL_REQUEST");
        complete(mainTask(), withVariables("centralAuthorityAccepts", true));
        throughTheCourt(true, "WAIVED");

        assertThat(mainTask()).hasDefinitionKey("Task_AdviseMinister");
        assertThat(request).hasPassed("Gateway_AdmissibilitySettled").hasNotPassed("Task_RecordSupremeCourtRuling");
    }

    @Test
    void theCourtFindsExtraditionInadmissibleAndNobodyAppeals() {
        ProcessInstance request = start("FORMAL_REQUEST");
        complete(mainTask(), withVariables("centralAuthorityAccepts", true));
        throughTheCourt(false, "NONE");

        refusedBecause(request, "INADMISSIBLE");
        assertThat(request).hasNotPassed("Task_RecordSupremeCourtRuling", "Task_AdviseMinister");
    }

    @Test
    void cassationByTheProsecutorReversesInadmissibilityAndTheMinisterGrantsWithConditions() {
        ProcessInstance request = start("FORMAL_REQUEST");
        complete(mainTask(), withVariables("centralAuthorityAccepts", true));
        throughTheCourt(false, "PROSECUTOR");

        assertThat(mainTask()).hasDefinitionKey("Task_FileCassationGrounds").hasCandidateGroup("ircRotterdam");
        complete(mainTask(), withVariables("groundsFiledOn", "2026-11-20"));
        assertThat(mainTask()).hasDefinitionKey("Task_RecordSupremeCourtRuling");
        complete(mainTask(), withVariables("extraditionAdmissible", true));
        minister("GRANTED_WITH_CONDITIONS");
        complete(mainTask(), withVariables("summaryProceedingsOutcome", "SURRENDER_ALLOWED"));
        surrender();

        assertThat(request).hasPassedInOrder("Task_RecordCourtDecision", "Task_FileCassationGrounds",
                "Task_RecordSupremeCourtRuling", "Task_RecordMinisterDecision", "EndEvent_PersonSurrendered");
    }

    @Test
    void cassationByThePersonEndsInInadmissibility() {
        ProcessInstance request = start("FORMAL_REQUEST");
        complete(mainTask(), withVariables("centralAuthorityAccepts", true));
        throughTheCourt(true, "PERSON");

        assertThat(mainTask()).hasDefinitionKey("Task_RecordSupremeCourtRuling");
        complete(mainTask(), withVariables("extraditionAdmissible", false));

        refusedBecause(request, "INADMISSIBLE");
        assertThat(request).hasNotPassed("Task_FileCassationGrounds");
    }

    @Test
    void theMinisterRefuses() {
        ProcessInstance request = start("FORMAL_REQUEST");
        complete(mainTask(), withVariables("centralAuthorityAccepts", true));
        throughTheCourt(true, "NONE");
        minister("REFUSED");

        refusedBecause(request, "MINISTER_REFUSED");
        assertThat(request).hasNotPassed("Task_RecordSummaryProceedings");
    }

    @Test
    void aKortGedingBarsSurrender() {
        ProcessInstance request = start("FORMAL_REQUEST");
        complete(mainTask(), withVariables("centralAuthorityAccepts", true));
        throughTheCourt(true, "NONE");
        minister("GRANTED");
        complete(mainTask(), withVariables("summaryProceedingsOutcome", "SURRENDER_BARRED"));

        refusedBecause(request, "SUMMARY_PROCEEDINGS");
        assertThat(request).hasNotPassed("Task_ArrangeSurrender");
    }

    @Test
    void onAppealTheGerechtshofAllowsTheSurrenderTheFirstInstanceBarred() {
        ProcessInstance request = start("FORMAL_REQUEST");
        complete(mainTask(), withVariables("centralAuthorityAccepts", true));
        throughTheCourt(true, "NONE");
        minister("GRANTED");
        complete(mainTask(), withVariables("summaryProceedingsOutcome", "SURRENDER_BARRED",
                "summaryProceedingsAppealed", "true"));

        // The kort geding is a case against the State: AIRS records it, not the officier.
        assertThat(mainTask()).hasDefinitionKey("Task_RecordSummaryAppealRuling").hasCandidateGroup("airs");
        Assertions.assertThat(taskService().getIdentityLinksForTask(mainTask().getId()))
                .extracting(link -> link.getGroupId()).containsExactly("airs");
        // As the step listener does: the Gerechtshof's ruling is the outcome the gateway reads.
        complete(mainTask(), withVariables("summaryProceedingsOutcome", "SURRENDER_ALLOWED"));
        surrender();
        assertThat(request).hasPassed("Gateway_SummaryProceedingsSettled", "EndEvent_PersonSurrendered").isEnded();
        Assertions.assertThat(RecordingLifecycleRecorder.stages()).contains("SUMMARY_PROCEEDINGS_APPEAL");
    }

    @Test
    void aSurrenderPostponedForDutchProceedingsWaitsForThemWithTheClockStopped() {
        ProcessInstance request = start("FORMAL_REQUEST");
        complete(mainTask(), withVariables("centralAuthorityAccepts", true));
        throughTheCourt(true, "NONE");
        assertThat(mainTask()).hasDefinitionKey("Task_AdviseMinister");
        complete(mainTask(), withVariables("advice", "GRANT"));
        complete(mainTask(), withVariables("ministerDecision", "GRANTED", "surrenderPostponed", "true"));
        complete(mainTask(), withVariables("summaryProceedingsOutcome", "NOT_BROUGHT"));

        assertThat(mainTask()).hasDefinitionKey("Task_AwaitDutchProceedings").hasCandidateGroup("ircRotterdam");
        Assertions.assertThat(RecordingLifecycleRecorder.clocks()).endsWith("STOPPED");
        complete(mainTask(), withVariables("dutchProceedingsEndedOn", "2027-06-30"));
        surrender();
        assertThat(request).hasPassedInOrder("Task_RecordMinisterDecision", "Task_AwaitDutchProceedings",
                "Task_ArrangeSurrender", "EndEvent_PersonSurrendered").isEnded();
    }

    @Test
    void aPersonArrestedOnAFormalRequestThatCameFirstIsHeldOnTheJudgesOrders() {
        ProcessInstance request = start("FORMAL_REQUEST");
        assertThat(custodyTask()).hasDefinitionKey("Task_RecordArrestOnFormalRequest").hasCandidateGroup("ircRotterdam");
        complete(custodyTask(), withVariables("arrestedOnFormalRequest", true));
        assertThat(custodyTask()).hasDefinitionKey("Task_BringBeforeExaminingJudge");
        Assertions.assertThat(custodyTask().getDueDate()).isEqualTo(endOfDay(3));
        assertThat(mainTask()).hasDefinitionKey("Task_AssessAsCentralAuthority");
        assertThat(request).hasPassed("Gateway_CustodyOnFormalRequest", "Gateway_ArrestedOnFormalRequest");
    }

    @Test
    void aPersonNotArrestedOnAFormalRequestIsNotHeld() {
        ProcessInstance notArrested = start("FORMAL_REQUEST");
        complete(custodyTask(), withVariables("arrestedOnFormalRequest", false));
        assertThat(notArrested).hasPassed("EndEvent_NotArrestedOnFormalRequest").isWaitingAt("Task_AssessAsCentralAuthority");
        Assertions.assertThat(runtimeService().getVariable(notArrested.getId(), "personInCustody")).isEqualTo(false);
    }

    /** A provisional arrest, and on day 5 consent before the rechter-commissaris while the formal request is awaited. */
    private ProcessInstance consentOnDayFiveBeforeTheFormalRequest() {
        ProcessInstance request = start("PROVISIONAL_ARREST_ALERT");
        complete(mainTask(), withVariables("arrestedOn", ARRESTED_ON.toString()));
        moveClockTo(5);
        complete(custodyTask(), withVariables("custodyContinues", true, "consentBeforeFormalRequest", true));
        return request;
    }

    private ProcessInstance start(String arrivedAs) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("reference", "RH-2026-000501");
        variables.put("requestingState", "AE");
        variables.put("partnerState", "AE");
        variables.put("urgency", "DETAINED");
        variables.put("receivingAuthority", "lirc");
        variables.put("owningIrc", "ircRotterdam");
        variables.put("arrivedAs", arrivedAs);
        variables.put("purpose", "PROSECUTION");
        ProcessInstance request = runtimeService().startProcessInstanceByKey("IncomingExtraditionRequestProcess",
                "RH-2026-000501", variables);
        assertThat(request).isStarted();
        if ("FORMAL_REQUEST".equals(arrivedAs) && "TREATY".equals(treatyOutcome)) {
            assertThat(mainTask()).hasDefinitionKey("Task_AssessAsCentralAuthority");
        }
        return request;
    }

    private void throughTheCourt(boolean admissible, String cassationLodgedBy) {
        complete(mainTask(), withVariables("consentToSimplifiedExtradition", false));
        assertThat(mainTask()).hasDefinitionKey("Task_ClaimCourtExamination").hasCandidateGroup("ircRotterdam");
        complete(mainTask(), withVariables("court", "Rechtbank Amsterdam", "hearingDate", "2026-11-10"));
        assertThat(mainTask()).hasDefinitionKey("Task_RecordCourtDecision");
        complete(mainTask(), withVariables("extraditionAdmissible", admissible));
        assertThat(mainTask()).hasDefinitionKey("Task_RecordCassationAppeal");
        Assertions.assertThat(mainTask().getDueDate()).as("the last day to lodge cassation").isEqualTo(endOfDay(14));
        complete(mainTask(), withVariables("cassationLodgedBy", cassationLodgedBy, "cassationGroundsDueAt",
                startOfDay(40)));
    }

    private void minister(String decision) {
        assertThat(mainTask()).hasDefinitionKey("Task_AdviseMinister").hasCandidateGroup("airs");
        complete(mainTask(), withVariables("advice", "GRANT"));
        assertThat(mainTask()).hasDefinitionKey("Task_RecordMinisterDecision").hasCandidateGroup("airs");
        complete(mainTask(), withVariables("ministerDecision", decision));
        if (!"REFUSED".equals(decision)) {
            assertThat(mainTask()).hasDefinitionKey("Task_RecordSummaryProceedings");
        }
    }

    private void surrender() {
        assertThat(mainTask()).hasDefinitionKey("Task_ArrangeSurrender").hasCandidateGroup("ircRotterdam")
                .hasCandidateGroup("kmar");
        complete(mainTask(), withVariables("surrenderDate", "2026-12-01"));
        assertThat(mainTask()).hasDefinitionKey("Task_ConfirmSurrender").hasCandidateGroup("kmar");
        complete(mainTask(), withVariables("handedOverOn", "2026-12-01"));
    }

    private void refusedBecause(ProcessInstance request, String ground) {
        assertThat(mainTask()).hasDefinitionKey("Task_InformRequestingStateOfRefusal").hasCandidateGroup("airs");
        assertThat(request).variables().containsEntry("refusalGround", ground);
        complete(mainTask(), withVariables("informedOn", "2026-11-24"));
        assertThat(request).hasPassed("EndEvent_ExtraditionRefused").hasNotPassed("Task_OfferEnforcementTransfer").isEnded();
        Assertions.assertThat(RecordingLifecycleRecorder.outcomes()).containsExactly("REFUSED");
    }

    private static Date startOfDay(int day) {
        return Date.from(ARRESTED_ON.plusDays(day).atStartOfDay(AMSTERDAM).toInstant());
    }

    private static void moveClockTo(int day) {
        Instant at = ARRESTED_ON.plusDays(day).atTime(9, 0).atZone(AMSTERDAM).toInstant();
        ClockUtil.setCurrentTime(Date.from(at));
    }
}
