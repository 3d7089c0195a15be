package nl.rechtshulp.extradition;

import nl.rechtshulp.web.DutchTime;

import static nl.rechtshulp.extradition.FormValues.date;
import static nl.rechtshulp.extradition.FormValues.text;
import static nl.rechtshulp.extradition.FormValues.yes;
import static nl.rechtshulp.extradition.StepInput.notInTheFuture;
import static nl.rechtshulp.extradition.StepInput.notInThePast;
import static nl.rechtshulp.extradition.StepInput.required;
import static nl.rechtshulp.extradition.StepInput.requiredDate;
import static nl.rechtshulp.extradition.StepInput.requiredText;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.rechtshulp.documents.Documents;
import nl.rechtshulp.request.LegalBasisRecord;
import nl.rechtshulp.request.Route;
import nl.rechtshulp.security.AuthorityGroups;
import nl.rechtshulp.request.RequestReference;
import nl.rechtshulp.request.RequestRegister;
import nl.rechtshulp.workflow.ProcessVariables;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * Records in the register what each extradition step decided, in the engine's transaction: the arrest, custody,
 * guarantees, the examining judge, the court, the Hoge Raad, the Minister, a kort geding, the requested state's
 * decision and the surrender; a formal request is ready only when translated as the requested state requires. The
 * KMar sees the request once the surrender or transfer is being arranged (the create event of those tasks).
 */
@Component
class ExtraditionStepTaskListener implements TaskListener {

    static final String TIME_LIMITS_DECISION = CustodySteps.TIME_LIMITS_DECISION;
    private static final String KMAR = "kmar";
    /** Longer than any treaty's limit (60 days for the UAE): a larger number is a typing error. */
    private static final int MAX_ARREST_LIMIT_DAYS = 180;

    private final ExtraditionRegister extraditions;
    private final RequestRegister register;
    private final DecisionService decisionService;
    private final Documents documents;
    private final Clock clock;
    private final CustodySteps custody;
    private final Map<String, Step> steps;

    ExtraditionStepTaskListener(ExtraditionRegister extraditions, RequestRegister register,
                                DecisionService decisionService, Documents documents, Clock clock,
                                CustodySteps custody) {
        this.custody = custody;
        this.documents = documents;
        this.extraditions = extraditions;
        this.register = register;
        this.decisionService = decisionService;
        this.clock = clock;
        this.steps = steps();
    }

