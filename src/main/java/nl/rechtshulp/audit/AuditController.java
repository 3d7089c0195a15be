package nl.rechtshulp.audit;

import nl.rechtshulp.web.DutchTime;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.rechtshulp.security.CurrentUsers;
import nl.rechtshulp.web.ApiProblem;
import nl.rechtshulp.web.CaseDates;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Audit", description = "Who did what, when and why: the tamper-evident trail")
class AuditController {
    private final AuditService audit;
    private final CurrentUsers currentUsers;

    AuditController(AuditService audit, CurrentUsers currentUsers) {
        this.audit = audit;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/api/requests/{reference}/audit")
    @Operation(summary = "One request's timeline: engine history and the application's entries, in order")
    ResponseEntity<?> timeline(@PathVariable String reference, @RequestParam(defaultValue = "json") String format) {
        requireKnownFormat(format);
        return answer(audit.timeline(reference, currentUsers.current()), format, reference);
    }

    @GetMapping("/api/audit")
    @Operation(summary = "Search across requests by user, authority, period (Amsterdam dates, 'to' inclusive) and action; auditors only")
    ResponseEntity<?> search(@RequestParam(required = false) String user,
                             @RequestParam(required = false) String authority,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                             @RequestParam(required = false) String action,
                             @RequestParam(required = false) String reference,
                             @RequestParam(defaultValue = "json") String format) {
        requireKnownFormat(format);
        CaseDates.requireWithin("from", from);
        CaseDates.requireWithin("to", to);
        if (from != null && to != null && to.isBefore(from)) {
            throw ApiProblem.badRequest("to", "to lies before from");
        }
        Instant start = from == null ? null : DutchTime.startOf(from);
        Instant end = to == null ? null : DutchTime.endOf(to);
        var search = new AuditSearch(user, authority, start, end, action, reference);
        return answer(audit.search(search, currentUsers.current()), format, "audit");
    }

    @GetMapping("/api/audit/verification")
    @Operation(summary = "Walk every chain and report the first broken link; auditors only")
    ChainVerifier.Report verify() {
        return audit.verify(currentUsers.current());
    }

    @GetMapping("/api/audit/checkpoints")
    @Operation(summary = "The checkpoints written outside the database, oldest first, each with its seal checked; auditors only")
    List<CheckpointSummary> checkpoints() {
        return audit.checkpoints(currentUsers.current()).stream().map(CheckpointSummary::of).toList();
    }

    @GetMapping("/api/audit/checkpoints/{file}")
    @Operation(summary = "One checkpoint file, for an auditor to keep; auditors only")
    ResponseEntity<byte[]> checkpoint(@PathVariable String file) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
                .body(audit.checkpoint(file, currentUsers.current()));
    }

    @org.springframework.web.bind.annotation.PostMapping("/api/audit/checkpoints")
    @Operation(summary = "Write a checkpoint now; administrators only")
    ResponseEntity<CheckpointSummary> writeCheckpoint() {
        return ResponseEntity.status(201).body(CheckpointSummary.of(audit.writeCheckpoint(currentUsers.current())));
    }

    /** A checkpoint without its heads: when, which key, how many chains, whether its seal holds. */
    record CheckpointSummary(String file, Instant at, String keyId, int chains, boolean sealed) {
        static CheckpointSummary of(AuditCheckpoints.Checkpoint checkpoint) {
            return new CheckpointSummary(checkpoint.file(), checkpoint.at(), checkpoint.keyId(),
                    checkpoint.heads().size(), checkpoint.sealed());
        }
    }

    private static void requireKnownFormat(String format) {
        if (!"json".equals(format) && !"csv".equals(format)) {
            throw ApiProblem.badRequest("format", "format must be json or csv");
        }
    }

    private static ResponseEntity<?> answer(List<AuditEntryView> entries, String format, String name) {
        return switch (format) {
            case "json" -> ResponseEntity.ok(Map.of("entries", entries));
            case "csv" -> ResponseEntity.ok()
                    .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "-audit.csv\"")
                    .body(AuditCsv.of(entries));
            default -> throw ApiProblem.badRequest("format", "format must be json or csv");
        };
    }
}
