package nl.rechtshulp.followup;

import java.time.LocalDate;
import java.time.Period;
import java.util.Date;
import nl.rechtshulp.referencedata.MeasureAuthorisations;
import nl.rechtshulp.request.RequestReference;
import nl.rechtshulp.request.RequestRegister;
import nl.rechtshulp.web.DutchTime;
import nl.rechtshulp.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * Where a measure carried out is open to a complaint (beklag), the complaint period runs from the day the persons
 * concerned were notified (Sv 5.4.10: 14 days; the length comes from {@code IncomingMlaTimeLimitsDecision}); the
 * results wait for it. Whether a complaint is open is read again from the register's measures, and nothing carried
 * out leaves nothing to complain of.
 */
@Component
class ExecuteMeasuresTaskListener implements TaskListener {

    static final String NOTIFIED_ON = "notifiedOn";
    static final String NOT_EXECUTABLE = "NOT_EXECUTABLE";

    private final RequestRegister register;
    private final MeasureAuthorisations measureAuthorisations;

    ExecuteMeasuresTaskListener(RequestRegister register, MeasureAuthorisations measureAuthorisations) {
        this.register = register;
        this.measureAuthorisations = measureAuthorisations;
    }

    @Override
    public void notify(DelegateTask task) {
        var request = register.get(new RequestReference(task.getExecution().getProcessBusinessKey()));
        boolean complaintOpen = !NOT_EXECUTABLE.equals(task.getVariable("executionResult"))
                && measureAuthorisations.of(request.getMeasures()).complaintOpen();
        task.setVariable(ProcessVariables.COMPLAINT_OPEN, complaintOpen);
        if (!complaintOpen) {
            return;
        }
        Object notifiedOn = task.getVariable(NOTIFIED_ON);
        if (notifiedOn == null || notifiedOn.toString().length() < 10) {
            throw new FormFieldValidationException(NOTIFIED_ON, "Een maatregel staat open voor beklag: vul in wanneer "
                    + "de belanghebbenden in kennis zijn gesteld (" + NOTIFIED_ON + ")");
        }
        Period window = Period.parse(String.valueOf(task.getVariable(ProcessVariables.COMPLAINT_WINDOW)));
        LocalDate periodEnds = LocalDate.parse(notifiedOn.toString().substring(0, 10)).plus(window);
        task.setVariable(ProcessVariables.COMPLAINT_PERIOD_ENDS_AT, Date.from(DutchTime.lastSecondOf(periodEnds)));
    }
}
