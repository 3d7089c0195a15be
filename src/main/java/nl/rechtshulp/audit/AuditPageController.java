package nl.rechtshulp.audit;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.rechtshulp.security.CurrentUsers;
import nl.rechtshulp.web.ApiProblem;
import nl.rechtshulp.web.CaseDates;
import nl.rechtshulp.web.DutchTime;
import nl.rechtshulp.web.Labels;
import nl.rechtshulp.pages.PageController;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit trail as an auditor reads it: refused attempts first, then who did what and why (decisions, task
 * completions with the values entered, documents, messages), with the engine's own variable events folded away.
 * Filters by person and by action. The trail itself is untouched: the JSON and CSV exports hold every entry.
 */
@PageController
class AuditPageController {

    static final Set<String> ENGINE_VARIABLE_EVENTS = Set.of("VARIABLE_SET", "VARIABLE_DELETED");
    static final Set<String> REFUSALS = Set.of("ACCESS_DENIED");
    /**
     * Values written by the same person just before a task's completion, in the same submission, were entered in its
     * form; what the process writes after the completion is the engine's.
     */
    private static final Duration SAME_SUBMISSION = Duration.ofSeconds(2);

    /** Categories of codes the application writes into an entry's subject, before and after (e.g. "INCOMING MLA"). */
    private static final List<String> CODE_CATEGORIES = List.of("direction", "type", "phase", "clock", "urgency",
            "route", "outcome", "message", "document", "stage", "legalOutcome", "refusal");

    private final AuditService audit;
    private final CurrentUsers currentUsers;
    private final Labels labels;

    AuditPageController(AuditService audit, CurrentUsers currentUsers, Labels labels) {
        this.audit = audit;
        this.currentUsers = currentUsers;
        this.labels = labels;
    }

    /**
     * An entry as the page shows it, with the register's codes in its subject, before and after put in words (the
     * trail and its exports keep them as recorded), and the values entered with it (a task completion's form).
     */
    record Row(AuditEntryView entry, String subject, String before, String after, List<AuditEntryView> values) {
    }

    /** The filters as the form shows them. */
    record Filters(String actor, String action, boolean engine) {
    }

    @GetMapping(value = "/audit/requests/{reference}", produces = MediaType.TEXT_HTML_VALUE)
    String page(@PathVariable String reference, @RequestParam(required = false) String actor,
                @RequestParam(required = false) String action, @RequestParam(defaultValue = "false") boolean engine,
                Model model) {
        List<AuditEntryView> entries = audit.timeline(reference, currentUsers.current());
        String person = blankToNull(actor);
        String kind = blankToNull(action);
        List<AuditEntryView> refused = new ArrayList<>();
        List<AuditEntryView> engineEvents = new ArrayList<>();
        Map<Long, Row> rows = new LinkedHashMap<>();
        List<AuditEntryView> completions = entries.stream().filter(e -> "TASK_COMPLETED".equals(e.action())).toList();
        for (AuditEntryView entry : entries) {
            if (!matches(entry, person, kind)) {
                continue;
            }
            if (REFUSALS.contains(entry.action())) {
                refused.add(entry);
            } else if (ENGINE_VARIABLE_EVENTS.contains(entry.action())) {
                AuditEntryView completion = completionEntering(entry, completions);
                if (completion != null) {
                    rows.computeIfAbsent(completion.id(), id -> row(completion)).values().add(entry);
                } else {
                    engineEvents.add(entry);
                }
            } else {
                rows.computeIfAbsent(entry.id(), id -> row(entry));
            }
        }
        List<Row> decisions = new ArrayList<>(rows.values());
        decisions.sort(java.util.Comparator.comparingLong(row -> row.entry().seq()));
        model.addAttribute("reference", reference);
        model.addAttribute("total", entries.size());
        model.addAttribute("refused", refused);
        model.addAttribute("rows", decisions);
        model.addAttribute("engineEvents", engineEvents);
        model.addAttribute("filters", new Filters(person, kind, engine));
        model.addAttribute("actors", new TreeSet<>(entries.stream().map(AuditEntryView::actor).filter(a -> a != null).toList()));
        model.addAttribute("actions", new TreeSet<>(entries.stream().map(AuditEntryView::action).toList()));
        return "audit";
    }

    /** The auditors' search across requests, the page over {@code GET /api/audit}. */
    @GetMapping(value = "/audit", produces = MediaType.TEXT_HTML_VALUE)
    String search(@RequestParam(required = false) String user, @RequestParam(required = false) String authority,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                  @RequestParam(required = false) String action, @RequestParam(required = false) String reference,
                  Model model) {
        audit.requireAuditorForPage(currentUsers.current());
        CaseDates.requireWithin("from", from);
        CaseDates.requireWithin("to", to);
        if (from != null && to != null && to.isBefore(from)) {
            throw ApiProblem.badRequest("to", "to lies before from");
        }
        var search = new AuditSearch(blankToNull(user), blankToNull(authority),
                from == null ? null : DutchTime.startOf(from), to == null ? null : DutchTime.endOf(to),
                blankToNull(action), blankToNull(reference));
        boolean asked = search.actor() != null || search.authority() != null || search.from() != null
                || search.to() != null || search.action() != null || search.requestReference() != null;
        model.addAttribute("search", search);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("asked", asked);
        model.addAttribute("results", asked
                ? audit.search(search, currentUsers.current()).stream().map(this::row).toList() : List.of());
        return "audit-search";
    }

    private Row row(AuditEntryView entry) {
        if (entry.source() == AuditSource.ENGINE) {
            return new Row(entry, entry.subject(), entry.before(), entry.after(), new ArrayList<>());
        }
        // Only where the application writes codes: the subject, and a clock's before and after; what people typed
        // (reasons, summaries) is shown exactly as written.
        boolean codes = "CLOCK_CHANGED".equals(entry.action());
        return new Row(entry, inWords(entry.subject()), codes ? inWords(entry.before()) : entry.before(),
                codes ? inWords(entry.after()) : entry.after(), new ArrayList<>());
    }

    /** Each word of an application entry that is one of the register's codes, as a reader says it. */
    private String inWords(String recorded) {
        if (recorded == null) {
            return null;
        }
        var words = new StringBuilder();
        for (String word : recorded.split(" ", -1)) {
            String shown = word;
            for (String category : CODE_CATEGORIES) {
                String label = labels.of(category, word);
                if (!label.equals(word)) {
                    shown = label;
                    break;
                }
            }
            words.append(words.isEmpty() ? "" : " ").append(shown);
        }
        return words.toString();
    }

    private static AuditEntryView completionEntering(AuditEntryView variable, List<AuditEntryView> completions) {
        for (AuditEntryView completion : completions) {
            if (completion.actor() != null && completion.actor().equals(variable.actor())
                    && variable.seq() < completion.seq()
                    && Duration.between(variable.occurredAt(), completion.occurredAt()).abs().compareTo(SAME_SUBMISSION) <= 0) {
                return completion;
            }
        }
        return null;
    }

    private static boolean matches(AuditEntryView entry, String actor, String action) {
        return (actor == null || actor.equals(entry.actor()))
                && (action == null || action.equals(entry.action())
                || ("TASK_COMPLETED".equals(action) && ENGINE_VARIABLE_EVENTS.contains(entry.action())));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
