package nl.rechtshulp.coordination;

import nl.rechtshulp.request.RequestReference;
import nl.rechtshulp.request.Route;
import nl.rechtshulp.security.AuthorityGroups;
import nl.rechtshulp.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Sets the route the request takes and who answers the requesting state: AIRS, or the receiving authority. Without a
 * basis in the register the route is AIRS's, which assesses the request with the reason in its task.
 */
@Component
class DetermineLegalBasisAndRouteDelegate implements JavaDelegate {

    private final LegalBasisService legalBasisService;

    DetermineLegalBasisAndRouteDelegate(LegalBasisService legalBasisService) {
        this.legalBasisService = legalBasisService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var finding = legalBasisService.determine(new RequestReference(execution.getProcessBusinessKey()));
        execution.setVariable(ProcessVariables.LEGAL_BASIS, LegalBasisService.named(finding));
        execution.setVariable(ProcessVariables.ROUTE, finding.route().name());
        execution.setVariable(ProcessVariables.EUROPEAN_INVESTIGATION_ORDER, finding.europeanInvestigationOrder());
        execution.setVariable(ProcessVariables.RETURN_AUTHORITY, finding.route() == Route.CENTRAL_AUTHORITY
                ? AuthorityGroups.AIRS : execution.getVariable(ProcessVariables.RECEIVING_AUTHORITY));
    }
}
