package nl.rechtshulp.investigationorder;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import nl.rechtshulp.referencedata.DecisionTables;
import nl.rechtshulp.web.DutchTime;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * The officier van justitie's decision on an EIO. When the task is created for a freezing order, it is due within the
 * 24 hours of art. 32(2). When it is completed: a refusal names a ground of art. 11, and the issuing authority is
 * consulted first where art. 11(4) requires it ({@code EioRefusalGroundsDecision}); a postponement (art. 15) runs
 * until a day after today; another measure (art. 10) names it; a recognition records its day, from which the 90 days of
 * execution run. What the four-eyes step reads ({@code
 * assistanceGranted}) follows from the decision, never from what a caller sent.
 */
@Component
class RecognitionDecisionTaskListener implements TaskListener {

    static final String DECISION = "recognitionDecision";
    static final String GROUNDS_DECISION = "EioRefusalGroundsDecision";

    private final DecisionTables decisionTables;
    private final Clock clock;

    RecognitionDecisionTaskListener(DecisionTables decisionTables, Clock clock) {
        this.decisionTables = decisionTables;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            Object freezingDue = task.getVariable(EioDeadlines.FREEZING_DECISION_DUE_AT);
            if (freezingDue instanceof Date due) {
                task.setDueDate(due);
            }
            return;
        }
        String decision = String.valueOf(task.getVariable(DECISION));
        task.setVariable("assistanceGranted", !"REFUSE".equals(decision));
        switch (decision) {
            case "REFUSE" -> {
                Map<String, Object> ground = decisionTables.evaluate(GROUNDS_DECISION,
                        Map.of("ground", String.valueOf(task.getVariable("refusalGround"))));
                task.setVariable("consultationRequired", Boolean.TRUE.equals(ground.get("consultationRequired")));
            }
            case "POSTPONE" -> {
                LocalDate until = LocalDate.parse(String.valueOf(task.getVariable("postponedUntil")).substring(0, 10));
                if (!until.isAfter(DutchTime.today(clock))) {
                    throw new FormFieldValidationException("postponedUntil",
                            "Uitstel loopt tot een dag na vandaag (postponedUntil)");
                }
                task.setVariable("postponedUntilAt", Date.from(DutchTime.startOf(until)));
            }
            default -> // RECOGNISE, OTHER_MEASURE: art. 12(4)'s 90 days run from this decision, the officier's.
                    task.setVariable(EioDeadlines.RECOGNITION_DECIDED_ON, DutchTime.today(clock).toString());
        }
    }
}