    @Override
    public void notify(DelegateTask task) {
        var reference = new RequestReference((String) task.getVariable(ProcessVariables.REFERENCE));
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            register.involve(reference, KMAR);
            return;
        }
        Step step = steps.get(task.getTaskDefinitionKey());
        if (step == null) {
            throw new IllegalStateException("No extradition step is recorded for " + task.getTaskDefinitionKey());
        }
        step.record(task, reference);
    }

    /** What one task's completion records. */
    @FunctionalInterface
    private interface Step {
        void record(DelegateTask task, RequestReference reference);
    }

    /** Every step's record, by the task that completes it. */
    private Map<String, Step> steps() {
        Map<String, Step> table = new HashMap<>();
        table.put("Task_AssessWithoutTreatyBasis", this::recordAssessmentWithoutBasis);
        table.put("Task_SetProvisionalArrestLimit", (task, reference) -> setProvisionalArrestLimit(task));
        table.put("Task_HandOverForSurrender",
                (task, reference) -> notInTheFuture(date(task, "takenOverOn"), "takenOverOn", today()));
        table.put("Task_RecordProvisionalArrest", this::recordProvisionalArrest);
        table.put("Task_BringBeforeExaminingJudge", custody::recordHearing);
        table.put("Task_ReviewCustodyOrder", custody::recordReview);
        table.put("Task_DecideOnCustody", this::recordCustodyDecision);
        table.put("Task_RecordArrestOnLateFormalRequest", this::recordArrestOnLateFormalRequest);
        table.put("Task_RecordArrestOnFormalRequest", this::recordArrestOnFormalRequest);
        table.put("Task_ReleaseOnWithdrawal", (task, reference) -> {
            if (required(task, "heldAtWithdrawal")) {
                recordRelease(task, reference);
            }
        });
        table.put("Task_RecordReleaseAbroad", this::recordReleaseAbroad);
        table.put("Task_ReleasePerson", this::recordRelease);
        table.put("Task_ReviewLateFormalRequest", (task, reference) -> {
            boolean keepOpen = required(task, "keepOpen");
            String reason = requiredText(task, "reason");
            if (!keepOpen) {
                extraditions.update(reference, facts -> facts.closeWithoutFormalRequest(today(), reason));
            }
        });
        table.put("Task_ActOnLapsedCustody", this::actOnLapsedCustody);
        table.put("Task_ReleaseNotTakenOver", this::recordRelease);
        table.put("Task_AssessGuarantees", (task, reference) -> extraditions.update(reference,
                facts -> facts.assessGuarantees(yes(task, "guaranteesSufficient"))));
        table.put("Task_RecordExaminingJudgeHearing", this::recordExaminingJudgeHearing);
        table.put("Task_DecideOnSimplifiedSurrender", (task, reference) -> {
            // UW art. 42: the officier allows the short way or leaves the case to the ordinary procedure.
            boolean allowed = required(task, "surrenderAllowed");
            String decision = allowed ? "GRANTED" : "ORDINARY_PROCEDURE";
            String offences = allowed ? requiredText(task, "surrenderedForOffences") : null;
            extraditions.update(reference, facts -> {
                facts.recordProsecutorDecision(decision, date(task, "decisionDate"), offences,
                        text(task, "seizedObjects"));
                facts.postponeSurrender(Boolean.TRUE.equals(yes(task, "surrenderPostponed")));
            });
        });
        table.put("Task_AdviseMinister", (task, reference) -> extraditions.update(reference,
                facts -> facts.recordMinisterAdvice(text(task, "advice"))));
        table.put("Task_ClaimCourtExamination", (task, reference) -> extraditions.update(reference,
                facts -> facts.claimCourtExamination(text(task, "court"), date(task, "hearingDate"))));
        table.put("Task_RecordCourtDecision", this::recordCourtDecision);
        table.put("Task_RecordCassationAppeal", this::recordCassationAppeal);
        table.put("Task_FileCassationGrounds", (task, reference) -> {
            LocalDate filedOn = notInTheFuture(date(task, "groundsFiledOn"), "groundsFiledOn", today());
            extraditions.update(reference, facts -> facts.recordCassationGroundsFiled(filedOn));
        });
        table.put("Task_RecordSupremeCourtRuling", (task, reference) -> extraditions.update(reference,
                facts -> facts.recordSupremeCourtRuling(yes(task, "extraditionAdmissible"), date(task, "rulingDate"),
                        text(task, "decisionDocument"))));
        table.put("Task_RecordMinisterDecision", (task, reference) -> extraditions.update(reference, facts -> {
            facts.recordMinisterDecision(text(task, "ministerDecision"), date(task, "decisionDate"),
                    requiredText(task, "ministerDecisionDocument"), text(task, "conditions"));
            facts.postponeSurrender(Boolean.TRUE.equals(yes(task, "surrenderPostponed")));
        }));
        table.put("Task_RecordSummaryAppealRuling", this::recordSummaryAppealRuling);
        table.put("Task_AwaitDutchProceedings", (task, reference) -> {
            LocalDate endedOn = notInTheFuture(requiredDate(task, "dutchProceedingsEndedOn"), "dutchProceedingsEndedOn", today());
            extraditions.update(reference, facts -> facts.recordDutchProceedingsEnded(endedOn));
        });
        table.put("Task_OfferEnforcementTransfer", (task, reference) -> extraditions.update(reference,
                facts -> facts.recordEnforcementTransfer(requiredText(task, "enforcementTransfer"))));
        table.put("Task_RecordEnforcementTransferAnswer", this::recordEnforcementTransferAnswer);
        table.put("Task_RecordSummaryProceedings", this::recordSummaryProceedings);
        table.put("Task_ArrangeSurrender", this::arrangeSurrender);
        table.put("Task_ResolveMissedSurrender", this::resolveMissedSurrender);
        table.put("Task_ArrangeTransfer", (task, reference) -> extraditions.update(reference,
                facts -> facts.arrangeTransfer(date(task, "transferDate"), text(task, "transferPlace"))));
        table.put("Task_ConfirmSurrender", this::confirmHandOver);
        table.put("Task_ConfirmTransfer", this::confirmHandOver);
        table.put("Task_PrepareFormalRequest", this::requireTranslation);
        table.put("Task_RecordDutchWarrant", this::recordDutchWarrant);
        table.put("Task_RequestProvisionalArrest", (task, reference) -> extraditions.update(reference,
                facts -> facts.recordArrestRequestChannel(text(task, "arrestRequestChannel"))));
        table.put("Task_ReviewAndTransmitFormalRequest", (task, reference) -> {
            if (required(task, "formalRequestApproved")) {
                extraditions.update(reference,
                        facts -> facts.recordFormalRequestTransmitted(date(task, "transmittedOn")));
            }
        });
        table.put("Task_RecordForeignDecision", this::recordForeignDecision);
        table.put("Task_PassConditionsToTrialProsecutor", (task, reference) -> {
            LocalDate passedOn = notInTheFuture(requiredDate(task, "conditionsPassedOn"), "conditionsPassedOn", today());
            String trialProsecutor = requiredText(task, "trialProsecutor");
            extraditions.update(reference, facts -> facts.recordConditionsPassed(passedOn, trialProsecutor));
        });
        return Map.copyOf(table);
    }

    /**
     * The requested state's decision on our request; where it grants, the offences it grants for are what the Dutch
     * trial may cover (speciality, ECE art. 14), passed on to the trial prosecutor with the conditions.
     */
    private void recordForeignDecision(DelegateTask task, RequestReference reference) {
        String decision = requiredText(task, "foreignDecision");
        String grantedOffences = "REFUSED".equals(decision) ? null : requiredText(task, "grantedOffences");
        extraditions.update(reference, facts -> facts.recordForeignDecision(decision, date(task, "decisionDate"),
                text(task, "conditions"), grantedOffences));
    }

    private void recordProvisionalArrest(DelegateTask task, RequestReference reference) {
        LocalDate arrestedOn = notInTheFuture(requiredDate(task, ProcessVariables.ARRESTED_ON),
                ProcessVariables.ARRESTED_ON, today());
        custody.startAtArrest(task, reference, arrestedOn);
        inCustody(task, true);
    }

    /**
     * A formal request after a release, late (ECE art. 16(5)) or in time after a release on the review day: a new
     * arrest starts a new inverzekeringstelling.
     */
    private void recordArrestOnLateFormalRequest(DelegateTask task, RequestReference reference) {
        boolean arrested = required(task, "arrestedAgain");
        if (arrested) {
            LocalDate arrestedOn = notInTheFuture(requiredDate(task, "arrestedAgainOn"), "arrestedAgainOn", today());
            custody.startAtArrest(task, reference, arrestedOn);
        }
        inCustody(task, arrested);
    }

    /** A formal request that came first: an arrest on it starts the inverzekeringstelling as a provisional one does. */
    private void recordArrestOnFormalRequest(DelegateTask task, RequestReference reference) {
        boolean arrested = required(task, "arrestedOnFormalRequest");
        if (arrested) {
            LocalDate arrestedOn = notInTheFuture(requiredDate(task, "arrestedOnFormalRequestOn"),
                    "arrestedOnFormalRequestOn", today());
            extraditions.update(reference, facts -> facts.recordArrestOnFormalRequest(arrestedOn));
            custody.startAtArrest(task, reference, arrestedOn);
        }
        inCustody(task, arrested);
    }

    private void recordReleaseAbroad(DelegateTask task, RequestReference reference) {
        boolean stillSent = required(task, "formalRequestStillSent");
        if (!stillSent && Boolean.TRUE.equals(task.getVariable("formalRequestApproved"))) {
            throw new FormFieldValidationException("formalRequestStillSent",
                    "Het formele verzoek is al verzonden; de zaak loopt door en kan hier niet worden afgesloten");
        }
        recordRelease(task, reference);
    }

    private void recordExaminingJudgeHearing(DelegateTask task, RequestReference reference) {
        LocalDate heardOn = date(task, "hearingDate");
        boolean consent = Boolean.TRUE.equals(yes(task, "consentToSimplifiedExtradition"));
        String record = consent ? requiredText(task, "consentDocument") : null;
        extraditions.update(reference, facts -> facts.recordExaminingJudgeHearing(heardOn, consent, record));
        task.getExecution().removeVariable("consentDocument");
    }

    /**
     * The court rules per offence: extradition can be admissible for some offences and not for others, and speciality
     * then covers only the admissible ones. Admissible for none is inadmissible.
     */
    private void recordCourtDecision(DelegateTask task, RequestReference reference) {
        if (Boolean.TRUE.equals(yes(task, "consentBeforeCourtHearing"))) {
            recordConsentBeforeCourtHearing(task, reference);
            return;
        }
        boolean admissible = required(task, "extraditionAdmissible");
        String admissibleOffences = text(task, "admissibleOffences");
        String inadmissibleOffences = text(task, "inadmissibleOffences");
        if (admissible && admissibleOffences == null) {
            throw new FormFieldValidationException("admissibleOffences",
                    "Noem de feiten waarvoor de uitlevering toelaatbaar is (specialiteit)");
        }
        LocalDate decidedOn = notInTheFuture(requiredDate(task, "decisionDate"), "decisionDate", today());
        LocalDate lodgingDueOn = decidedOn.plus(Period.parse(timeLimit("CASSATION_LODGING")));
        task.getExecution().setVariable(ProcessVariables.CASSATION_LODGING_DUE_AT,
                Date.from(TreatyDeadlines.endOf(lodgingDueOn)));
        task.getExecution().setVariable(ProcessVariables.CASSATION_LODGING_DUE_ON, lodgingDueOn.toString());
        String document = text(task, "decisionDocument");
        String advice = admissible ? text(task, "courtAdviceToMinister") : null;
        extraditions.update(reference, facts -> facts.recordCourtRuling(admissible, decidedOn, document,
                admissible ? admissibleOffences : null, inadmissibleOffences, text(task, "seizedObjects"), lodgingDueOn,
                advice));
    }

    /**
     * Consent is possible until the day before the court's hearing (Uitleveringswet art. 41): it is given before the
     * rechter-commissaris, who lays it down in a record, and the court then does not rule; the officier decides.
     */
    private void recordConsentBeforeCourtHearing(DelegateTask task, RequestReference reference) {
        LocalDate givenOn = notInTheFuture(requiredDate(task, "consentGivenOn"), "consentGivenOn", today());
        LocalDate hearingOn = date(task, "hearingDate");
        if (hearingOn != null && !givenOn.isBefore(hearingOn)) {
            throw new FormFieldValidationException("consentGivenOn", "Instemming kan uiterlijk op de dag vóór de zitting"
                    + " van " + DutchTime.date(hearingOn) + " (Uitleveringswet art. 41); daarna beslist de rechtbank");
        }
        String document = requiredText(task, "consentDocument");
        extraditions.update(reference, facts -> facts.recordConsent(givenOn, document));
    }

    /**
     * The sentencing state's answer to the WOTS offer: a request for the transfer goes on under its own reference;
     * a refusal or silence closes the case, with AIRS's reason.
     */
    private void recordEnforcementTransferAnswer(DelegateTask task, RequestReference reference) {
        String answer = requiredText(task, "enforcementTransferAnswer"); // the form's choices are checked with it
        LocalDate answeredOn = "NO_ANSWER".equals(answer) ? null : notInTheFuture(
                requiredDate(task, "enforcementTransferAnsweredOn"), "enforcementTransferAnsweredOn", today());
        String requestReference = "REQUESTED".equals(answer)
                ? requiredText(task, "enforcementTransferRequestReference") : null;
        extraditions.update(reference,
                facts -> facts.recordEnforcementTransferAnswer(answer, answeredOn, requestReference));
    }

    /** A kort geding brought against the State is recorded with the judge's ruling: its date and its document. */
    private void recordSummaryProceedings(DelegateTask task, RequestReference reference) {
        String outcome = requiredText(task, "summaryProceedingsOutcome");
        LocalDate decidedOn = null;
        String document = null;
        if (!"NOT_BROUGHT".equals(outcome)) {
            decidedOn = notInTheFuture(requiredDate(task, "summaryProceedingsDecidedOn"), "summaryProceedingsDecidedOn",
                    today());
            document = requiredText(task, "summaryProceedingsDocument");
        }
        LocalDate ruledOn = decidedOn;
        String ruling = document;
        extraditions.update(reference, facts -> facts.recordSummaryProceedings(outcome, ruledOn, ruling));
    }

    /** The Gerechtshof's ruling takes the place of the first instance's: the surrender goes ahead or is barred. */
    private void recordSummaryAppealRuling(DelegateTask task, RequestReference reference) {
        String outcome = requiredText(task, "summaryAppealOutcome");
        if (!Set.of("SURRENDER_ALLOWED", "SURRENDER_BARRED").contains(outcome)) {
            throw new FormFieldValidationException("summaryAppealOutcome", "Kies: overdracht mag doorgaan of verboden");
        }
        notInTheFuture(requiredDate(task, "summaryAppealRuledOn"), "summaryAppealRuledOn", today());
        String document = requiredText(task, "summaryAppealDocument");
        extraditions.update(reference, facts -> facts.recordSummaryAppealRuling(outcome, document));
        task.getExecution().setVariable("summaryProceedingsOutcome", outcome);
    }

    private void arrangeSurrender(DelegateTask task, RequestReference reference) {
        LocalDate fixedOn = notInThePast(requiredDate(task, "surrenderDate"), "surrenderDate", today());
        extraditions.update(reference,
                facts -> facts.arrangeSurrender(fixedOn, text(task, "surrenderPlace"), text(task, "escort")));
        scheduleSurrender(task, fixedOn);
    }

    private void confirmHandOver(DelegateTask task, RequestReference reference) {
        recordHandOver(task, reference, notInTheFuture(requiredDate(task, "handedOverOn"), "handedOverOn", today()));
    }

    /**
     * An outgoing request rests on a Dutch decision: an arrest warrant of the officier van justitie or the
     * rechter-commissaris for prosecution, a final judgment for enforcement. It comes before any request for
     * provisional arrest.
     */
    private void recordDutchWarrant(DelegateTask task, RequestReference reference) {
        String kind = requiredText(task, "dutchWarrantKind");
        LocalDate issuedOn = notInTheFuture(requiredDate(task, "dutchWarrantIssuedOn"), "dutchWarrantIssuedOn", today());
        String document = requiredText(task, "dutchWarrantDocument");
        extraditions.update(reference, facts -> facts.recordDutchWarrant(kind, issuedOn, document));
    }

    /**
     * A formal request in a language the requested state does not accept goes nowhere (requests to the UAE were
     * refused for being in Dutch): it is ready only with a translation attached in an accepted language.
     */
    private void requireTranslation(DelegateTask task, RequestReference reference) {
        if (!Boolean.TRUE.equals(task.getVariable(ProcessVariables.TRANSLATION_REQUIRED))) {
            return;
        }
        String accepted = String.valueOf(task.getVariable(ProcessVariables.ACCEPTED_LANGUAGES));
        boolean translated = documents.attached(reference).translatedIntoAnyOf(java.util.List.of(accepted.split(",")));
        if (!translated) {
            throw new FormFieldValidationException("documentsAttached", "Voeg eerst een vertaling in een van de talen "
                    + accepted + " toe aan het dossier (soort: Vertaling); dan is het verzoek gereed");
        }
    }

    /**
     * Where the register knows no basis AIRS decides: a basis it names becomes the request's legal basis, marked as
     * AIRS's assessment and unconfirmed in the register; without one the request is refused with AIRS's reason.
     */
    private void recordAssessmentWithoutBasis(DelegateTask task, RequestReference reference) {
        if (!Boolean.TRUE.equals(yes(task, "basisFoundByAirs"))) {
            return;
        }
        String basis = text(task, "basisNamedByAirs");
        register.recordLegalBasis(reference, new LegalBasisRecord(basis, "Beoordeling door AIRS (niet in het verdragsregister)",
                "AIRS: " + text(task, "assessmentReason"), false), Route.CENTRAL_AUTHORITY, AuthorityGroups.AIRS);
        task.getExecution().setVariable(ProcessVariables.TREATY_BASIS, basis);
    }

    /** No instrument sets the formal-request limit (the UN conventions set none): AIRS sets it, with its reason. */
    private static void setProvisionalArrestLimit(DelegateTask task) {
        Object days = task.getVariable("provisionalArrestLimitDays");
        long limit = days instanceof Number number ? number.longValue() : -1;
        if (limit < 1 || limit > MAX_ARREST_LIMIT_DAYS) {
            throw new FormFieldValidationException("provisionalArrestLimitDays",
                    "Termijn: een aantal dagen van 1 tot en met " + MAX_ARREST_LIMIT_DAYS);
        }
        task.getExecution().setVariable(TreatyTerms.FORMAL_REQUEST_DAYS, (int) limit);
    }

    /** An appeal by the officier van justitie starts the period for filing the grounds (Uitleveringswet art. 31). */
    private void recordCassationAppeal(DelegateTask task, RequestReference reference) {
        String lodgedBy = text(task, "cassationLodgedBy");
        if ("WAIVED".equals(lodgedBy)) {
            String waiver = requiredText(task, "cassationWaiverDocument");
            extraditions.update(reference, facts -> facts.recordCassationWaived(waiver));
            return;
        }
        if ("NONE".equals(lodgedBy)) {
            requireLodgingPeriodOver(task);
        }
        LocalDate groundsDueOn = null;
        if ("PROSECUTOR".equals(lodgedBy)) {
            LocalDate lodgedOn = notInTheFuture(requiredDate(task, "lodgedOn"), "lodgedOn", today());
            groundsDueOn = lodgedOn.plus(Period.parse(timeLimit("CASSATION_GROUNDS")));
            task.getExecution().setVariable(ProcessVariables.CASSATION_GROUNDS_DUE_AT,
                    Date.from(TreatyDeadlines.endOf(groundsDueOn)));
        }
        LocalDate dueOn = groundsDueOn;
        extraditions.update(reference, facts -> facts.recordCassationAppeal(lodgedBy, dueOn));
    }

    /**
     * Until the last day to lodge cassation has ended either side may still lodge it: "none" is recorded afterwards,
     * or earlier only as a waiver by both, with its record.
     */
    private void requireLodgingPeriodOver(DelegateTask task) {
        Object lodgingDueAt = task.getVariable(ProcessVariables.CASSATION_LODGING_DUE_AT);
        if (lodgingDueAt instanceof Date lastMoment && !clock.instant().isAfter(lastMoment.toInstant())) {
            LocalDate lastDay = lastMoment.toInstant().atZone(DutchTime.ZONE).toLocalDate();
            throw new FormFieldValidationException("cassationLodgedBy", "Cassatie kan nog worden ingesteld tot en met "
                    + DutchTime.date(lastDay) + "; leg dan vast of het is ingesteld, of nu de afstand van beide partijen");
        }
    }

    /**
     * The surrender's own deadlines, from the date agreed with the requesting state: the KMar confirms it that day;
     * from the next morning the IRC and AIRS settle a new date or the release; and by the last day the treaty allows
     * (ECE art. 18(4): 30 days after the date, where a treaty names none the Uitleveringswet's period) the person is
     * released. A new date (art. 18(5)) runs the same deadlines again.
     */
    private void scheduleSurrender(DelegateTask task, LocalDate fixedOn) {
        Object treatyDays = task.getVariable(TreatyTerms.SURRENDER_RELEASE_DAY);
        LocalDate releaseOn = treatyDays instanceof Number days ? TreatyDeadlines.day(fixedOn, days.intValue())
                : fixedOn.plus(Period.parse(timeLimit("SURRENDER_RELEASE")));
        var execution = task.getExecution();
        execution.setVariable(ProcessVariables.SURRENDER_DUE_AT, Date.from(TreatyDeadlines.endOf(fixedOn)));
        execution.setVariable(ProcessVariables.SURRENDER_NOT_CARRIED_OUT_AT,
                Date.from(TreatyDeadlines.startOf(fixedOn.plusDays(1))));
        execution.setVariable(ProcessVariables.SURRENDER_RELEASE_AT, Date.from(TreatyDeadlines.startOf(releaseOn)));
        Object possibleDays = task.getVariable(TreatyTerms.SURRENDER_RELEASE_POSSIBLE_DAY);
        LocalDate possibleOn = possibleDays instanceof Number days ? TreatyDeadlines.day(fixedOn, days.intValue()) : releaseOn;
        execution.setVariable(ProcessVariables.SURRENDER_RELEASE_POSSIBLE_AT, Date.from(TreatyDeadlines.startOf(possibleOn)));
        execution.setVariable(ProcessVariables.SURRENDER_RELEASE_DUE_ON, releaseOn.toString());
    }

    private String timeLimit(String step) {
        return decisionService.evaluateDecisionByKey(TIME_LIMITS_DECISION).variables(Map.of("step", step)).evaluate()
                .getSingleResult().getEntry("period");
    }

    /**
     * The rechter-commissaris or the court decides on continued detention (Uitleveringswet arts 13-21, 38); the
     * officier van justitie records it, and may on his own only release. AIRS has no say in detention.
     */
    private void recordCustodyDecision(DelegateTask task, RequestReference reference) {
        boolean kept = required(task, "keepInCustody");
        if (text(task, "custodyDecidedBy") == null) {
            throw new FormFieldValidationException("custodyDecidedBy", "Dit veld is verplicht");
        }
        if (kept && Boolean.FALSE.equals(task.getVariable(ProcessVariables.PERSON_IN_CUSTODY))) {
            throw new FormFieldValidationException("keepInCustody", "De opgeëiste persoon is al in vrijheid gesteld;"
                    + " een latere aanhouding wordt bij die stap vastgelegd");
        }
        if (kept && "PROSECUTOR".equals(text(task, "custodyDecidedBy"))) {
            throw new FormFieldValidationException("custodyDecidedBy", "Alleen de rechter-commissaris of de rechtbank"
                    + " beslist over voortgezette vrijheidsbeneming; de officier van justitie kan alleen vrijlaten");
        }
        LocalDate decidedOn = notInTheFuture(requiredDate(task, "custodyDecidedOn"), "custodyDecidedOn", today());
        String document = requiredText(task, "custodyDecisionDocument");
        extraditions.update(reference, facts -> {
            facts.recordCustodyDecision(decidedOn, document);
            if (kept) {
                facts.keepInCustody();
            } else {
                facts.release(decidedOn);
            }
        });
        inCustody(task, kept);
    }

    /** Took place after all, a new date (ECE art. 18(5): the same deadlines from it) or release. */
    private void resolveMissedSurrender(DelegateTask task, RequestReference reference) {
        String action = text(task, "missedSurrenderAction");
        switch (action == null ? "" : action) {
            case "HANDED_OVER" -> recordHandOver(task, reference,
                    notInTheFuture(requiredDate(task, "handedOverOn"), "handedOverOn", today()));
            case "NEW_DATE" -> {
                LocalDate newDate = notInThePast(requiredDate(task, "newSurrenderDate"), "newSurrenderDate", today());
                extraditions.update(reference, facts -> facts.rescheduleSurrender(newDate));
                task.getExecution().setVariable("surrenderDate", newDate.toString());
                scheduleSurrender(task, newDate);
            }
            case "RELEASE" -> requireTheOfficier(task);
            default -> throw new FormFieldValidationException("missedSurrenderAction",
                    "Kies: toch overgedragen, een nieuwe datum of invrijheidstelling");
        }
    }

    /**
     * AIRS settles a new date with the requesting state, but only the officier van justitie of the competent IRC orders
     * a release: detention is not AIRS's to end.
     */
    private static void requireTheOfficier(DelegateTask task) {
        var commandContext = Context.getCommandContext();
        List<String> groups = commandContext == null ? null : commandContext.getAuthenticatedGroupIds();
        Object owningIrc = task.getVariable(ProcessVariables.OWNING_IRC);
        if (commandContext != null && commandContext.getAuthenticatedUserId() != null
                && (groups == null || !groups.contains(String.valueOf(owningIrc)))) {
            throw new FormFieldValidationException("missedSurrenderAction", "De invrijheidstelling gelast de officier"
                    + " van justitie van het bevoegde IRC; AIRS kan een nieuwe datum vastleggen");
        }
    }

    /**
     * The current order ended without its successor recorded: the officier releases the person, or confirms that a
     * judge ordered in time what the custody task, still open, is then to record.
     */
    private void actOnLapsedCustody(DelegateTask task, RequestReference reference) {
        String action = requiredText(task, "lapsedCustodyAction");
        switch (action) {
            case "RELEASED" -> {
                requireTheLapsedOrderStillCurrent(task);
                recordRelease(task, reference);
            }
            case "ORDER_GIVEN_IN_TIME" -> { }
            default -> throw new FormFieldValidationException("lapsedCustodyAction",
                    "Kies: in vrijheid gesteld, of er was op tijd een bevel");
        }
    }

    /**
     * An alarm left open while custody moved on (a new order, a release, a new arrest) must not release a person held
     * on a later title: it releases only while the order it was raised for is still the current one.
     */
    private static void requireTheLapsedOrderStillCurrent(DelegateTask task) {
        Object raisedFor = task.getExecution().getVariableLocal("lapsedCustodyEndsAt");
        Object current = task.getVariable(ProcessVariables.CUSTODY_ENDS_AT);
        long custodyTasks = task.getProcessEngineServices().getTaskService().createTaskQuery()
                .processInstanceId(task.getProcessInstanceId())
                .taskDefinitionKeyIn("Task_BringBeforeExaminingJudge", "Task_ReviewCustodyOrder").count();
        if (custodyTasks == 0 || raisedFor == null || !raisedFor.equals(current)) {
            throw new FormFieldValidationException("lapsedCustodyAction", "De vrijheidsbeneming is sinds deze melding"
                    + " anders vastgelegd (nieuw bevel, vrijlating of nieuwe aanhouding); sluit de melding af met"
                    + " 'er was op tijd een bevel' en leg een invrijheidstelling vast in de lopende taak");
        }
    }

    private void recordHandOver(DelegateTask task, RequestReference reference, LocalDate handedOverOn) {
        extraditions.update(reference, facts -> facts.recordHandOver(handedOverOn));
        inCustody(task, false);
    }

    private void recordRelease(DelegateTask task, RequestReference reference) {
        LocalDate releasedOn = notInTheFuture(requiredDate(task, "releasedOn"), "releasedOn", today());
        extraditions.update(reference, facts -> facts.release(releasedOn));
        inCustody(task, false);
    }

    /** Read when the requesting state withdraws: a person still held is released first. */
    private static void inCustody(DelegateTask task, boolean held) {
        task.getExecution().setVariable(ProcessVariables.PERSON_IN_CUSTODY, held);
    }

    private LocalDate today() {
        return DutchTime.today(clock);
    }
}
