package nl.rechtshulp.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Draft bodies for outgoing requests, each in an investigation and about a person no other test uses. */
public final class OutgoingRequests {

    private OutgoingRequests() {
    }

    /** To the UAE in Dutch, with the legislation and the warrant: complete, but it needs a translation. */
    public static Map<String, Object> toUae() {
        Map<String, Object> body = new HashMap<>();
        body.put("direction", "OUTGOING");
        body.put("type", "MLA");
        body.put("requestedState", "AE");
        body.put("requestingAuthority", "Arrondissementsparket Amsterdam");
        body.put("officerOfJustice", "mr. A. de Vries");
        body.put("investigation", "26Lemon-" + UUID.randomUUID());
        body.put("urgency", "URGENT");
        body.put("summaryOfFacts", "Cocaine proceeds invested in Dubai real estate by a Dutch criminal organisation");
        body.put("offences", "witwassen, art. 420bis Sr; art. 10 Opiumwet");
        body.put("offenceCategory", "MONEY_LAUNDERING");
        body.put("policySubGoal", "CRIMINAL_MONEY_FLOWS");
        body.put("phenomenon", "COCAINE");
        body.put("requestLanguage", "nl");
        body.put("enclosures", List.of("CERTIFIED_LEGISLATION", "WARRANT"));
        body.put("analysingService", "politie");
        body.put("measures", List.of(Map.of("description", "Land registry records and bank statements", "coercive", true)));
        body.put("persons", List.of(Map.of("role", "SUSPECT", "fullName", "Person " + UUID.randomUUID(),
                "nationality", "NL")));
        return body;
    }
}
