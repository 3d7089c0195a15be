package nl.rechtshulp.audit;

import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.rechtshulp.security.CurrentUsers;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The audit page of one request, in Dutch, for a person to read: every entry in order, with Amsterdam and UTC time,
 * who, what, before and after, and why. Every value is escaped: the trail records what users typed.
 */
@RestController
class AuditPage {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss");
    private static final java.util.Map<String, String> DUTCH = java.util.Map.ofEntries(
            java.util.Map.entry("REQUEST_REGISTERED", "Verzoek geregistreerd"),
            java.util.Map.entry("REQUEST_CLOSED", "Verzoek afgesloten"),
            java.util.Map.entry("PROCESS_STARTED", "Proces gestart"),
            java.util.Map.entry("PROCESS_ENDED", "Proces beëindigd"),
            java.util.Map.entry("PROCESS_CANCELLED", "Proces afgebroken"),
            java.util.Map.entry("TASK_CREATED", "Taak aangemaakt"),
            java.util.Map.entry("TASK_COMPLETED", "Taak afgerond"),
            java.util.Map.entry("TASK_DELETED", "Taak vervallen"),
            java.util.Map.entry("TASK_REASSIGNED", "Taak overgedragen"),
            java.util.Map.entry("USER_OPERATION", "Handeling in de engine"),
            java.util.Map.entry("VARIABLE_SET", "Gegeven vastgelegd"),
            java.util.Map.entry("VARIABLE_DELETED", "Gegeven verwijderd"),
            java.util.Map.entry("DECISION", "Beslissing"), java.util.Map.entry("LEGAL_BASIS", "Rechtsgrond bepaald"),
            java.util.Map.entry("CLOCK_CHANGED", "Klok gewijzigd"),
            java.util.Map.entry("MESSAGE_RECEIVED", "Bericht ontvangen"),
            java.util.Map.entry("INCIDENT", "Storing"),
            java.util.Map.entry("INCIDENT_RESOLVED", "Storing opgelost"),
            java.util.Map.entry("ACCESS_DENIED", "Toegang geweigerd"),
            java.util.Map.entry("AUDIT_READ", "Audittrail ingezien"));
    private final AuditService audit;
    private final CurrentUsers currentUsers;

    AuditPage(AuditService audit, CurrentUsers currentUsers) {
        this.audit = audit;
        this.currentUsers = currentUsers;
    }

    @GetMapping(value = "/audit/requests/{reference}", produces = MediaType.TEXT_HTML_VALUE)
    String page(@PathVariable String reference) {
        List<AuditEntryView> entries = audit.timeline(reference, currentUsers.current());
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="nl">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Audittrail %1$s · Rechtshulp</title>
                <style>
                  body { font-family: system-ui, sans-serif; margin: 2rem; color: #1b1b1b; }
                  table { border-collapse: collapse; width: 100%%; font-size: 0.9rem; }
                  th, td { border: 1px solid #767676; padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
                  th { background: #e8eef5; }
                  td.value { max-width: 22rem; overflow-wrap: anywhere; }
                  .small { color: #4a4a4a; font-size: 0.8rem; }
                  a { color: #0b4f8a; }
                </style>
                </head>
                <body>
                <main>
                <h1>Audittrail van verzoek %1$s</h1>
                <p>%2$d gebeurtenissen, oudste eerst. Tijden in Nederlandse tijd (Europe/Amsterdam), UTC eronder.
                <a href="/requests/%1$s">Dossier van het verzoek</a> ·
                <a href="/api/requests/%1$s/audit?format=csv">Download als CSV</a> ·
                <a href="/api/requests/%1$s/audit">als JSON</a> ·
                <a href="/api/audit/checkpoints">Controlepunten buiten de database (auditors)</a></p>
                <table>
                <caption class="small">Iedere regel is met de vorige verbonden door een HMAC-SHA-256-zegel met een sleutel buiten de database; een gewijzigde regel verbreekt de keten, en controlepunten buiten de database leggen de ketens periodiek vast.</caption>
                <thead><tr><th scope="col">#</th><th scope="col">Wanneer</th><th scope="col">Wie</th><th scope="col">Bron</th>
                <th scope="col">Wat</th><th scope="col">Onderwerp</th><th scope="col">Voor</th><th scope="col">Na</th>
                <th scope="col">Reden</th></tr></thead>
                <tbody>
                """.formatted(escape(reference), entries.size()));
        for (AuditEntryView entry : entries) {
            html.append("<tr><td>").append(entry.seq()).append("</td><td>")
                    .append(entry.occurredAtAmsterdam().format(LOCAL)).append("<br><span class=\"small\">")
                    .append(entry.occurredAt()).append(" UTC</span></td><td>").append(escape(entry.actor()))
                    .append("<br><span class=\"small\">").append(escape(entry.actorGroups())).append("</span></td><td>")
                    .append(entry.source() == AuditSource.ENGINE ? "proces" : "toepassing").append("</td><td>")
                    .append(escape(DUTCH.getOrDefault(entry.action(), entry.action())))
                    .append("<br><span class=\"small\">").append(escape(entry.action())).append("</span>")
                    .append("</td><td class=\"value\">").append(escape(entry.subject()))
                    .append("</td><td class=\"value\">").append(escape(entry.before()))
                    .append("</td><td class=\"value\">").append(escape(entry.after()))
                    .append("</td><td class=\"value\">").append(escape(entry.reason())).append("</td></tr>\n");
        }
        return html.append("</tbody>\n</table>\n</main>\n</body>\n</html>\n").toString();
    }

    private static String escape(String value) {
        return value == null ? "" : HtmlUtils.htmlEscape(value);
    }
}
