package nl.rechtshulp.coordination;

import java.util.stream.Collectors;
import nl.rechtshulp.request.RelatedRequest;
import nl.rechtshulp.request.Relation;
import nl.rechtshulp.request.RequestReference;
import nl.rechtshulp.request.RequestRegister;
import nl.rechtshulp.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Before a request goes abroad, shows whoever checks or sends it the other open requests to the same state in the
 * same investigation or about the same persons, so partners can send them together.
 */
@Component
class ShowBundlingCandidatesTaskListener implements TaskListener {

    private final RequestRegister register;

    ShowBundlingCandidatesTaskListener(RequestRegister register) {
        this.register = register;
    }

    @Override
    public void notify(DelegateTask task) {
        var reference = new RequestReference((String) task.getVariable(ProcessVariables.REFERENCE));
        String investigation = register.get(reference).getInvestigation();
        String candidates = register.findToBundleWith(reference).stream()
                .map(other -> new RelatedRequest(other, investigation != null && investigation.equals(other.getInvestigation())
                        ? Relation.SAME_INVESTIGATION : Relation.SAME_PERSON).describe())
                .collect(Collectors.joining("\n"));
        task.setVariableLocal(ProcessVariables.BUNDLING_CANDIDATES, candidates.isEmpty() ? "Geen" : candidates);
    }
}
