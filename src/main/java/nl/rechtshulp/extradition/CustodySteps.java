package nl.rechtshulp.extradition;

import static nl.rechtshulp.extradition.StepInput.notInTheFuture;
import static nl.rechtshulp.extradition.StepInput.notInThePast;
import static nl.rechtshulp.extradition.StepInput.required;
import static nl.rechtshulp.extradition.StepInput.requiredDate;
import static nl.rechtshulp.extradition.StepInput.requiredText;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.rechtshulp.referencedata.DecisionTables;
import nl.rechtshulp.request.CustodyTitle;
import nl.rechtshulp.request.RequestReference;
import nl.rechtshulp.web.DutchTime;
import nl.rechtshulp.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * The detention of a person arrested for extradition, order by order (Uitleveringswet arts 14-21 and 38): the
 * officier van justitie's inverzekeringstelling from the arrest, the rechter-commissaris' bewaring after the hearing,
 * the court's gevangenhouding and its extensions. Each order runs until a day set by its statutory term
 * ({@code ExtraditionTimeLimitsDecision}) or by the order itself, and the next step is due that day. Only a judge
 * continues detention; the officier records the decision with its date and reference.
 */
@Component
class CustodySteps {

    static final String TIME_LIMITS_DECISION = "ExtraditionTimeLimitsDecision";
    private static final String PROSECUTOR = "PROSECUTOR";
    private static final Set<String> JUDGES = Set.of("EXAMINING_JUDGE", "COURT");
    /** What the custody forms submit about one order; the register keeps it, the process needs none of it. */
    private static final List<String> ORDER_FIELDS = List.of("examiningJudgeHeardOn", "newCustodyTitle",
            "custodyOrderedBy", "custodyOrderedOn", "custodyOrderDocument", "custodyOrderEndsOn", "custodyExtendedOn",
            "custodyExtensionDocument", "consentDocument");
    /** Whether the officier extended the inverzekeringstelling instead of bringing the person before the judge. */
    private static final String INVERZEKERINGSTELLING_EXTENDED = "inverzekeringstellingExtended";
    private static final String EXTENSIONS = "inverzekeringstellingExtensions";
    /** Consent given at the hearing where the detention was extended, while the formal request is awaited. */
    private static final String CONSENT_AT_REVIEW = "consentAtReview";

    private final ExtraditionRegister extraditions;
    private final DecisionTables decisionTables;
    private final Clock clock;

    CustodySteps(ExtraditionRegister extraditions, DecisionTables decisionTables, Clock clock) {
        this.extraditions = extraditions;
        this.decisionTables = decisionTables;
        this.clock = clock;
    }

    /** The arrest starts the inverzekeringstelling: the person is brought before the rechter-commissaris before it ends. */
    void startAtArrest(DelegateTask task, RequestReference reference, LocalDate arrestedOn) {
        // A new arrest starts a custody track of its own: nothing of an earlier one carries over.
        task.getExecution().removeVariables(List.of(EXTENSIONS, ProcessVariables.CUSTODY_CONTINUES));
        LocalDate endsOn = arrestedOn.plus(term(CustodyTitle.INVERZEKERINGSTELLING).period());
        extraditions.update(reference, facts ->
                facts.orderCustody(CustodyTitle.INVERZEKERINGSTELLING, PROSECUTOR, arrestedOn, endsOn, null));
        runsUntil(task, CustodyTitle.INVERZEKERINGSTELLING, endsOn);
    }

    /**
     * The hearing before the rechter-commissaris: bewaring or release, and whether the person consented to simplified
     * extradition (art. 41 allows it from the provisional arrest on); consent ends the wait for the formal request.
     */
    void recordHearing(DelegateTask task, RequestReference reference) {
        if (Boolean.TRUE.equals(FormValues.yes(task, INVERZEKERINGSTELLING_EXTENDED))) {
            extendInverzekeringstelling(task, reference);
            return;
        }
        LocalDate heardOn = notInTheFuture(requiredDate(task, "examiningJudgeHeardOn"), "examiningJudgeHeardOn", today());
        LocalDate endsOn = currentEnd(task);
        if (endsOn != null && heardOn.isAfter(endsOn)) {
            throw new FormFieldValidationException("examiningJudgeHeardOn", "De inverzekeringstelling liep af op "
                    + DutchTime.date(endsOn) + ": een verhoor daarna is te laat; leg de verlenging vast die eraan"
                    + " voorafging, of de invrijheidstelling");
        }
        boolean continues = required(task, ProcessVariables.CUSTODY_CONTINUES);
        boolean consent = required(task, ProcessVariables.CONSENT_BEFORE_FORMAL_REQUEST);
        String consentRecord = consent ? requiredText(task, "consentDocument") : null;
        extraditions.update(reference, facts -> {
            facts.recordHearingAfterArrest(heardOn);
            if (consent) {
                facts.recordConsent(heardOn, consentRecord);
            }
        });
        if (continues) {
            order(task, reference, CustodyTitle.BEWARING, "EXAMINING_JUDGE", heardOn);
        } else {
            extraditions.update(reference, facts -> facts.release(heardOn));
        }
        task.getExecution().removeVariables(ORDER_FIELDS);
    }

