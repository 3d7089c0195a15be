package nl.rechtshulp.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Request bodies for the intake API, each with a foreign reference no other test uses. */
public final class IncomingRequests {

    private IncomingRequests() {
    }

    public static Map<String, Object> fromUae() {
        Map<String, Object> body = new HashMap<>();
        body.put("foreignReference", "AE-PP-" + UUID.randomUUID());
        body.put("requestingState", "AE");
        body.put("requestingAuthority", "Public Prosecution Dubai");
        body.put("urgency", "URGENT");
        body.put("summaryOfFacts", "Proceeds of cocaine trafficking laundered through real estate in Dubai");
        body.put("offences", "witwassen, art. 420bis Sr");
        body.put("offenceCategory", "MONEY_LAUNDERING");
        body.put("executionRegion", "AMSTERDAM");
        body.put("measures", List.of(Map.of("description", "Bank records of two accounts", "coercive", true)));
        body.put("persons", List.of(Map.of("role", "SUSPECT", "fullName", "Person " + UUID.randomUUID(),
                "nationality", "NL")));
        return body;
    }

    /** A European Investigation Order: Germany is bound by the Directive, and a public prosecutor issued it. */
    public static Map<String, Object> fromGermany() {
        Map<String, Object> body = fromUae();
        body.put("foreignReference", "DE-StA-" + UUID.randomUUID());
        body.put("requestingState", "DE");
        body.put("requestingAuthority", "Staatsanwaltschaft Köln");
        body.put("issuingAuthorityKind", "PUBLIC_PROSECUTOR");
        body.put("urgency", "NORMAL");
        body.put("offenceCategory", "DRUG_TRAFFICKING");
        body.put("measures", List.of(Map.of("description", "Witness hearing", "coercive", false)));
        return body;
    }

    /**
     * A request from Denmark, which the Directive does not bind: it runs on the 2000 EU MLA Convention, sent directly
     * to the competent IRC, through the incoming MLA process (no acknowledgement, no EIO deadlines).
     */
    public static Map<String, Object> fromDenmark() {
        Map<String, Object> body = fromUae();
        body.put("foreignReference", "DK-AM-" + UUID.randomUUID());
        body.put("requestingState", "DK");
        body.put("requestingAuthority", "Anklagemyndigheden København");
        body.put("urgency", "NORMAL");
        body.put("offenceCategory", "DRUG_TRAFFICKING");
        body.put("measures", List.of(Map.of("description", "Witness hearing", "coercive", false)));
        return body;
    }
}
