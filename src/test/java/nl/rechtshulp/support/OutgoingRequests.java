package nl.rechtshulp.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Draft bodies for outgoing requests, each in an investigation and about a person no other test uses. */
public final class OutgoingRequests {

    private OutgoingRequests() {
    }

    /** To the UAE in Dutch: it needs the legislation and the warrant attached, and a translation. */
    /** A small PDF, as Tika recognises it from its content. */
    public static byte[] pdf(String text) {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% " + text + "\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Attaches what the UAE requires (certified legislation and the warrant) and sends the draft back for checking. */
    public static void completeUaeDraft(ApiClient officer, String reference) {
        for (String kind : List.of("CERTIFIED_LEGISLATION", "WARRANT")) {
            var added = officer.upload("/api/requests/" + reference + "/documents",
                    Map.of("kind", kind, "language", "nl"), kind.toLowerCase() + ".pdf", pdf(kind));
            if (added.status() != 201) {
                throw new IllegalStateException("upload answered " + added.status() + ": " + added.body());
            }
        }
        var request = officer.get("/api/requests/" + reference).body();
        String taskId = null;
        for (var task : request.path("openTasks")) {
            if ("Task_ReviseDraft".equals(task.path("taskKey").asText())) {
                taskId = task.path("id").asText();
            }
        }
        if (taskId == null) {
            throw new IllegalStateException(reference + " is not back with its drafter");
        }
        var done = officer.post("/engine-rest/task/" + taskId + "/complete", Map.of("variables", Map.of(
                "abandonDraft", Map.of("value", "false"), "requestLanguage", Map.of("value", "nl"))));
        if (done.status() != 204) {
            throw new IllegalStateException("revision answered " + done.status() + ": " + done.body());
        }
    }

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
        body.put("analysingService", "politie");
        body.put("measures", List.of(Map.of("description", "Land registry records and bank statements", "coercive", true)));
        body.put("persons", List.of(Map.of("role", "SUSPECT", "fullName", "Person " + UUID.randomUUID(),
                "nationality", "NL")));
        return body;
    }
}
