package nl.rechtshulp.coordination;

import java.util.Map;
import nl.rechtshulp.request.Request;
import nl.rechtshulp.request.RequestReference;
import nl.rechtshulp.request.RequestRegister;
import nl.rechtshulp.request.Route;
import nl.rechtshulp.security.AuthorityGroups;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Legal basis and route of a request, from {@code LegalBasisAndRouteDecision}. Evaluated through the engine so the
 * evaluation, its inputs and the matched rule stay in the history for whoever asks why a route was taken.
 */
@Service
@Transactional
public class LegalBasisService {

    static final String DECISION = "LegalBasisAndRouteDecision";

    private final DecisionService decisionService;
    private final RequestRegister register;

    LegalBasisService(DecisionService decisionService, RequestRegister register) {
        this.decisionService = decisionService;
        this.register = register;
    }

    public LegalBasis determine(RequestReference reference) {
        Request request = register.get(reference);
        DmnDecisionResultEntries result = decisionService.evaluateDecisionByKey(DECISION)
                .variables(Map.of("partnerState", request.getPartnerState(), "requestType", request.getType().name()))
                .evaluate()
                .getSingleResult();
        if (result == null) {
            throw new IllegalStateException(DECISION + " has no rule for " + request.getPartnerState());
        }
        var legalBasis = new LegalBasis(result.getEntry("legalBasis"), result.getEntry("source"),
                Route.valueOf(result.getEntry("route")), Boolean.TRUE.equals(result.getEntry("confirmed")));
        register.recordLegalBasis(reference, legalBasis.legalBasis(), legalBasis.source(), legalBasis.route(),
                AuthorityGroups.AIRS);
        return legalBasis;
    }

    /** {@code confirmed} is false where the source still needs a lawyer's check (DOMAIN [B]/[?]). */
    public record LegalBasis(String legalBasis, String source, Route route, boolean confirmed) {
    }
}
