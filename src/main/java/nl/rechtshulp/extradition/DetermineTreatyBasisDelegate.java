package nl.rechtshulp.extradition;

import java.util.Map;
import nl.rechtshulp.request.ExtraditionRegister;
import nl.rechtshulp.request.RequestReference;
import nl.rechtshulp.request.RequestRegister;
import nl.rechtshulp.request.Route;
import nl.rechtshulp.security.AuthorityGroups;
import nl.rechtshulp.workflow.ProcessVariables;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Looks up the treaty with the other state ({@code ExtraditionTreatyDecision}, evaluated through the engine so the
 * history shows the rule): no treaty, no extradition. Records the basis on the request (AIRS is always involved: it
 * is the central authority for extradition) and gives the process the treaty's days and guarantees.
 */
@Component
class DetermineTreatyBasisDelegate implements JavaDelegate {

    static final String DECISION = "ExtraditionTreatyDecision";

    private final DecisionService decisionService;
    private final RequestRegister register;
    private final ExtraditionRegister extraditions;

    DetermineTreatyBasisDelegate(DecisionService decisionService, RequestRegister register,
                                 ExtraditionRegister extraditions) {
        this.decisionService = decisionService;
        this.register = register;
        this.extraditions = extraditions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String partnerState = (String) execution.getVariable(ProcessVariables.PARTNER_STATE);
        DmnDecisionResultEntries treaty = decisionService.evaluateDecisionByKey(DECISION)
                .variables(Map.of(ProcessVariables.PARTNER_STATE, partnerState))
                .evaluate().getSingleResult();
        boolean possible = treaty.<Boolean>getEntry("extraditionPossible");
        String basis = treaty.getEntry("treatyBasis");
        String channel = treaty.getEntry("channel");
        Integer formalRequestDays = treaty.getEntry("formalRequestDays");
        var reference = new RequestReference(execution.getProcessBusinessKey());
        register.recordLegalBasis(reference, basis, treaty.getEntry("source"), Route.CENTRAL_AUTHORITY,
                AuthorityGroups.AIRS);
        extraditions.update(reference, facts -> facts.setChannel(channel));
        execution.setVariable(ProcessVariables.TREATY_BASIS_FOUND, possible);
        execution.setVariable(ProcessVariables.TREATY_BASIS, basis);
        execution.setVariable(ProcessVariables.TRANSMISSION_CHANNEL,
                "DIPLOMATIC".equals(channel) ? "diplomatieke weg" : "centrale autoriteit (AIRS)");
        execution.setVariable(TreatyTerms.FORMAL_REQUEST_DAYS, formalRequestDays);
        execution.setVariable(TreatyTerms.CUSTODY_REVIEW_DAY, treaty.getEntry("custodyReviewDay"));
        execution.setVariable(TreatyTerms.ESCALATION_DAY, treaty.getEntry("escalationDay"));
        execution.setVariable(TreatyTerms.DEATH_PENALTY_ASSURANCE, treaty.getEntry("deathPenaltyAssurance"));
        execution.setVariable(TreatyTerms.CORPORAL_PUNISHMENT_ASSURANCE,
                treaty.getEntry("corporalPunishmentAssurance"));
        if (treaty.getEntry("reminderInterval") != null) {
            execution.setVariable(TreatyTerms.GUARANTEE_REMINDER_INTERVAL, treaty.getEntry("reminderInterval"));
        }
    }
}