    /**
     * The officier extends the inverzekeringstelling before it ends (Uitleveringswet art. 14(5)), as often and for as
     * long as {@code ExtraditionTimeLimitsDecision} says; the hearing is then due when the extension ends.
     */
    private void extendInverzekeringstelling(DelegateTask task, RequestReference reference) {
        Term extension = term("CUSTODY_INVERZEKERINGSTELLING_EXTENSION");
        Object done = task.getVariable(EXTENSIONS);
        int extensions = done instanceof Number number ? number.intValue() : 0;
        if (extension.times() != null && extensions >= extension.times()) {
            throw new FormFieldValidationException(INVERZEKERINGSTELLING_EXTENDED, "De inverzekeringstelling is al "
                    + extensions + " keer verlengd, en dat kan " + extension.times() + " keer (" + extension.source() + ")");
        }
        LocalDate currentEnd = currentEnd(task);
        LocalDate extendedOn = notInTheFuture(requiredDate(task, "custodyExtendedOn"), "custodyExtendedOn", today());
        if (extendedOn.isAfter(currentEnd)) {
            throw new FormFieldValidationException("custodyExtendedOn", "Verlengen kan alleen vóór het einde van de"
                    + " inverzekeringstelling op " + DutchTime.date(currentEnd));
        }
        String document = requiredText(task, "custodyExtensionDocument");
        LocalDate endsOn = currentEnd.plus(extension.period());
        extraditions.update(reference, facts ->
                facts.orderCustody(CustodyTitle.INVERZEKERINGSTELLING, PROSECUTOR, extendedOn, endsOn, document));
        runsUntil(task, CustodyTitle.INVERZEKERINGSTELLING, endsOn);
        task.getExecution().setVariable(EXTENSIONS, extensions + 1);
        task.getExecution().removeVariables(ORDER_FIELDS);
    }

    /** The order is about to end: a judge extends it or orders the next one, or the person is released. */
    void recordReview(DelegateTask task, RequestReference reference) {
        if (required(task, ProcessVariables.CUSTODY_CONTINUES)) {
            CustodyTitle title = titleOf(requiredText(task, "newCustodyTitle"));
            String orderedBy = requiredText(task, "custodyOrderedBy");
            if (!JUDGES.contains(orderedBy)) {
                throw new FormFieldValidationException("custodyOrderedBy", "Alleen de rechter-commissaris of de rechtbank"
                        + " zet de vrijheidsbeneming voort; de officier van justitie kan alleen vrijlaten");
            }
            LocalDate orderedOn = notInTheFuture(requiredDate(task, "custodyOrderedOn"), "custodyOrderedOn", today());
            LocalDate currentEnd = currentEnd(task);
            if (currentEnd != null && orderedOn.isAfter(currentEnd)) {
                throw new FormFieldValidationException("custodyOrderedOn", "Het vorige bevel liep af op "
                        + DutchTime.date(currentEnd) + "; een later bevel zet de vrijheidsbeneming niet voort: leg de"
                        + " invrijheidstelling vast");
            }
            order(task, reference, title, orderedBy, orderedOn);
            recordConsentAtReview(task, reference, orderedOn);
        } else {
            LocalDate releasedOn = notInTheFuture(requiredDate(task, "releasedOn"), "releasedOn", today());
            extraditions.update(reference, facts -> facts.release(releasedOn));
        }
        task.getExecution().removeVariables(ORDER_FIELDS);
    }

