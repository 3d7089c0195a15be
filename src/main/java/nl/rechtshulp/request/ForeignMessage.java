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
import java.time.LocalDate;

/** Something the foreign state sent during the request, kept with the date it arrived. */
@Entity
@Table(name = "request_message")
class ForeignMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "request_message_seq")
    @SequenceGenerator(name = "request_message_seq", sequenceName = "request_message_seq", allocationSize = 50)
    private Long id;

    @Column(name = "request_id", nullable = false)
    private Long requestId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private MessageKind kind;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(name = "summary")
    private String summary;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    /** The task that interprets this reply, once one has taken it up. */
    @Column(name = "interpretation_task_id")
    private String interpretationTaskId;

    protected ForeignMessage() {
    }

    ForeignMessage(Long requestId, MessageKind kind, LocalDate receivedOn, String summary, String recordedBy, Instant recordedAt) {
        this.requestId = requestId;
        this.kind = kind;
        this.receivedOn = receivedOn;
        this.summary = summary;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    void takeUpFor(String taskId) {
        this.interpretationTaskId = taskId;
    }

    Long getId() { return id; }
    Long getRequestId() { return requestId; }
    MessageKind getKind() { return kind; }
    LocalDate getReceivedOn() { return receivedOn; }
    String getSummary() { return summary; }
    String getRecordedBy() { return recordedBy; }
    Instant getRecordedAt() { return recordedAt; }
}
