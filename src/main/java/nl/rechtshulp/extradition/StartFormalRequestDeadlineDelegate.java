package nl.rechtshulp.extradition;

import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import nl.rechtshulp.referencedata.DecisionTables;
import nl.rechtshulp.request.RequestReference;
import nl.rechtshulp.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Starts the clock at the arrest: the day of release without the formal request (from the instrument, or set by AIRS
 * where none sets one; the timer fires as that day begins, so the request must be there the day before), the day the
 * officier van justitie and AIRS decide on continued custody (incoming) and the day an outgoing request escalates
 * ({@code FormalRequestReviewDecision}). The process's timers fire on these dates, so what users see is what the
 * engine will do.
 */
@Component
class StartFormalRequestDeadlineDelegate implements JavaDelegate {

    private final ExtraditionRegister extraditions;
    private final DecisionTables decisionTables;

    StartFormalRequestDeadlineDelegate(ExtraditionRegister extraditions, DecisionTables decisionTables) {
        this.extraditions = extraditions;
        this.decisionTables = decisionTables;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate arrestedOn = FormValues.date(execution, ProcessVariables.ARRESTED_ON);
        int formalRequestDays = ((Number) execution.getVariable(TreatyTerms.FORMAL_REQUEST_DAYS)).intValue();
        Object releasePossibleDay = execution.getVariable(TreatyTerms.RELEASE_POSSIBLE_DAY);
        Map<String, Object> review = decisionTables.evaluate(TreatyTerms.REVIEW_DECISION, Map.of(
                "releasePossibleDay", releasePossibleDay == null ? 0 : ((Number) releasePossibleDay).intValue(),
                "releaseDay", formalRequestDays));
        LocalDate releaseOn = TreatyDeadlines.day(arrestedOn, formalRequestDays);
        LocalDate lastDay = releaseOn.minusDays(1);
        execution.setVariable(ProcessVariables.FORMAL_REQUEST_DUE_AT, Date.from(TreatyDeadlines.startOf(releaseOn)));
        execution.setVariable(ProcessVariables.FORMAL_REQUEST_DUE_ON, lastDay.toString());
        execution.setVariable(ProcessVariables.FORMAL_REQUEST_REVIEW_AT,
                dateOfDay(arrestedOn, ((Number) review.get("custodyReviewDay")).intValue()));
        // Where the requested state may release from a day of its own (ECE art. 16(4): day 18), our formal request is
        // due before that day; day 40 stays the last.
        int targetDay = releasePossibleDay instanceof Number day && day.intValue() > 0 ? day.intValue() : formalRequestDays;
        execution.setVariable(ProcessVariables.FORMAL_REQUEST_TARGET_AT, dateOfDay(arrestedOn, targetDay));
        execution.setVariable(ProcessVariables.FORMAL_REQUEST_ESCALATION_AT,
                dateOfDay(arrestedOn, ((Number) review.get("escalationDay")).intValue()));
        extraditions.update(new RequestReference(execution.getProcessBusinessKey()),
                facts -> facts.recordArrest(arrestedOn, lastDay));
    }

    private static Date dateOfDay(LocalDate arrestedOn, int day) {
        return Date.from(TreatyDeadlines.startOf(TreatyDeadlines.day(arrestedOn, day)));
    }
}
