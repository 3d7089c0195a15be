package nl.rechtshulp.turnaround;

import nl.rechtshulp.web.DutchTime;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.rechtshulp.security.CurrentUsers;
import nl.rechtshulp.web.ApiProblem;
import nl.rechtshulp.web.CaseDates;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/turnaround")
@Tag(name = "Turnaround", description = "Where requests wait and which will miss their deadline; coordinators")
class TurnaroundController {

    private static final Set<String> DIRECTIONS = Set.of("INCOMING", "OUTGOING");
    private static final Set<String> TYPES = Set.of("MLA", "EXTRADITION");
    private static final Set<String> URGENCIES = Set.of("NORMAL", "URGENT", "DETAINED");

    private final TurnaroundService turnaround;
    private final CurrentUsers currentUsers;

    TurnaroundController(TurnaroundService turnaround, CurrentUsers currentUsers) {
        this.turnaround = turnaround;
        this.currentUsers = currentUsers;
    }

    @GetMapping
    @Operation(summary = "Grouped statistics: open per phase, overdue, age, p50/p90 turnaround per phase and end to end, breaches")
    ResponseEntity<?> statistics(@RequestParam(defaultValue = "partnerState") String groupBy,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                 @RequestParam(required = false) String direction,
                                 @RequestParam(required = false) String type,
                                 @RequestParam(required = false) String partnerState,
                                 @RequestParam(required = false) String authority,
                                 @RequestParam(required = false) String urgency,
                                 @RequestParam(required = false) String subGoal,
                                 @RequestParam(defaultValue = "json") String format) {
        var filter = filter(groupBy, from, to, direction, type, partnerState, authority, urgency, subGoal, format);
        var groups = turnaround.statistics(filter, currentUsers.current());
        if ("csv".equals(format)) {
            return csv("turnaround", Stream.concat(Stream.of("group,open,intake,coordination,analysis,follow_up,overdue,"
                    + "oldest_open_days,closed,breaches,turnaround_p50_days,turnaround_p90_days,dutch_p50_days,"
                    + "abroad_p50_days"), groups.stream().map(g -> line(g.key(), g.open(),
                    g.openByPhase().get("INTAKE"), g.openByPhase().get("COORDINATION"), g.openByPhase().get("ANALYSIS"),
                    g.openByPhase().get("FOLLOW_UP"), g.overdue(), g.oldestOpenDays(), g.closed(), g.breaches(),
                    g.turnaroundDays() == null ? null : g.turnaroundDays().p50(),
                    g.turnaroundDays() == null ? null : g.turnaroundDays().p90(),
                    g.dutchDays() == null ? null : g.dutchDays().p50(),
                    g.abroadDays() == null ? null : g.abroadDays().p50()))).toList());
        }
        return ResponseEntity.ok(Map.of("groupBy", groupBy, "from", String.valueOf(from(from)), "to",
                String.valueOf(to == null ? turnaround.today() : to), "groups", groups));
    }

    @GetMapping("/overdue")
    @Operation(summary = "Open requests past their target or fatal date, or close to it (the warning share), most urgent first")
    ResponseEntity<?> overdue(@RequestParam(required = false) String direction,
                              @RequestParam(required = false) String type,
                              @RequestParam(required = false) String partnerState,
                              @RequestParam(required = false) String authority,
                              @RequestParam(required = false) String urgency,
                              @RequestParam(required = false) String subGoal,
                              @RequestParam(defaultValue = "json") String format) {
        var filter = filter("none", null, null, direction, type, partnerState, authority, urgency, subGoal, format);
        var requests = turnaround.overdue(filter, currentUsers.current());
        if ("csv".equals(format)) {
            return csv("overdue", Stream.concat(Stream.of("reference,status,direction,type,partner_state,authority,"
                    + "urgency,phase,registered_at,target_at,fatal_at,days_left"), requests.stream().map(r -> line(
                    r.reference(), r.status(), r.direction(), r.type(), r.partnerState(), r.authority(), r.urgency(),
                    r.phase(), r.registeredAt(), r.targetAt(), r.fatalAt(), r.daysLeft()))).toList());
        }
        return ResponseEntity.ok(Map.of("requests", requests));
    }

    @GetMapping("/trend")
    @Operation(summary = "Completions and breaches per week of closing")
    Map<String, Object> trend(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                              @RequestParam(required = false) String direction,
                              @RequestParam(required = false) String type,
                              @RequestParam(required = false) String partnerState) {
        var filter = filter("none", from, to, direction, type, partnerState, null, null, null, "json");
        return Map.of("weeks", turnaround.trend(filter, currentUsers.current()));
    }

    private TurnaroundFilter filter(String groupBy, LocalDate from, LocalDate to, String direction, String type,
                                    String partnerState, String authority, String urgency, String subGoal,
                                    String format) {
        if (!TurnaroundQueries.GROUPS.containsKey(groupBy)) {
            throw ApiProblem.badRequest("groupBy", "groupBy must be one of " + TurnaroundQueries.GROUPS.keySet());
        }
        if (!"json".equals(format) && !"csv".equals(format)) {
            throw ApiProblem.badRequest("format", "format must be json or csv");
        }
        requireOneOf("direction", direction, DIRECTIONS);
        requireOneOf("type", type, TYPES);
        requireOneOf("urgency", urgency, URGENCIES);
        LocalDate start = from(CaseDates.requireWithin("from", from));
        LocalDate end = to == null ? turnaround.today() : CaseDates.requireWithin("to", to);
        if (end.isBefore(start)) {
            throw ApiProblem.badRequest("to", "to lies before from");
        }
        return new TurnaroundFilter(groupBy, DutchTime.startOf(start),
                DutchTime.endOf(end), direction, type,
                partnerState == null ? null : partnerState.toUpperCase(java.util.Locale.ROOT), authority, urgency, subGoal);
    }

    /** A year back unless asked otherwise. */
    private LocalDate from(LocalDate from) {
        return from == null ? turnaround.today().minusYears(1) : from;
    }

    private static void requireOneOf(String field, String value, Set<String> allowed) {
        if (value != null && !allowed.contains(value)) {
            throw ApiProblem.badRequest(field, field + " must be one of " + allowed);
        }
    }

    private static ResponseEntity<String> csv(String name, List<String> lines) {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".csv\"")
                .body(String.join("\r\n", lines) + "\r\n");
    }

    private static String line(Object... cells) {
        return Stream.of(cells).map(cell -> cell == null ? "" : cell.toString())
                .map(cell -> cell.matches(".*[\",\r\n].*") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell)
                .collect(Collectors.joining(","));
    }
}
