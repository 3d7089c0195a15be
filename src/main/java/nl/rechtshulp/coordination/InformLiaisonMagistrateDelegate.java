package nl.rechtshulp.coordination;

import java.util.Map;
import nl.rechtshulp.referencedata.DecisionTables;
import nl.rechtshulp.request.RequestReference;
import nl.rechtshulp.request.RequestRegister;
import nl.rechtshulp.security.AuthorityGroups;
import nl.rechtshulp.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Informs the liaison magistrate posted for the requested state ({@code LiaisonMagistrateDecision}), who then sees the
 * request, expedites it when it is urgent and chases it when a reminder is due. Where no liaison magistrate is posted,
 * the owning IRC chases: it monitors progress of every request it handles.
 */
@Component
class InformLiaisonMagistrateDelegate implements JavaDelegate {

    static final String DECISION = "LiaisonMagistrateDecision";

    private final DecisionTables decisionTables;
    private final RequestRegister register;

    InformLiaisonMagistrateDelegate(DecisionTables decisionTables, RequestRegister register) {
        this.decisionTables = decisionTables;
        this.register = register;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String post = (String) decisionTables.evaluate(DECISION,
                Map.of("requestedState", execution.getVariable(ProcessVariables.REQUESTED_STATE))).get("post");
        boolean posted = post != null && !post.isBlank();
        if (posted) {
            register.recordLiaisonPost(new RequestReference(execution.getProcessBusinessKey()), post,
                    AuthorityGroups.LIAISON_MAGISTRATES);
        }
        execution.setVariable(ProcessVariables.LIAISON_POST, posted ? post : null);
        execution.setVariable(ProcessVariables.EXPEDITE_BY_LIAISON,
                posted && !"NORMAL".equals(execution.getVariable(ProcessVariables.URGENCY)));
        execution.setVariable(ProcessVariables.CHASE_AUTHORITY,
                posted ? AuthorityGroups.LIAISON_MAGISTRATES : execution.getVariable(ProcessVariables.OWNING_IRC));
    }
}
