package nl.rechtshulp.turnaround;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import nl.rechtshulp.referencedata.DecisionTables;
import nl.rechtshulp.request.LifecycleEntered;
import nl.rechtshulp.request.Phase;
import nl.rechtshulp.request.Request;
import nl.rechtshulp.request.RequestClosed;
import nl.rechtshulp.request.RequestRegister;
import nl.rechtshulp.request.RequestRegistered;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the read model current as requests are registered, move and close, in the transaction that moves them: one
 * row per request, updated in place, with the time per phase and per clock added up as it passes.
 */
@Component
class TurnaroundRecorder {

    static final String DECISION = "TurnaroundDeadlineDecision";
    private static final Map<Phase, String> PHASE_COLUMNS = Map.of(Phase.INTAKE, "intake_seconds",
            Phase.COORDINATION, "coordination_seconds", Phase.ANALYSIS, "analysis_seconds",
            Phase.FOLLOW_UP, "follow_up_seconds");
    private static final Map<nl.rechtshulp.request.RequestClock, String> CLOCK_COLUMNS = Map.of(
            nl.rechtshulp.request.RequestClock.NL, "dutch_seconds", nl.rechtshulp.request.RequestClock.ABROAD, "abroad_seconds",
            nl.rechtshulp.request.RequestClock.STOPPED, "stopped_seconds");

    private final JdbcTemplate jdbc;
    private final RequestRegister register;
    private final DecisionTables decisionTables;
    private final TurnaroundSettings settings;
    private final MeterRegistry meters;
    /** What keeping the read model costs each process step; the benchmark reports it. */
    private final Timer listenerTimer;

    TurnaroundRecorder(JdbcTemplate jdbc, RequestRegister register, DecisionTables decisionTables,
                       TurnaroundSettings settings, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.register = register;
        this.decisionTables = decisionTables;
        this.settings = settings;
        this.meters = meters;
        this.listenerTimer = Timer.builder("rechtshulp.turnaround.listener")
                .description("Time spent keeping the turnaround read model").register(meters);
    }

    @EventListener
    void registered(RequestRegistered event) {
        listenerTimer.record(() -> insert(event));
    }

    @EventListener
    void entered(LifecycleEntered event) {
        listenerTimer.record(() -> update(event));
    }

    @EventListener
    void closed(RequestClosed event) {
        listenerTimer.record(() -> close(event));
    }

    private void insert(RequestRegistered event) {
        Request request = register.get(event.reference());
        Map<String, Object> rule = decisionTables.evaluate(DECISION, Map.of("direction", request.getDirection().name(),
                "requestType", request.getType().name(), "urgency", request.getUrgency().name()));
        Deadlines deadlines = Deadlines.of(request.getRegisteredAt(), ((Number) rule.get("targetDays")).intValue(),
                ((Number) rule.get("fatalDays")).intValue(), request.getRequestedDeadline(), settings.warningShare());
        Timestamp at = Timestamp.from(request.getRegisteredAt());
        jdbc.update("""
                insert into request_turnaround (request_id, reference, direction, request_type, partner_state, authority,
                    urgency, policy_sub_goal, registered_at, phase, phase_entered_at, clock, clock_entered_at,
                    intake_seconds, coordination_seconds, analysis_seconds, follow_up_seconds, dutch_seconds,
                    abroad_seconds, stopped_seconds, warn_at, target_at, fatal_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0, 0, 0, 0, ?, ?, ?)""",
                request.getId(), request.getReference().value(), request.getDirection().name(), request.getType().name(),
                request.getPartnerState(), request.getOwningIrc() != null ? request.getOwningIrc() : request.getReceivingAuthority(),
                request.getUrgency().name(), request.getPolicySubGoal() == null ? null : request.getPolicySubGoal().name(),
                at, request.getPhase().name(), at, request.getClock().name(), at, Timestamp.from(deadlines.warnAt()),
                Timestamp.from(deadlines.targetAt()), Timestamp.from(deadlines.fatalAt()));
    }

    private void update(LifecycleEntered event) {
        Request request = register.get(event.reference());
        Instant at = event.at();
        StringBuilder update = new StringBuilder("update request_turnaround set authority = ?");
        java.util.List<Object> values = new java.util.ArrayList<>();
        values.add(request.getOwningIrc() != null ? request.getOwningIrc() : request.getReceivingAuthority());
        if (event.before().phase() != event.after().phase()) {
            Duration inPhase = Duration.between(event.previousPhaseEnteredAt(), at);
            String column = PHASE_COLUMNS.get(event.before().phase());
            if (column != null) {
                update.append(", ").append(column).append(" = ").append(column).append(" + ?");
                values.add(inPhase.toSeconds());
                Timer.builder("rechtshulp.phase.duration").description("Time a request spent in a phase")
                        .tag("phase", event.before().phase().name()).register(meters).record(inPhase);
            }
            update.append(", phase = ?, phase_entered_at = ?");
            values.add(event.after().phase().name());
            values.add(Timestamp.from(at));
        }
        if (event.before().clock() != event.after().clock()) {
            long seconds = Duration.between(event.previousClockEnteredAt(), at).toSeconds();
            String column = CLOCK_COLUMNS.get(event.before().clock());
            update.append(", ").append(column).append(" = ").append(column).append(" + ?");
            values.add(seconds);
            if (event.before().clock() == nl.rechtshulp.request.RequestClock.STOPPED) {
                // The requesting state had the request: every deadline moves back by that time.
                // Rare (a supplement arrived): only then are the deadlines read back.
                Map<String, Object> row = jdbc.queryForMap(
                        "select warn_at, target_at, fatal_at from request_turnaround where request_id = ?", request.getId());
                Deadlines moved = new Deadlines(DatabaseTimes.instant(row.get("warn_at")), DatabaseTimes.instant(row.get("target_at")),
                        DatabaseTimes.instant(row.get("fatal_at"))).after(Duration.ofSeconds(seconds));
                update.append(", warn_at = ?, target_at = ?, fatal_at = ?");
                values.add(Timestamp.from(moved.warnAt()));
                values.add(Timestamp.from(moved.targetAt()));
                values.add(Timestamp.from(moved.fatalAt()));
            }
            update.append(", clock = ?, clock_entered_at = ?");
            values.add(event.after().clock().name());
            values.add(Timestamp.from(at));
        }
        update.append(" where request_id = ?");
        values.add(request.getId());
        jdbc.update(update.toString(), values.toArray());
    }

    private void close(RequestClosed event) {
        Request request = register.get(event.reference());
        jdbc.update("""
                update request_turnaround set closed_at = ?, outcome = ?,
                    turnaround_seconds = ? where request_id = ?""",
                Timestamp.from(request.getClosedAt()), event.outcome().name(),
                Duration.between(request.getRegisteredAt(), request.getClosedAt()).toSeconds(), request.getId());
    }

}
