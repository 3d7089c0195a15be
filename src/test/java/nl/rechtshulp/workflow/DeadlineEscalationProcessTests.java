package nl.rechtshulp.workflow;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Both paths of {@code DeadlineEscalationProcess}: a warning to the owning authority, a breach for coordinators. */
@Deployment(resources = "processes/DeadlineEscalationProcess.bpmn")
class DeadlineEscalationProcessTests {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .configurationResource("process-test.camunda.cfg.xml")
            .assertClassCoverageAtLeast(1.0)
            .build();

    @BeforeEach
    void setUp(ProcessEngine processEngine) {
        init(processEngine);
    }

    @Test
    void aWarningGoesToTheOwningAuthorityAndTheCoordinators() {
        ProcessInstance escalation = start("WARNING");

        assertThat(escalation).isWaitingAt("Task_HeedDeadlineWarning");
        assertThat(task()).hasDefinitionKey("Task_HeedDeadlineWarning").hasCandidateGroup("ircLimburg")
                .hasCandidateGroup("coordinators");
        complete(task(), withVariables("plannedAction", "Taak vandaag opgepakt"));
        assertThat(escalation).hasPassed("EndEvent_WarningHeeded").isEnded();
    }

    @Test
    void aBreachIsForCoordinatorsOnly() {
        ProcessInstance escalation = start("BREACH");

        assertThat(escalation).isWaitingAt("Task_HandleDeadlineBreach");
        assertThat(task()).hasDefinitionKey("Task_HandleDeadlineBreach").hasCandidateGroup("coordinators");
        org.assertj.core.api.Assertions.assertThat(task().getName()).contains("Termijn verstreken");
        complete(task(), withVariables("intervention", "REASSIGNED", "reason", "Behandelaar ziek"));
        assertThat(escalation).hasPassed("EndEvent_BreachHandled").hasNotPassed("Task_HeedDeadlineWarning").isEnded();
    }

    private static ProcessInstance start(String kind) {
        return runtimeService().startProcessInstanceByKey(ProcessKeys.DEADLINE_ESCALATION, "RH-2026-000099",
                Map.of("escalation", kind, "reference", "RH-2026-000099", "authority", "ircLimburg", "urgency", "NORMAL"));
    }
}
