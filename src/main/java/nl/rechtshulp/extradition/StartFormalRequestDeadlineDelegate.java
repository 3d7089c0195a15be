package nl.rechtshulp.extradition;

import java.time.LocalDate;
import java.util.Date;
import nl.rechtshulp.request.ExtraditionRegister;
import nl.rechtshulp.request.RequestReference;
import nl.rechtshulp.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Starts the treaty's clock at the arrest: the day of release without the formal request (the timer fires as that day
 * begins, so the request must be there the day before), the day the officier van justitie and AIRS decide on continued
 * custody (incoming) and the day an outgoing request escalates. The process's timers fire on these dates, so what
 * users see is what the engine will do.
 */
@Component
class StartFormalRequestDeadlineDelegate implements JavaDelegate {

    private final ExtraditionRegister extraditions;

    StartFormalRequestDeadlineDelegate(ExtraditionRegister extraditions) {
        this.extraditions = extraditions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate arrestedOn = FormValues.date(execution, ProcessVariables.ARRESTED_ON);
        int formalRequestDays = (Integer) execution.getVariable(TreatyTerms.FORMAL_REQUEST_DAYS);
        LocalDate releaseOn = TreatyDeadlines.day(arrestedOn, formalRequestDays);
        LocalDate lastDay = releaseOn.minusDays(1);
        execution.setVariable(ProcessVariables.FORMAL_REQUEST_DUE_AT, Date.from(TreatyDeadlines.startOf(releaseOn)));
        execution.setVariable(ProcessVariables.FORMAL_REQUEST_DUE_ON, lastDay.toString());
        execution.setVariable(ProcessVariables.FORMAL_REQUEST_REVIEW_AT, dateOfDay(arrestedOn,
                (Integer) execution.getVariable(TreatyTerms.CUSTODY_REVIEW_DAY)));
        execution.setVariable(ProcessVariables.FORMAL_REQUEST_ESCALATION_AT, dateOfDay(arrestedOn,
                (Integer) execution.getVariable(TreatyTerms.ESCALATION_DAY)));
        extraditions.update(new RequestReference(execution.getProcessBusinessKey()), facts -> {
            facts.setArrestedOn(arrestedOn);
            facts.setFormalRequestDueOn(lastDay);
        });
    }

    private static Date dateOfDay(LocalDate arrestedOn, int day) {
        return Date.from(TreatyDeadlines.startOf(TreatyDeadlines.day(arrestedOn, day)));
    }
}
