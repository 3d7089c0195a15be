package nl.rechtshulp.extradition;

import nl.rechtshulp.web.DutchTime;

import static nl.rechtshulp.extradition.FormValues.date;
import static nl.rechtshulp.extradition.FormValues.text;
import static nl.rechtshulp.extradition.FormValues.yes;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Date;
import java.util.Map;
import nl.rechtshulp.documents.Documents;
import nl.rechtshulp.request.ExtraditionRegister;
import nl.rechtshulp.request.LegalBasisRecord;
import nl.rechtshulp.request.Route;
import nl.rechtshulp.security.AuthorityGroups;
import nl.rechtshulp.request.RequestReference;
import nl.rechtshulp.request.RequestRegister;
import nl.rechtshulp.workflow.ProcessVariables;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
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

    static final String TIME_LIMITS_DECISION = "ExtraditionTimeLimitsDecision";
    private static final String KMAR = "kmar";
    /** Longer than any treaty's limit (60 days for the UAE): a larger number is a typing error. */
    private static final int MAX_ARREST_LIMIT_DAYS = 180;

    private final ExtraditionRegister extraditions;
    private final RequestRegister register;
    private final DecisionService decisionService;
    private final Documents documents;
    private final Clock clock;

    ExtraditionStepTaskListener(ExtraditionRegister extraditions, RequestRegister register,
                                DecisionService decisionService, Documents documents, Clock clock) {
        this.documents = documents;
        this.extraditions = extraditions;
        this.register = register;
        this.decisionService = decisionService;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        var reference = new RequestReference((String) task.getVariable(ProcessVariables.REFERENCE));
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            register.involve(reference, KMAR);
            return;
        }
        switch (task.getTaskDefinitionKey()) {
            case "Task_AssessWithoutTreatyBasis" -> recordAssessmentWithoutBasis(task, reference);
            case "Task_SetProvisionalArrestLimit" -> setProvisionalArrestLimit(task);
            case "Task_HandOverForSurrender" -> notInTheFuture(date(task, "takenOverOn"), "takenOverOn");
            case "Task_RecordProvisionalArrest" -> {
                notInTheFuture(date(task, ProcessVariables.ARRESTED_ON), ProcessVariables.ARRESTED_ON);
                inCustody(task, true);
            }
            case "Task_DecideOnCustody" -> recordCustodyDecision(task, reference);
            case "Task_RecordArrestOnLateFormalRequest" -> {
                boolean arrested = Boolean.TRUE.equals(required(task, "arrestedAgain"));
                LocalDate arrestedOn = arrested
                        ? notInTheFuture(requiredDate(task, "arrestedAgainOn"), "arrestedAgainOn") : null;
                if (arrested) {
                    extraditions.update(reference, facts -> {
                        facts.setCustodyKept(true);
                        facts.setReleasedOn(null);
                    });
                }
                inCustody(task, arrested);
            }
            case "Task_ReleaseOnWithdrawal" -> {
                if (Boolean.TRUE.equals(required(task, "heldAtWithdrawal"))) {
                    recordRelease(task, reference);
                }
            }
            case "Task_RecordReleaseAbroad" -> {
                boolean stillSent = Boolean.TRUE.equals(required(task, "formalRequestStillSent"));
                if (!stillSent && Boolean.TRUE.equals(task.getVariable("formalRequestApproved"))) {
                    throw new FormFieldValidationException("formalRequestStillSent",
                            "Het formele verzoek is al verzonden; de zaak loopt door en kan hier niet worden afgesloten");
                }
                recordRelease(task, reference);
            }
            case "Task_ReleasePerson", "Task_ReleaseNotTakenOver" -> recordRelease(task, reference);
            case "Task_AssessGuarantees" -> extraditions.update(reference,
                    facts -> facts.setGuaranteesSufficient(yes(task, "guaranteesSufficient")));
            case "Task_RecordExaminingJudgeHearing" -> extraditions.update(reference, facts -> {
                facts.setExaminingJudgeHearingOn(date(task, "hearingDate"));
                facts.setConsentGiven(yes(task, "consentToSimplifiedExtradition"));
            });
            case "Task_DecideOnSimplifiedSurrender" -> extraditions.update(reference, facts -> {
                facts.setProsecutorDecision(yes(task, "surrenderAllowed") ? "GRANTED" : "REFUSED");
                facts.setProsecutorDecidedOn(date(task, "decisionDate"));
            });
            case "Task_AdviseMinister" -> extraditions.update(reference,
                    facts -> facts.setMinisterAdvice(text(task, "advice")));
            case "Task_ClaimCourtExamination" -> extraditions.update(reference, facts -> {
                facts.setCourt(text(task, "court"));
                facts.setCourtHearingOn(date(task, "hearingDate"));
            });
            case "Task_RecordCourtDecision" -> extraditions.update(reference, facts -> {
                facts.setCourtAdmissible(yes(task, "extraditionAdmissible"));
                facts.setCourtDecidedOn(date(task, "decisionDate"));
                facts.setSeizedObjects(text(task, "seizedObjects"));
            });
            case "Task_RecordCassationAppeal" -> recordCassationAppeal(task, reference);
            case "Task_FileCassationGrounds" -> {
                LocalDate filedOn = notInTheFuture(date(task, "groundsFiledOn"), "groundsFiledOn");
                extraditions.update(reference, facts -> facts.setCassationGroundsFiledOn(filedOn));
            }
            case "Task_RecordSupremeCourtRuling" -> extraditions.update(reference, facts -> {
                facts.setSupremeCourtAdmissible(yes(task, "extraditionAdmissible"));
                facts.setSupremeCourtRuledOn(date(task, "rulingDate"));
            });
            case "Task_RecordMinisterDecision" -> extraditions.update(reference, facts -> {
                facts.setMinisterDecision(text(task, "ministerDecision"));
                facts.setMinisterDecidedOn(date(task, "decisionDate"));
                facts.setConditions(text(task, "conditions"));
            });
            case "Task_RecordSummaryProceedings" -> extraditions.update(reference,
                    facts -> facts.setSummaryProceedings(text(task, "summaryProceedingsOutcome")));
            case "Task_ArrangeSurrender" -> {
                LocalDate fixedOn = notInThePast(requiredDate(task, "surrenderDate"), "surrenderDate");
                extraditions.update(reference, facts -> {
                    facts.setSurrenderDate(fixedOn);
                    facts.setSurrenderPlace(text(task, "surrenderPlace"));
                    facts.setEscort(text(task, "escort"));
                });
                scheduleSurrender(task, fixedOn);
            }
            case "Task_ResolveMissedSurrender" -> resolveMissedSurrender(task, reference);
            case "Task_ArrangeTransfer" -> extraditions.update(reference, facts -> {
                facts.setSurrenderDate(date(task, "transferDate"));
                facts.setSurrenderPlace(text(task, "transferPlace"));
            });
            case "Task_ConfirmSurrender", "Task_ConfirmTransfer" -> recordHandOver(task, reference,
                    notInTheFuture(requiredDate(task, "handedOverOn"), "handedOverOn"));
            case "Task_PrepareFormalRequest" -> requireTranslation(task, reference);
            case "Task_RequestProvisionalArrest" -> extraditions.update(reference,
                    facts -> facts.setArrestRequestChannel(text(task, "arrestRequestChannel")));
            case "Task_ReviewAndTransmitFormalRequest" -> {
                if (yes(task, "formalRequestApproved")) {
                    extraditions.update(reference,
                            facts -> facts.setFormalRequestTransmittedOn(date(task, "transmittedOn")));
                }
            }
            case "Task_RecordForeignDecision" -> extraditions.update(reference, facts -> {
                facts.setForeignDecision(text(task, "foreignDecision"));
                facts.setForeignDecidedOn(date(task, "decisionDate"));
                facts.setConditions(text(task, "conditions"));
            });
            default -> throw new IllegalStateException("No extradition step is recorded for " + task.getTaskDefinitionKey());
        }
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
        LocalDate groundsDueOn = null;
        if ("PROSECUTOR".equals(lodgedBy)) {
            LocalDate lodgedOn = notInTheFuture(date(task, "lodgedOn"), "lodgedOn");
            groundsDueOn = lodgedOn.plus(Period.parse(timeLimit("CASSATION_GROUNDS")));
            task.getExecution().setVariable(ProcessVariables.CASSATION_GROUNDS_DUE_AT,
                    Date.from(TreatyDeadlines.endOf(groundsDueOn)));
        }
        LocalDate dueOn = groundsDueOn;
        extraditions.update(reference, facts -> {
            facts.setCassationLodgedBy(lodgedBy);
            facts.setCassationGroundsDueOn(dueOn);
        });
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
        boolean kept = Boolean.TRUE.equals(required(task, "keepInCustody"));
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
        LocalDate decidedOn = notInTheFuture(requiredDate(task, "custodyDecidedOn"), "custodyDecidedOn");
        extraditions.update(reference, facts -> {
            facts.setCustodyKept(kept);
            facts.setReleasedOn(kept ? null : decidedOn);
        });
        inCustody(task, kept);
    }

    /** Took place after all, a new date (ECE art. 18(5): the same deadlines from it) or release. */
    private void resolveMissedSurrender(DelegateTask task, RequestReference reference) {
        String action = text(task, "missedSurrenderAction");
        switch (action == null ? "" : action) {
            case "HANDED_OVER" -> recordHandOver(task, reference,
                    notInTheFuture(requiredDate(task, "handedOverOn"), "handedOverOn"));
            case "NEW_DATE" -> {
                LocalDate newDate = notInThePast(requiredDate(task, "newSurrenderDate"), "newSurrenderDate");
                extraditions.update(reference, facts -> facts.setSurrenderDate(newDate));
                task.getExecution().setVariable("surrenderDate", newDate.toString());
                scheduleSurrender(task, newDate);
            }
            case "RELEASE" -> { }
            default -> throw new FormFieldValidationException("missedSurrenderAction",
                    "Kies: toch overgedragen, een nieuwe datum of invrijheidstelling");
        }
    }

    private void recordHandOver(DelegateTask task, RequestReference reference, LocalDate handedOverOn) {
        extraditions.update(reference, facts -> {
            facts.setHandedOverOn(handedOverOn);
            facts.setCustodyKept(false);
        });
        inCustody(task, false);
    }

    private void recordRelease(DelegateTask task, RequestReference reference) {
        LocalDate releasedOn = notInTheFuture(requiredDate(task, "releasedOn"), "releasedOn");
        extraditions.update(reference, facts -> {
            facts.setCustodyKept(false);
            facts.setReleasedOn(releasedOn);
        });
        inCustody(task, false);
    }

    /** The server's own check of a yes/no the form marks required: a missing choice is a 400, never a 500. */
    private static Boolean required(DelegateTask task, String field) {
        Object value = task.getVariable(field);
        if (value == null || value.toString().isBlank()) {
            throw new FormFieldValidationException(field, "Dit veld is verplicht");
        }
        return Boolean.valueOf(value.toString());
    }

    private static LocalDate requiredDate(DelegateTask task, String field) {
        LocalDate day = date(task, field);
        if (day == null) {
            throw new FormFieldValidationException(field, "Vul een datum in");
        }
        return day;
    }

    /** Read when the requesting state withdraws: a person still held is released first. */
    private static void inCustody(DelegateTask task, boolean held) {
        task.getExecution().setVariable(ProcessVariables.PERSON_IN_CUSTODY, held);
    }

    private LocalDate notInThePast(LocalDate day, String field) {
        if (day != null && day.isBefore(today())) {
            throw new FormFieldValidationException(field, "Deze datum kan niet in het verleden liggen");
        }
        return day;
    }

    private LocalDate notInTheFuture(LocalDate day, String field) {
        if (day != null && day.isAfter(today())) {
            // The REST API and Tasklist answer this with 400 and keep the task open.
            throw new FormFieldValidationException(field, "Deze datum kan niet in de toekomst liggen");
        }
        return day;
    }

    private LocalDate today() {
        return DutchTime.today(clock);
    }
}
