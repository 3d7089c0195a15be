package nl.rechtshulp.investigationorder;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import nl.rechtshulp.referencedata.DecisionTables;
import nl.rechtshulp.web.DutchTime;
import nl.rechtshulp.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Execution within 90 days of the officier's decision on recognition (art. 12(4)), also where the rechter-commissaris
 * decided after it, with its warning.
 */
@Component
class StartExecutionDeadlineDelegate implements JavaDelegate {

    private final DecisionTables decisionTables;
    private final Clock clock;

    StartExecutionDeadlineDelegate(DecisionTables decisionTables, Clock clock) {
        this.decisionTables = decisionTables;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, Object> limits = EioDeadlines.limits(decisionTables,
                String.valueOf(execution.getVariable(ProcessVariables.URGENCY)));
        Object decided = execution.getVariable(EioDeadlines.RECOGNITION_DECIDED_ON);
        LocalDate decidedOn = decided == null ? DutchTime.today(clock) : LocalDate.parse(decided.toString());
        LocalDate dueOn = decidedOn.plusDays(EioDeadlines.days(limits, "executionDays"));
        execution.setVariable(EioDeadlines.EXECUTION_WARNING_AT, Date.from(DutchTime.startOf(
                dueOn.minusDays(EioDeadlines.days(limits, "warningDaysBefore")))));
        execution.setVariable(EioDeadlines.EXECUTION_DUE_AT, Date.from(DutchTime.lastSecondOf(dueOn)));
        execution.setVariable(EioDeadlines.EXECUTION_DUE_ON, dueOn.toString());
    }
}
