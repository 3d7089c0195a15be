package nl.rechtshulp.audit;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Audit entries as CSV (RFC 4180), one line per entry; cells that a spreadsheet would run as formulas are defused. */
final class AuditCsv {

    private static final String HEADER = "id,chain,seq,occurred_at_utc,occurred_at_amsterdam,actor,actor_groups,"
            + "request,source,action,subject,before,after,reason,hash";

    private AuditCsv() {
    }

    static String of(List<AuditEntryView> entries) {
        return Stream.concat(Stream.of(HEADER), entries.stream().map(AuditCsv::line))
                .collect(Collectors.joining("\r\n", "", "\r\n"));
    }

    private static String line(AuditEntryView e) {
        return Stream.of(String.valueOf(e.id()), e.chain(), String.valueOf(e.seq()), e.occurredAt().toString(),
                        e.occurredAtAmsterdam().toString(), e.actor(), e.actorGroups(), e.requestReference(),
                        e.source().name(), e.action(), e.subject(), e.before(), e.after(), e.reason(), e.hash())
                .map(AuditCsv::cell).collect(Collectors.joining(","));
    }

    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        String text = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return text.matches(".*[\",\r\n].*") || text.contains("\n") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
