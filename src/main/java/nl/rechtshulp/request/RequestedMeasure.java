package nl.rechtshulp.request;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A measure the requesting state asks for; coercive measures need the rechter-commissaris. */
@Embeddable
public class RequestedMeasure {

    @Column(name = "description", nullable = false)
    private String description;

    @Column(name = "coercive", nullable = false)
    private boolean coercive;

    protected RequestedMeasure() {
    }

    public RequestedMeasure(String description, boolean coercive) {
        this.description = description;
        this.coercive = coercive;
    }

    public String getDescription() {
        return description;
    }

    public boolean isCoercive() {
        return coercive;
    }
}
