package nl.rechtshulp.workflow;

import java.util.Set;
import nl.rechtshulp.request.Request;
import nl.rechtshulp.request.RequestHistory;
import nl.rechtshulp.request.RequestReference;
import nl.rechtshulp.request.RequestRegister;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * On the confirmation of a refusal: a person of the refusing authority other than the one who proposed it. Who
 * proposed it and for which authority are read from the register (the decision recorded when the proposing step was
 * completed, and the request's owning IRC), never from process variables, which a caller could overwrite. Who
 * confirmed is recorded with the decision like every completion.
 */
@Component
class ConfirmRefusalTaskListener implements TaskListener {

    static final Set<String> PROPOSING_STEPS = Set.of("Task_AssessAsCentralAuthority", "Task_AssessLegalConditions",
            "Task_RecordExaminingJudgeDecision");

    private final RequestRegister register;

    ConfirmRefusalTaskListener(RequestRegister register) {
        this.register = register;
    }

    @Override
    public void notify(DelegateTask task) {
        Request request = register.get(new RequestReference(task.getExecution().getProcessBusinessKey()));
        RequestHistory.Decision proposal = register.historyOf(request).decisions().stream()
                .filter(decision -> PROPOSING_STEPS.contains(decision.taskKey()))
                .reduce((earlier, later) -> later)
                .orElseThrow(() -> new IllegalStateException("a refusal to confirm without a proposal"));
        String authority = "Task_AssessAsCentralAuthority".equals(proposal.taskKey()) ? "airs" : request.getOwningIrc();
        String confirmer = TaskActors.of(task);
        if (confirmer.equals(proposal.decidedBy())) {
            // The engine's REST API answers this with 400 naming the field; the task stays open for a colleague.
            throw new FormFieldValidationException(FourEyesRefusal.CONFIRMED, "Een tweede persoon van dezelfde autoriteit"
                    + " bevestigt de weigering; u stelde haar zelf voor (" + FourEyesRefusal.CONFIRMED + ")");
        }
        var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (authentication != null && (authentication.getGroupIds() == null
                || !authentication.getGroupIds().contains(authority))) {
            throw new FormFieldValidationException(FourEyesRefusal.CONFIRMED, "Alleen een tweede persoon van " + authority
                    + " bevestigt deze weigering (" + FourEyesRefusal.CONFIRMED + ")");
        }
    }
}
