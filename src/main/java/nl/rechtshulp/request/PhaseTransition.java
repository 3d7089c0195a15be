package nl.rechtshulp.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** The moment a request entered a phase, stage or clock; the phase history is the list of these. */
@Entity
@Table(name = "request_phase_transition")
class PhaseTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "request_phase_transition_seq")
    @SequenceGenerator(name = "request_phase_transition_seq", sequenceName = "request_phase_transition_seq", allocationSize = 50)
    private Long id;

    @Column(name = "request_id", nullable = false)
    private Long requestId;

    @Enumerated(EnumType.STRING)
    @Column(name = "phase", nullable = false)
    private Phase phase;

    @Column(name = "stage", nullable = false)
    private String stage;

    @Enumerated(EnumType.STRING)
    @Column(name = "clock", nullable = false)
    private RequestClock clock;

    @Column(name = "clock_reason")
    private String clockReason;

    @Column(name = "entered_at", nullable = false)
    private Instant enteredAt;

    protected PhaseTransition() {
    }

    PhaseTransition(Long requestId, Lifecycle lifecycle, Instant enteredAt) {
        this.requestId = requestId;
        this.phase = lifecycle.phase();
        this.stage = lifecycle.stage();
        this.clock = lifecycle.clock();
        this.clockReason = lifecycle.clockReason();
        this.enteredAt = enteredAt;
    }

    Lifecycle lifecycle() {
        return new Lifecycle(phase, stage, clock, clockReason);
    }

    Instant getEnteredAt() {
        return enteredAt;
    }
}
