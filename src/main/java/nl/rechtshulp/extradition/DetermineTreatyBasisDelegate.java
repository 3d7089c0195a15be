package nl.rechtshulp.extradition;

import nl.rechtshulp.coordination.LegalBasisService;
import nl.rechtshulp.referencedata.LegalBasisFinding;
import nl.rechtshulp.request.RequestReference;
import nl.rechtshulp.request.RequestRegister;
import nl.rechtshulp.security.AuthorityGroups;
import nl.rechtshulp.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Places the request on the treaty register ({@link LegalBasisService}): a treaty basis with its days and assurances,
 * surrender for the states that surrender instead of extraditing, or AIRS's assessment where the register knows no
 * basis. The basis and its explanation are recorded with the request; the process gets only what drives its steps.
 */
@Component
class DetermineTreatyBasisDelegate implements JavaDelegate {

    /** The Amsterdam public prosecutor's office handles surrender before the district court's IRK. */
    private static final String AMSTERDAM_IRC = "ircAmsterdam";

    private final LegalBasisService legalBasisService;
    private final ExtraditionRegister extraditions;
    private final RequestRegister register;

    DetermineTreatyBasisDelegate(LegalBasisService legalBasisService, ExtraditionRegister extraditions,
                                 RequestRegister register) {
        this.legalBasisService = legalBasisService;
        this.extraditions = extraditions;
        this.register = register;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var reference = new RequestReference(execution.getProcessBusinessKey());
        LegalBasisFinding finding = legalBasisService.determine(reference);
        // Outgoing, the Netherlands gives guarantees (recorded with the requested state's decision); it asks none.
        boolean incoming = register.get(reference).getDirection() == nl.rechtshulp.request.Direction.INCOMING;
        var guarantees = incoming ? finding.guarantees() : java.util.List.<nl.rechtshulp.request.Guarantee>of();
        extraditions.update(reference, facts -> facts.recordTreatyTerms(finding.channel().name(), guarantees));
        if (finding.outcome() == LegalBasisFinding.Outcome.SURRENDER) {
            // The LIRC and the Amsterdam office take it over: they see the case they are asked to take.
            register.involve(reference, AuthorityGroups.LIRC);
            register.involve(reference, AMSTERDAM_IRC);
        }
        execution.setVariable(ProcessVariables.TREATY_OUTCOME, finding.outcome().name());
        execution.setVariable(ProcessVariables.TREATY_BASIS_FOUND, finding.outcome() == LegalBasisFinding.Outcome.TREATY);
        execution.setVariable(ProcessVariables.TREATY_BASIS, LegalBasisService.named(finding));
        execution.setVariable(ProcessVariables.TRANSMISSION_CHANNEL, switch (finding.channel()) {
            case DIPLOMATIC -> "diplomatieke weg";
            case JUDICIAL -> "tussen justitiële autoriteiten";
            case CENTRAL_AUTHORITY -> "centrale autoriteit (AIRS)";
        });
        var deadlines = finding.deadlines();
        execution.setVariable(TreatyTerms.FORMAL_REQUEST_DAYS, deadlines == null ? null : deadlines.releaseDay());
        execution.setVariable(TreatyTerms.RELEASE_POSSIBLE_DAY, deadlines == null ? null : deadlines.releasePossibleDay());
        execution.setVariable(TreatyTerms.FORMAL_REQUEST_LIMIT_NOTE, deadlines == null ? null : deadlines.note());
        execution.setVariable(TreatyTerms.SURRENDER_RELEASE_DAY, deadlines == null ? null : deadlines.surrenderReleaseDay());
        execution.setVariable(TreatyTerms.SURRENDER_RELEASE_POSSIBLE_DAY,
                deadlines == null ? null : deadlines.surrenderReleasePossibleDay());
        execution.setVariable(TreatyTerms.DEATH_PENALTY_ASSURANCE,
                guarantees.contains(nl.rechtshulp.request.Guarantee.NO_DEATH_PENALTY));
        execution.setVariable(TreatyTerms.CORPORAL_PUNISHMENT_ASSURANCE,
                guarantees.contains(nl.rechtshulp.request.Guarantee.NO_CORPORAL_PUNISHMENT));
    }
}
