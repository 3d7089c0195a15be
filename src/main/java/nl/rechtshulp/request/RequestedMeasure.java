package nl.rechtshulp.request;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A measure the requesting state asks for, with its kind; whether it needs the rechter-commissaris follows from the
 * kind ({@code MeasureAuthorisationDecision}), and for a measure of no listed kind from its coercive mark.
 */
@Embeddable
public class RequestedMeasure {

    @Column(name = "description", nullable = false)
    private String description;

    @Column(name = "coercive", nullable = false)
    private boolean coercive;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private MeasureKind kind = MeasureKind.OTHER;

    protected RequestedMeasure() {
    }

    public RequestedMeasure(String description, boolean coercive) {
        this(description, coercive, MeasureKind.OTHER);
    }

    public RequestedMeasure(String description, boolean coercive, MeasureKind kind) {
        this.description = description;
        this.coercive = coercive;
        this.kind = kind == null ? MeasureKind.OTHER : kind;
    }

    public MeasureKind getKind() {
        return kind;
    }

    public String getDescription() {
        return description;
    }

    public boolean isCoercive() {
        return coercive;
    }
}
