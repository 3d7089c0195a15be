package nl.rechtshulp.coordination;

import java.util.ArrayList;
import java.util.List;
import nl.rechtshulp.request.Request;
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
        Request request = register.get(reference);
        // The authorities that work this task see their own requests in full; coordinators see everything anyway.
        java.util.Set<String> workers = new java.util.HashSet<>();
        task.getCandidates().stream().map(org.camunda.bpm.engine.task.IdentityLink::getGroupId)
                .filter(java.util.Objects::nonNull).forEach(workers::add);
        workers.remove(nl.rechtshulp.security.AuthorityGroups.COORDINATORS);
        List<String> lines = new ArrayList<>();
        int elsewhere = 0;
        for (Request other : register.findToBundleWith(reference)) {
            if (other.getAuthorities().stream().noneMatch(workers::contains)) {
                elsewhere++;
                continue;
            }
            Relation relation = request.getInvestigation() != null
                    && request.getInvestigation().equals(other.getInvestigation())
                    ? Relation.SAME_INVESTIGATION : Relation.SAME_PERSON;
            lines.add(new RelatedRequest(other, relation).describe());
        }
        if (elsewhere > 0) {
            lines.add(elsewhere + " open verzoek(en) van andere autoriteiten aan dezelfde staat: vraag de coördinator");
        }
        task.setVariableLocal(ProcessVariables.BUNDLING_CANDIDATES, lines.isEmpty() ? "Geen" : String.join("\n", lines));
    }
}
