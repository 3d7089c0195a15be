package nl.rechtshulp.referencedata;

import java.util.List;
import java.util.Map;
import nl.rechtshulp.request.RequestedMeasure;
import org.springframework.stereotype.Component;

/**
 * Whether a request's measures need the rechter-commissaris and whether any is open to a complaint, from the kind of
 * each ({@code MeasureAuthorisationDecision}). Read from the register's measures each time it matters, never from a
 * variable someone could have set.
 */
@Component
public class MeasureAuthorisations {

    static final String DECISION = "MeasureAuthorisationDecision";

    /** What the measures together need. */
    public record Needs(boolean examiningJudgeRequired, boolean complaintOpen) {
    }

    private final DecisionTables decisionTables;

    MeasureAuthorisations(DecisionTables decisionTables) {
        this.decisionTables = decisionTables;
    }

    public Needs of(List<RequestedMeasure> measures) {
        var answers = measures.stream().map(measure -> decisionTables.evaluate(DECISION,
                Map.of("kind", measure.getKind().name(), "coercive", measure.isCoercive()))).toList();
        return new Needs(answers.stream().anyMatch(answer -> Boolean.TRUE.equals(answer.get("examiningJudgeRequired"))),
                answers.stream().anyMatch(answer -> Boolean.TRUE.equals(answer.get("complaintOpen"))));
    }
}
