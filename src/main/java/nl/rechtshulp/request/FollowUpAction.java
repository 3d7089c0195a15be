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

/** One action an interpreted reply calls for, with its owner and due date, open until someone reports it done. */
@Entity
@Table(name = "request_follow_up_action")
class FollowUpAction {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "request_follow_up_action_seq")
    @SequenceGenerator(name = "request_follow_up_action_seq", sequenceName = "request_follow_up_action_seq", allocationSize = 50)
    private Long id;

    @Column(name = "request_id", nullable = false)
    private Long requestId;

    @Column(name = "analysis_id", nullable = false)
    private Long analysisId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private FollowUpKind kind;

    @Column(name = "description", nullable = false)
    private String description;

    @Column(name = "owner")
    private String owner;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    private FollowUpState state;

    @Column(name = "result")
    private String result;

    @Column(name = "completed_by")
    private String completedBy;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "linked_request_id")
    private Long linkedRequestId;

    protected FollowUpAction() {
    }

    /** A decision not to act is done when it is recorded: its reason is the result. */
    FollowUpAction(Long requestId, Long analysisId, ProposedAction proposed, String proposedBy, Instant now) {
        this.requestId = requestId;
        this.analysisId = analysisId;
        this.kind = proposed.kind();
        this.description = proposed.description();
        this.owner = proposed.owner();
        this.dueOn = proposed.dueOn();
        this.state = FollowUpState.OPEN;
        if (!kind.needsOwner()) {
            complete(proposed.description(), proposedBy, now);
        }
    }

    void complete(String result, String completedBy, Instant now) {
        this.state = FollowUpState.DONE;
        this.result = result;
        this.completedBy = completedBy;
        this.completedAt = now;
    }

    void link(Long requestId) {
        this.linkedRequestId = requestId;
    }

    Long getId() { return id; }
    Long getRequestId() { return requestId; }
    Long getAnalysisId() { return analysisId; }
    FollowUpKind getKind() { return kind; }
    String getDescription() { return description; }
    String getOwner() { return owner; }
    LocalDate getDueOn() { return dueOn; }
    FollowUpState getState() { return state; }
    String getResult() { return result; }
    String getCompletedBy() { return completedBy; }
    Instant getCompletedAt() { return completedAt; }
    Long getLinkedRequestId() { return linkedRequestId; }
}
