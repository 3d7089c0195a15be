package nl.rechtshulp.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** What was decided in a task, by whom and when; {@code details} holds the submitted decision fields as JSON. */
@Entity
@Table(name = "request_decision")
class RecordedDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "request_decision_seq")
    @SequenceGenerator(name = "request_decision_seq", sequenceName = "request_decision_seq", allocationSize = 50)
    private Long id;

    @Column(name = "request_id", nullable = false)
    private Long requestId;

    @Column(name = "task_key", nullable = false)
    private String taskKey;

    @Column(name = "decided_by", nullable = false)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Column(name = "details", nullable = false)
    private String details;

    protected RecordedDecision() {
    }

    RecordedDecision(Long requestId, String taskKey, String decidedBy, Instant decidedAt, String details) {
        this.requestId = requestId;
        this.taskKey = taskKey;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        this.details = details;
    }

    String getTaskKey() { return taskKey; }
    String getDecidedBy() { return decidedBy; }
    Instant getDecidedAt() { return decidedAt; }
    String getDetails() { return details; }
}
