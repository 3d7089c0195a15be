package nl.rechtshulp.coordination;

import java.util.Map;
import java.util.stream.Collectors;
import nl.rechtshulp.referencedata.DecisionTables;
import nl.rechtshulp.request.Request;
import nl.rechtshulp.request.RequestReference;
import nl.rechtshulp.request.RequestRegister;
import nl.rechtshulp.security.AuthorityGroups;
import nl.rechtshulp.web.ApiProblem;
import nl.rechtshulp.referencedata.DecisionTables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suggests the competent IRC and executing service ({@code CompetentIrcDecision}, {@code ExecutingServiceDecision})
 * and records the assignment a coordinator makes, which may differ from the suggestion for a stated reason. The
 * suggestion is kept with the task and the assignment in the register, so the tables need no history of their own.
 */
@Service
@Transactional
public class CompetentAuthorityService {

    static final String IRC_DECISION = "CompetentIrcDecision";
    static final String SERVICE_DECISION = "ExecutingServiceDecision";

    private final DecisionTables decisionTables;
    private final RequestRegister register;

    CompetentAuthorityService(DecisionTables decisionTables, RequestRegister register) {
        this.decisionTables = decisionTables;
        this.register = register;
    }

    public Suggestion suggest(RequestReference reference) {
        Request request = register.get(reference);
        Map<String, Object> inputs = Map.of("executionRegion", request.getExecutionRegion().name(),
                "offenceCategory", request.getOffenceCategory().name());
        String irc = (String) decisionTables.evaluate(IRC_DECISION, inputs).get("competentIrc");
        String service = (String) decisionTables.evaluate(SERVICE_DECISION, Map.of("offenceCategory",
                request.getOffenceCategory().name())).get("executingService");
        String related = register.findRelated(reference).stream()
                .map(nl.rechtshulp.request.RelatedRequest::describe)
                .collect(Collectors.joining("; "));
        return new Suggestion(irc, service, related.isEmpty() ? "Geen" : related);
    }

    public void assign(RequestReference reference, Assignment assignment, Suggestion suggestion) {
        if (!AuthorityGroups.isIrc(assignment.owningIrc())) {
            throw ApiProblem.badRequest("owningIrc", "owningIrc must be an IRC group, not " + assignment.owningIrc());
        }
        if (!AuthorityGroups.EXECUTING_SERVICES.contains(assignment.executingService())) {
            throw ApiProblem.badRequest("executingService",
                    "executingService must be one of " + AuthorityGroups.EXECUTING_SERVICES);
        }
        boolean overridden = !assignment.owningIrc().equals(suggestion.irc())
                || !assignment.executingService().equals(suggestion.executingService());
        if (overridden && (assignment.overrideReason() == null || assignment.overrideReason().isBlank())) {
            throw ApiProblem.badRequest("overrideReason", "A reason is required when the suggestion is not followed");
        }
        register.assignCompetentAuthority(reference, assignment.owningIrc(), assignment.officerOfJustice(),
                assignment.executingService());
    }

    public record Suggestion(String irc, String executingService, String relatedRequests) {
    }

    public record Assignment(String owningIrc, String officerOfJustice, String executingService, String overrideReason) {
    }
}