    /**
     * Consent can be given at any hearing before the rechter-commissaris (UW art. 41), so also where he extends the
     * detention while the formal request is awaited: it then ends that wait as consent at the first hearing does.
     * Once the formal request is in, consent is recorded at the hearing after it or in place of the court's ruling.
     */
    private void recordConsentAtReview(DelegateTask task, RequestReference reference, LocalDate givenOn) {
        boolean consent = Boolean.TRUE.equals(FormValues.yes(task, CONSENT_AT_REVIEW));
        task.getExecution().removeVariable(CONSENT_AT_REVIEW);
        if (!consent) {
            return;
        }
        long awaiting = task.getProcessEngineServices().getRuntimeService().createExecutionQuery()
                .processInstanceId(task.getProcessInstanceId()).activityId("Task_AwaitFormalRequest").count();
        if (awaiting == 0) {
            throw new FormFieldValidationException(CONSENT_AT_REVIEW, "Er wordt niet meer op het formele verzoek"
                    + " gewacht: leg de instemming vast bij het verhoor na het formele verzoek of bij de uitspraak"
                    + " van de rechtbank");
        }
        String record = requiredText(task, "consentDocument");
        extraditions.update(reference, facts -> facts.recordConsent(givenOn, record));
        task.getExecution().setVariable(ProcessVariables.CONSENT_BEFORE_FORMAL_REQUEST, true);
    }

    /**
     * A judge's order runs to the day it names, or else to its statutory term. Where the term is confirmed the order
     * cannot run past it (gevangenhouding: 30 days at a time, art. 38(3)(b)); an unconfirmed term only proposes a day.
     */
    private void order(DelegateTask task, RequestReference reference, CustodyTitle title, String orderedBy,
                       LocalDate orderedOn) {
        String document = requiredText(task, "custodyOrderDocument");
        Term term = term(title);
        LocalDate statutoryEnd = orderedOn.plus(term.period());
        LocalDate named = notInThePast(FormValues.date(task, "custodyOrderEndsOn"), "custodyOrderEndsOn", today());
        if (named != null && term.confirmed() && named.isAfter(statutoryEnd)) {
            throw new FormFieldValidationException("custodyOrderEndsOn", "Langer dan de wettelijke termijn: uiterlijk "
                    + statutoryEnd + " (" + term.source() + ")");
        }
        LocalDate endsOn = named != null ? named : statutoryEnd;
        if (endsOn.isBefore(today())) {
            throw new FormFieldValidationException("custodyOrderEndsOn", "Deze beslissing is al afgelopen op " + endsOn
                    + "; vul de einddatum van de lopende beslissing in");
        }
        extraditions.update(reference, facts -> facts.orderCustody(title, orderedBy, orderedOn, endsOn, document));
        runsUntil(task, title, endsOn);
    }

    /** The last day of the order the person is held on now, as the custody steps set it. */
    private static LocalDate currentEnd(DelegateTask task) {
        return FormValues.date(task, ProcessVariables.CUSTODY_ENDS_ON);
    }

    private static void runsUntil(DelegateTask task, CustodyTitle title, LocalDate endsOn) {
        var execution = task.getExecution();
        execution.setVariable(ProcessVariables.CUSTODY_TITLE, title.name());
        execution.setVariable(ProcessVariables.CUSTODY_ENDS_ON, endsOn.toString());
        execution.setVariable(ProcessVariables.CUSTODY_ENDS_AT, Date.from(DutchTime.lastSecondOf(endsOn)));
    }

    /** A judge continues detention as bewaring or gevangenhouding; inverzekeringstelling is the officier's alone. */
    private static CustodyTitle titleOf(String value) {
        for (CustodyTitle title : List.of(CustodyTitle.BEWARING, CustodyTitle.GEVANGENHOUDING)) {
            if (title.name().equals(value)) {
                return title;
            }
        }
        throw new FormFieldValidationException("newCustodyTitle", "Kies bewaring of gevangenhouding");
    }

    /** A statutory term, and how often it may be applied where the law limits that. */
    private record Term(Period period, String source, boolean confirmed, Integer times) {
    }

    private Term term(CustodyTitle title) {
        return term("CUSTODY_" + title.name());
    }

    private Term term(String step) {
        Map<String, Object> limit = decisionTables.evaluate(TIME_LIMITS_DECISION, Map.of("step", step));
        return new Term(Period.parse((String) limit.get("period")), (String) limit.get("source"),
                Boolean.TRUE.equals(limit.get("confirmed")),
                limit.get("times") instanceof Number times ? times.intValue() : null);
    }

    private LocalDate today() {
        return DutchTime.today(clock);
    }
}
