package nl.rechtshulp.workflow;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
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
 * Every path of {@code ResultsTransferProcess}: results of an incoming request leave only after the complaint period
 * has passed, after a complaint is dismissed, or as a provisional transfer; an upheld complaint keeps them here.
 */
@Deployment(resources = "processes/ResultsTransferProcess.bpmn")
class ResultsTransferProcessTests {

    private static final String REFERENCE = "RH-2026-000077";
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    /** Notified on 2 March; the complaint period of Sv 5.4.10 (14 days) runs to the end of 16 March. */
    private static final Instant PERIOD_ENDS = LocalDate.of(2026, 3, 17).atStartOfDay(AMSTERDAM).toInstant().minusSeconds(1);

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .configurationResource("process-test.camunda.cfg.xml")
            .assertClassCoverageAtLeast(1.0)
            .build();

    @BeforeEach
    void setUp(ProcessEngine processEngine) {
        init(processEngine);
        RecordingLifecycleRecorder.reset();
        Mocks.register("handOverResultsTaskListener", (TaskListener) task -> { });
        ClockUtil.setCurrentTime(Date.from(LocalDate.of(2026, 3, 3).atStartOfDay(AMSTERDAM).toInstant()));
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void resultsOfAMeasureNoComplaintCanReachGoAtOnce() {
        ProcessInstance transfer = start(false);
        assertThat(task()).hasDefinitionKey("Task_HandOverResults").hasCandidateGroup("ircRotterdam");
        complete(task());
        assertThat(transfer).hasPassed("EndEvent_ResultsHandedOver").hasNotPassed("Task_AwaitComplaintPeriod").isEnded();
    }

    @Test
    void resultsWaitUntilTheComplaintPeriodHasPassed() {
        ProcessInstance transfer = start(true);
        assertThat(task()).hasDefinitionKey("Task_AwaitComplaintPeriod").hasCandidateGroup("ircAmsterdam");
        var timer = job("BoundaryEvent_ComplaintPeriodEnded");
        Assertions.assertThat(timer.getDuedate().toInstant()).isEqualTo(PERIOD_ENDS);

        ClockUtil.setCurrentTime(Date.from(PERIOD_ENDS.minusSeconds(60)));
        Assertions.assertThat(managementService().createJobQuery().executable().count()).as("not before the end").isZero();
        ClockUtil.setCurrentTime(Date.from(PERIOD_ENDS));
        Assertions.assertThat(managementService().createJobQuery().executable().count()).isOne();
        execute(timer);

        assertThat(task()).hasDefinitionKey("Task_HandOverResults");
        complete(task());
        assertThat(transfer).hasPassedInOrder("Task_AwaitComplaintPeriod", "BoundaryEvent_ComplaintPeriodEnded",
                "Task_HandOverResults", "EndEvent_ResultsHandedOver").isEnded();
    }

    @Test
    void aComplaintHoldsTheResultsUntilItIsDismissed() {
        ProcessInstance transfer = start(true);
        complete(task(), withVariables("complaintEvent", "COMPLAINT_LODGED"));
        assertThat(task()).hasDefinitionKey("Task_RecordComplaintDecision").hasCandidateGroup("ircAmsterdam");
        Assertions.assertThat(managementService().createJobQuery().count()).as("the period no longer ends it").isZero();
        complete(task(), withVariables("complaintUpheld", false));
        assertThat(task()).hasDefinitionKey("Task_HandOverResults");
        complete(task());
        assertThat(transfer).hasPassed("Task_RecordComplaintDecision", "EndEvent_ResultsHandedOver").isEnded();
        Assertions.assertThat(RecordingLifecycleRecorder.stages())
                .containsExactly("COMPLAINT_WINDOW", "COMPLAINT_DECISION", "HAND_OVER");
    }

    @Test
    void anUpheldComplaintKeepsTheResultsHere() {
        ProcessInstance transfer = start(true);
        complete(task(), withVariables("complaintEvent", "COMPLAINT_LODGED"));
        complete(task(), withVariables("complaintUpheld", true));
        assertThat(task()).hasDefinitionKey("Task_InformOfResultsWithheld").hasCandidateGroup("ircRotterdam");
        complete(task());
        assertThat(transfer).hasPassed("EndEvent_ResultsWithheld").hasNotPassed("Task_HandOverResults").isEnded();
    }

    @Test
    void aProvisionalTransferGoesBeforeThePeriodEnds() {
        ProcessInstance transfer = start(true);
        complete(task(), withVariables("complaintEvent", "PROVISIONAL_TRANSFER"));
        assertThat(task()).hasDefinitionKey("Task_HandOverResults");
        complete(task());
        assertThat(transfer).hasPassed("Gateway_ComplaintEvent", "EndEvent_ResultsHandedOver")
                .hasNotPassed("Task_RecordComplaintDecision").isEnded();
    }

    private static ProcessInstance start(boolean complaintOpen) {
        ProcessInstance transfer = runtimeService().startProcessInstanceByKey("ResultsTransferProcess", REFERENCE, Map.of(
                "reference", REFERENCE, "owningIrc", "ircAmsterdam", "returnAuthority", "ircRotterdam",
                "urgency", "NORMAL", "complaintOpen", complaintOpen, "complaintPeriodEndsAt", Date.from(PERIOD_ENDS)));
        assertThat(transfer).isStarted();
        return transfer;
    }
}
