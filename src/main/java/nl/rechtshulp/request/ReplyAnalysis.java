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

/** The analyst's structured interpretation of one reply from abroad. */
@Entity
@Table(name = "request_reply_analysis")
class ReplyAnalysis {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "request_reply_analysis_seq")
    @SequenceGenerator(name = "request_reply_analysis_seq", sequenceName = "request_reply_analysis_seq", allocationSize = 50)
    private Long id;

    @Column(name = "request_id", nullable = false)
    private Long requestId;

    @Column(name = "message_id", nullable = false)
    private Long messageId;

    @Column(name = "analysed_by", nullable = false)
    private String analysedBy;

    @Column(name = "analysed_at", nullable = false)
    private Instant analysedAt;

    @Column(name = "obtained", nullable = false)
    private String obtained;

    @Enumerated(EnumType.STRING)
    @Column(name = "relevance", nullable = false)
    private Relevance relevance;

    @Column(name = "reply_complete", nullable = false)
    private boolean replyComplete;

    @Column(name = "next_steps", nullable = false)
    private String nextSteps;

    protected ReplyAnalysis() {
    }

    ReplyAnalysis(Long requestId, Long messageId, String analysedBy, Instant analysedAt, Interpretation interpretation) {
        this.requestId = requestId;
        this.messageId = messageId;
        this.analysedBy = analysedBy;
        this.analysedAt = analysedAt;
        this.obtained = interpretation.obtained();
        this.relevance = interpretation.relevance();
        this.replyComplete = interpretation.replyComplete();
        this.nextSteps = interpretation.nextSteps();
    }

    Long getId() { return id; }
    Long getMessageId() { return messageId; }
    String getAnalysedBy() { return analysedBy; }
    Instant getAnalysedAt() { return analysedAt; }
    String getObtained() { return obtained; }
    Relevance getRelevance() { return relevance; }
    boolean isReplyComplete() { return replyComplete; }
    String getNextSteps() { return nextSteps; }
}
