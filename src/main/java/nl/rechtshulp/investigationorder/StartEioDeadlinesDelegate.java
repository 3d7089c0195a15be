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
        Map<String, Object> limits = limits(decisionTables, String.valueOf(execution.getVariable(ProcessVariables.URGENCY)));
        LocalDate receivedOn = LocalDate.parse(String.valueOf(execution.getVariable(ProcessVariables.RECEIVED_ON)));
        LocalDate recognitionDueOn = receivedOn.plusDays(days(limits, "recognitionDays"));
        LocalDate extendedDueOn = recognitionDueOn.plusDays(days(limits, "extensionDays"));
        LocalDate acknowledgementDueOn = receivedOn.plusDays(days(limits, "acknowledgementDays"));
        execution.setVariable(EioDeadlines.ACKNOWLEDGEMENT_DUE_AT, Date.from(DutchTime.lastSecondOf(acknowledgementDueOn)));
        execution.setVariable(EioDeadlines.ACKNOWLEDGEMENT_WARNING_AT, Date.from(DutchTime.startOf(
                acknowledgementDueOn.minusDays(days(limits, "acknowledgementWarningDaysBefore")))));
        execution.setVariable(EioDeadlines.RECOGNITION_WARNING_AT,
                Date.from(DutchTime.startOf(recognitionDueOn.minusDays(days(limits, "warningDaysBefore")))));
        execution.setVariable(EioDeadlines.RECOGNITION_DUE_AT, Date.from(DutchTime.lastSecondOf(recognitionDueOn)));
        execution.setVariable(EioDeadlines.RECOGNITION_DUE_ON, recognitionDueOn.toString());
        execution.setVariable(EioDeadlines.EXTENDED_RECOGNITION_DUE_AT, Date.from(DutchTime.lastSecondOf(extendedDueOn)));
        execution.setVariable(EioDeadlines.EXTENDED_RECOGNITION_DUE_ON, extendedDueOn.toString());
        if (Boolean.TRUE.equals(execution.getVariable(ProcessVariables.FREEZING_REQUESTED))) {
            execution.setVariable(EioDeadlines.FREEZING_DECISION_DUE_AT,
                    Date.from(clock.instant().plus(Duration.ofHours(days(limits, "freezingHours")))));
        }
    }

    static Map<String, Object> limits(DecisionTables decisionTables, String urgency) {
        return decisionTables.evaluate(EioDeadlines.TIME_LIMITS_DECISION, Map.of("urgency", urgency));
    }

    static long days(Map<String, Object> limits, String name) {
        return ((Number) limits.get(name)).longValue();
    }
}
