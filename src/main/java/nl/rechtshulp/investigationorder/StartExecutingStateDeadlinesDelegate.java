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
 * An EIO the Netherlands sent is followed against the executing state's deadlines, counted from the day it was sent:
 * its acknowledgement within a week (art. 16(1)) and its decision on recognition within 30 days (art. 12(3)).
 */
@Component
class StartExecutingStateDeadlinesDelegate implements JavaDelegate {

    static final String SENT_ON = "sentOn";
    static final String ACKNOWLEDGEMENT_EXPECTED_AT = "eioAcknowledgementExpectedAt";
    static final String RECOGNITION_EXPECTED_AT = "eioRecognitionExpectedAt";

    private final DecisionTables decisionTables;
    private final Clock clock;

    StartExecutingStateDeadlinesDelegate(DecisionTables decisionTables, Clock clock) {
        this.decisionTables = decisionTables;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, Object> limits = EioDeadlines.limits(decisionTables,
                String.valueOf(execution.getVariable(ProcessVariables.URGENCY)));
        Object sent = execution.getVariable(SENT_ON);
        LocalDate sentOn = sent == null || sent.toString().length() < 10 ? DutchTime.today(clock)
                : LocalDate.parse(sent.toString().substring(0, 10));
        execution.setVariable(ACKNOWLEDGEMENT_EXPECTED_AT, Date.from(DutchTime.lastSecondOf(
                sentOn.plusDays(EioDeadlines.days(limits, "acknowledgementDays")))));
        execution.setVariable(RECOGNITION_EXPECTED_AT, Date.from(DutchTime.lastSecondOf(
                sentOn.plusDays(EioDeadlines.days(limits, "recognitionDays")))));
    }
}
