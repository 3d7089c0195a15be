package nl.rechtshulp.investigationorder;

import java.time.Clock;
import java.time.Duration;
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
 * Sets the Directive's deadlines from the day of receipt, in calendar days in Amsterdam ({@code EioTimeLimitsDecision}):
 * the acknowledgement, the decision on recognition with its warning, the once-extended decision, and for a freezing
 * order the 24 hours of art. 32(2) from registration.
 */
@Component
class StartEioDeadlinesDelegate implements JavaDelegate {

    private final DecisionTables decisionTables;
    private final Clock clock;

    StartEioDeadlinesDelegate(DecisionTables decisionTables, Clock clock) {
        this.decisionTables = decisionTables;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, Object> limits = EioDeadlines.limits(decisionTables, String.valueOf(execution.getVariable(ProcessVariables.URGENCY)));
        LocalDate receivedOn = LocalDate.parse(String.valueOf(execution.getVariable(ProcessVariables.RECEIVED_ON)));
        LocalDate recognitionDueOn = receivedOn.plusDays(EioDeadlines.days(limits, "recognitionDays"));
        LocalDate extendedDueOn = recognitionDueOn.plusDays(EioDeadlines.days(limits, "extensionDays"));
        LocalDate acknowledgementDueOn = receivedOn.plusDays(EioDeadlines.days(limits, "acknowledgementDays"));
        execution.setVariable(EioDeadlines.ACKNOWLEDGEMENT_DUE_AT, Date.from(DutchTime.lastSecondOf(acknowledgementDueOn)));
        execution.setVariable(EioDeadlines.ACKNOWLEDGEMENT_WARNING_AT, Date.from(DutchTime.startOf(
                acknowledgementDueOn.minusDays(EioDeadlines.days(limits, "acknowledgementWarningDaysBefore")))));
        execution.setVariable(EioDeadlines.RECOGNITION_WARNING_AT,
                Date.from(DutchTime.startOf(recognitionDueOn.minusDays(EioDeadlines.days(limits, "warningDaysBefore")))));
        execution.setVariable(EioDeadlines.RECOGNITION_DUE_AT, Date.from(DutchTime.lastSecondOf(recognitionDueOn)));
        execution.setVariable(EioDeadlines.RECOGNITION_DUE_ON, recognitionDueOn.toString());
        execution.setVariable(EioDeadlines.EXTENDED_RECOGNITION_DUE_AT, Date.from(DutchTime.lastSecondOf(extendedDueOn)));
        execution.setVariable(EioDeadlines.EXTENDED_RECOGNITION_DUE_ON, extendedDueOn.toString());
        if (Boolean.TRUE.equals(execution.getVariable(ProcessVariables.FREEZING_REQUESTED))) {
            execution.setVariable(EioDeadlines.FREEZING_DECISION_DUE_AT,
                    Date.from(clock.instant().plus(Duration.ofHours(EioDeadlines.days(limits, "freezingHours")))));
        }
    }
}
