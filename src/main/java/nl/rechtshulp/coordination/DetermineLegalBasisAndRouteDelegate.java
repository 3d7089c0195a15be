package nl.rechtshulp.coordination;

import nl.rechtshulp.request.RequestReference;
import nl.rechtshulp.request.Route;
import nl.rechtshulp.security.AuthorityGroups;
import nl.rechtshulp.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sets the route the request takes and who answers the requesting state: AIRS, or the receiving authority. */
@Component
class DetermineLegalBasisAndRouteDelegate implements JavaDelegate {

    private final LegalBasisService legalBasisService;

    DetermineLegalBasisAndRouteDelegate(LegalBasisService legalBasisService) {
        this.legalBasisService = legalBasisService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var legalBasis = legalBasisService.determine(new RequestReference(execution.getProcessBusinessKey()));
        execution.setVariable(ProcessVariables.LEGAL_BASIS, legalBasis.legalBasis());
        execution.setVariable(ProcessVariables.ROUTE, legalBasis.route().name());
        execution.setVariable(ProcessVariables.RETURN_AUTHORITY, legalBasis.route() == Route.CENTRAL_AUTHORITY
                ? AuthorityGroups.AIRS : execution.getVariable(ProcessVariables.RECEIVING_AUTHORITY));
    }
}
