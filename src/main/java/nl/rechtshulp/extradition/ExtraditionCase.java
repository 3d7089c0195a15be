package nl.rechtshulp.extradition;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import nl.rechtshulp.request.CustodyTitle;
import nl.rechtshulp.request.ExtraditionArrival;
import nl.rechtshulp.request.ExtraditionPurpose;
import nl.rechtshulp.request.Guarantee;

/**
 * The facts only an extradition request has, one row beside its request. Each step of the process records what its
 * task decided through the method named after it; the request register keeps the request itself.
 */
@Entity
@Table(name = "extradition_case")
class ExtraditionCase {

    @Id
    @Column(name = "request_id")
    private Long requestId;

    @Enumerated(EnumType.STRING)
    @Column(name = "arrived_as")
    private ExtraditionArrival arrivedAs;

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose")
    private ExtraditionPurpose purpose;

    @Column(name = "person_is_dutch_national")
    private boolean personIsDutchNational;

    @Column(name = "channel")
    private String channel;

    @Column(name = "arrested_on")
    private LocalDate arrestedOn;

    @Column(name = "formal_request_due_on")
    private LocalDate formalRequestDueOn;

    @Column(name = "formal_request_received_on")
    private LocalDate formalRequestReceivedOn;

    @Column(name = "custody_kept")
    private Boolean custodyKept;

    @Column(name = "released_on")
    private LocalDate releasedOn;

    @Column(name = "guarantees_required")
    private String guaranteesRequired;

    @Column(name = "guarantees_received_on")
    private LocalDate guaranteesReceivedOn;

    @Column(name = "guarantees_sufficient")
    private Boolean guaranteesSufficient;

    @Column(name = "examining_judge_hearing_on")
    private LocalDate examiningJudgeHearingOn;

    @Column(name = "consent_given")
    private Boolean consentGiven;

    @Column(name = "prosecutor_decision")
    private String prosecutorDecision;

    @Column(name = "prosecutor_decided_on")
    private LocalDate prosecutorDecidedOn;

    @Column(name = "court")
    private String court;

    @Column(name = "court_hearing_on")
    private LocalDate courtHearingOn;

    @Column(name = "court_admissible")
    private Boolean courtAdmissible;

    @Column(name = "court_decided_on")
    private LocalDate courtDecidedOn;

    @Column(name = "seized_objects")
    private String seizedObjects;

    @Column(name = "cassation_lodged_by")
    private String cassationLodgedBy;

    @Column(name = "cassation_grounds_due_on")
    private LocalDate cassationGroundsDueOn;

    @Column(name = "cassation_grounds_filed_on")
    private LocalDate cassationGroundsFiledOn;

    @Column(name = "supreme_court_admissible")
    private Boolean supremeCourtAdmissible;

    @Column(name = "supreme_court_ruled_on")
    private LocalDate supremeCourtRuledOn;

    @Column(name = "minister_advice")
    private String ministerAdvice;

    @Column(name = "minister_decision")
    private String ministerDecision;

    @Column(name = "minister_decided_on")
    private LocalDate ministerDecidedOn;

    @Column(name = "conditions")
    private String conditions;

    @Column(name = "summary_proceedings")
    private String summaryProceedings;

    @Column(name = "summary_proceedings_decided_on")
    private LocalDate summaryProceedingsDecidedOn;

    @Column(name = "summary_proceedings_document")
    private String summaryProceedingsDocument;

    @Column(name = "summary_appeal_document")
    private String summaryAppealDocument;

    @Column(name = "consent_document")
    private String consentDocument;

    @Column(name = "cassation_waiver_document")
    private String cassationWaiverDocument;

    @Column(name = "enforcement_transfer_answered_on")
    private LocalDate enforcementTransferAnsweredOn;

    @Column(name = "enforcement_transfer_reference")
    private String enforcementTransferReference;

    @Column(name = "court_advice")
    private String courtAdvice;

    @Column(name = "trial_prosecutor")
    private String trialProsecutor;

    @Column(name = "custody_decided_on")
    private LocalDate custodyDecidedOn;

    @Column(name = "custody_decision_document")
    private String custodyDecisionDocument;

    @Column(name = "closed_without_formal_request_on")
    private LocalDate closedWithoutFormalRequestOn;

    @Column(name = "closed_without_formal_request_reason")
    private String closedWithoutFormalRequestReason;

    @Column(name = "court_decision_document")
    private String courtDecisionDocument;

    @Column(name = "supreme_court_document")
    private String supremeCourtDocument;

    @Column(name = "minister_decision_document")
    private String ministerDecisionDocument;

    @Column(name = "surrender_date")
    private LocalDate surrenderDate;

    @Column(name = "surrender_place")
    private String surrenderPlace;

    @Column(name = "escort")
    private String escort;

    @Column(name = "handed_over_on")
    private LocalDate handedOverOn;

    @Column(name = "arrest_request_channel")
    private String arrestRequestChannel;

    @Column(name = "formal_request_transmitted_on")
    private LocalDate formalRequestTransmittedOn;

    @Column(name = "foreign_decision")
    private String foreignDecision;

    @Column(name = "foreign_decided_on")
    private LocalDate foreignDecidedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "custody_title")
    private CustodyTitle custodyTitle;

    @Column(name = "custody_ordered_by")
    private String custodyOrderedBy;

    @Column(name = "custody_ordered_on")
    private LocalDate custodyOrderedOn;

    @Column(name = "custody_ends_on")
    private LocalDate custodyEndsOn;

    @Column(name = "custody_order_document")
    private String custodyOrderDocument;

    @Column(name = "consent_given_on")
    private LocalDate consentGivenOn;

    @Column(name = "admissible_offences")
    private String admissibleOffences;

    @Column(name = "inadmissible_offences")
    private String inadmissibleOffences;

    @Column(name = "cassation_lodging_due_on")
    private LocalDate cassationLodgingDueOn;

    @Column(name = "dutch_warrant_kind")
    private String dutchWarrantKind;

    @Column(name = "dutch_warrant_issued_on")
    private LocalDate dutchWarrantIssuedOn;

    @Column(name = "dutch_warrant_document")
    private String dutchWarrantDocument;

    @Column(name = "conditions_passed_on")
    private LocalDate conditionsPassedOn;

    @Column(name = "enforcement_transfer")
    private String enforcementTransfer;

    @Column(name = "surrender_postponed")
    private Boolean surrenderPostponed;

    @Column(name = "dutch_proceedings_ended_on")
    private LocalDate dutchProceedingsEndedOn;

    @Column(name = "summary_appeal_outcome")
    private String summaryAppealOutcome;

    @Version
    private Long version;

    protected ExtraditionCase() {
    }

    ExtraditionCase(Long requestId, ExtraditionArrival arrivedAs, ExtraditionPurpose purpose, boolean personIsDutchNational,
                    LocalDate formalRequestReceivedOn) {
        this.requestId = requestId;
        this.arrivedAs = arrivedAs;
        this.purpose = purpose;
        this.personIsDutchNational = personIsDutchNational;
        this.formalRequestReceivedOn = formalRequestReceivedOn;
    }

    /** The treaty step: the channel the request travels and the guarantees the instrument asks for. */
    void recordTreatyTerms(String channel, List<Guarantee> guarantees) {
        this.channel = channel;
        requireGuarantees(guarantees);
    }

    /** The guarantees the requesting state must give before the Minister can grant extradition. */
    void requireGuarantees(List<Guarantee> guarantees) {
        this.guaranteesRequired = guarantees.stream().map(Guarantee::name).collect(Collectors.joining(","));
    }

    /** The arrest starts the clock for the formal request, due by the last day the treaty allows. */
    void recordArrest(LocalDate arrestedOn, LocalDate formalRequestDueOn) {
        this.arrestedOn = arrestedOn;
        this.formalRequestDueOn = formalRequestDueOn;
    }

    void recordFormalRequestReceived(LocalDate receivedOn) { this.formalRequestReceivedOn = receivedOn; }

    /** An arrest on a formal request that came first: no formal-request deadline runs from it. */
    void recordArrestOnFormalRequest(LocalDate arrestedOn) { this.arrestedOn = arrestedOn; }

    void recordGuaranteesReceived(LocalDate receivedOn) { this.guaranteesReceivedOn = receivedOn; }

    void assessGuarantees(Boolean sufficient) { this.guaranteesSufficient = sufficient; }

    /** A judge kept the person detained (the order itself, where recorded, is {@link #orderCustody}). */
    void keepInCustody() {
        this.custodyKept = true;
        this.releasedOn = null;
    }

    /** AIRS closes a case whose formal request did not come after the release (ECE art. 16(5) kept it open). */
    void closeWithoutFormalRequest(LocalDate closedOn, String reason) {
        this.closedWithoutFormalRequestOn = closedOn;
        this.closedWithoutFormalRequestReason = reason;
    }

    /** The decision, on the review day before the formal request is due, whether detention goes on: date and reference. */
    void recordCustodyDecision(LocalDate decidedOn, String document) {
        this.custodyDecidedOn = decidedOn;
        this.custodyDecisionDocument = document;
    }

    /** The hearing before the rechter-commissaris after the formal request, with or without consent. */
    void recordExaminingJudgeHearing(LocalDate heardOn, boolean consent, String consentRecord) {
        this.examiningJudgeHearingOn = heardOn;
        if (consent) {
            recordConsent(heardOn, consentRecord);
        } else {
            this.consentGiven = false;
        }
    }

    /** The hearing before the rechter-commissaris after the arrest. */
    void recordHearingAfterArrest(LocalDate heardOn) { this.examiningJudgeHearingOn = heardOn; }

    /**
     * The officier's decision on simplified extradition (UW art. 42); allowed, it names the offences the surrender
     * covers (speciality) and what happens to seized objects (art. 47(4)), as a court ruling would.
     */
    void recordProsecutorDecision(String decision, LocalDate decidedOn, String offences, String seizedObjects) {
        this.prosecutorDecision = decision;
        this.prosecutorDecidedOn = decidedOn;
        if (offences != null) {
            this.admissibleOffences = offences;
            this.seizedObjects = seizedObjects;
        }
    }

    void recordMinisterAdvice(String advice) { this.ministerAdvice = advice; }

    void claimCourtExamination(String court, LocalDate hearingOn) {
        this.court = court;
        this.courtHearingOn = hearingOn;
    }

    /** Who lodged cassation; an appeal by the officier van justitie sets the day its grounds are due. */
    void recordCassationAppeal(String lodgedBy, LocalDate groundsDueOn) {
        this.cassationLodgedBy = lodgedBy;
        this.cassationGroundsDueOn = groundsDueOn;
    }

    /** Both the person and the officier waived cassation before the period ran out; the ruling is then final. */
    void recordCassationWaived(String document) {
        this.cassationLodgedBy = "WAIVED";
        this.cassationWaiverDocument = document;
    }

    void recordCassationGroundsFiled(LocalDate filedOn) { this.cassationGroundsFiledOn = filedOn; }

    void recordSupremeCourtRuling(Boolean admissible, LocalDate ruledOn, String document) {
        this.supremeCourtAdmissible = admissible;
        this.supremeCourtRuledOn = ruledOn;
        this.supremeCourtDocument = document;
    }

    void recordMinisterDecision(String decision, LocalDate decidedOn, String document, String conditions) {
        this.ministerDecision = decision;
        this.ministerDecidedOn = decidedOn;
        this.ministerDecisionDocument = document;
        this.conditions = conditions;
    }

    /** The kort geding against the State: not brought, or the judge's ruling with its date and document. */
    void recordSummaryProceedings(String outcome, LocalDate decidedOn, String document) {
        this.summaryProceedings = outcome;
        this.summaryProceedingsDecidedOn = decidedOn;
        this.summaryProceedingsDocument = document;
    }

    /** The Gerechtshof's ruling on appeal in the kort geding: it decides whether the surrender goes ahead. */
    void recordSummaryAppealRuling(String outcome, String document) {
        this.summaryAppealOutcome = outcome;
        this.summaryAppealDocument = document;
    }

    /** The surrender waits for Dutch proceedings or a Dutch sentence (ECE art. 19(1)). */
    void postponeSurrender(boolean postponed) { this.surrenderPostponed = postponed; }

    void recordDutchProceedingsEnded(LocalDate endedOn) { this.dutchProceedingsEndedOn = endedOn; }

    public Boolean getSurrenderPostponed() { return surrenderPostponed; }
    public LocalDate getDutchProceedingsEndedOn() { return dutchProceedingsEndedOn; }
    public String getSummaryAppealOutcome() { return summaryAppealOutcome; }

    void arrangeSurrender(LocalDate date, String place, String escort) {
        this.surrenderDate = date;
        this.surrenderPlace = place;
        this.escort = escort;
    }

    /** A new date for a surrender not carried out (ECE art. 18(5)). */
    void rescheduleSurrender(LocalDate date) { this.surrenderDate = date; }

    /** The person was handed over: detention in the Netherlands ends. */
    void recordHandOver(LocalDate handedOverOn) {
        this.handedOverOn = handedOverOn;
        this.custodyKept = false;
    }

    void recordArrestRequestChannel(String channel) { this.arrestRequestChannel = channel; }

    void recordFormalRequestTransmitted(LocalDate transmittedOn) { this.formalRequestTransmittedOn = transmittedOn; }

    /** The requested state's decision; granted, the offences it covers bind the Dutch prosecution (speciality). */
    void recordForeignDecision(String decision, LocalDate decidedOn, String conditions, String grantedOffences) {
        this.foreignDecision = decision;
        this.foreignDecidedOn = decidedOn;
        this.conditions = conditions;
        this.admissibleOffences = grantedOffences;
    }

    void arrangeTransfer(LocalDate date, String place) {
        this.surrenderDate = date;
        this.surrenderPlace = place;
    }

    /** The detention order the person is now held on, replacing the one before it. */
    void orderCustody(CustodyTitle title, String orderedBy, LocalDate orderedOn, LocalDate endsOn, String document) {
        this.custodyTitle = title;
        this.custodyOrderedBy = orderedBy;
        this.custodyOrderedOn = orderedOn;
        this.custodyEndsOn = endsOn;
        this.custodyOrderDocument = document;
        this.custodyKept = true;
        this.releasedOn = null;
    }

    /** A release ends the detention order; the order stays on record as the one the person was last held on. */
    void release(LocalDate releasedOn) {
        this.custodyKept = false;
        this.releasedOn = releasedOn;
    }

    /** Consent before the rechter-commissaris, with the reference of his record of it (Uitleveringswet art. 41). */
    void recordConsent(LocalDate givenOn, String document) {
        this.consentGiven = true;
        this.consentGivenOn = givenOn;
        this.consentDocument = document;
    }

    /** The court's ruling, per offence (speciality covers only the offences found admissible), and cassation's last day. */
    void recordCourtRuling(boolean admissible, LocalDate decidedOn, String document, String admissibleOffences,
                           String inadmissibleOffences, String seizedObjects, LocalDate cassationLodgingDueOn,
                           String adviceToMinister) {
        this.courtDecisionDocument = document;
        this.courtAdvice = adviceToMinister;
        this.cassationLodgingDueOn = cassationLodgingDueOn;
        this.courtAdmissible = admissible;
        this.courtDecidedOn = decidedOn;
        this.admissibleOffences = admissibleOffences;
        this.inadmissibleOffences = inadmissibleOffences;
        this.seizedObjects = seizedObjects;
    }


    /** The Dutch arrest warrant or judgment an outgoing request rests on. */
    void recordDutchWarrant(String kind, LocalDate issuedOn, String document) {
        this.dutchWarrantKind = kind;
        this.dutchWarrantIssuedOn = issuedOn;
        this.dutchWarrantDocument = document;
    }

    /** The requested state's conditions reached the prosecutor who will try the person. */
    void recordConditionsPassed(LocalDate passedOn, String trialProsecutor) {
        this.conditionsPassedOn = passedOn;
        this.trialProsecutor = trialProsecutor;
    }

    /** What became of the transfer of enforcement offered instead of extraditing a Dutch national. */
    void recordEnforcementTransfer(String outcome) {
        this.enforcementTransfer = outcome;
    }

    /** The sentencing state's answer to the offer: its request for the transfer, with the reference it goes on under. */
    void recordEnforcementTransferAnswer(String answer, LocalDate answeredOn, String requestReference) {
        this.enforcementTransfer = answer;
        this.enforcementTransferAnsweredOn = answeredOn;
        this.enforcementTransferReference = requestReference;
    }

    public CustodyTitle getCustodyTitle() { return custodyTitle; }
    public String getCustodyOrderedBy() { return custodyOrderedBy; }
    public LocalDate getCustodyOrderedOn() { return custodyOrderedOn; }
    public LocalDate getCustodyEndsOn() { return custodyEndsOn; }
    public String getCustodyOrderDocument() { return custodyOrderDocument; }
    public LocalDate getConsentGivenOn() { return consentGivenOn; }
    public String getAdmissibleOffences() { return admissibleOffences; }
    public String getInadmissibleOffences() { return inadmissibleOffences; }
    public LocalDate getCassationLodgingDueOn() { return cassationLodgingDueOn; }
    public String getDutchWarrantKind() { return dutchWarrantKind; }
    public LocalDate getDutchWarrantIssuedOn() { return dutchWarrantIssuedOn; }
    public String getDutchWarrantDocument() { return dutchWarrantDocument; }
    public LocalDate getConditionsPassedOn() { return conditionsPassedOn; }
    public String getEnforcementTransfer() { return enforcementTransfer; }

    public List<Guarantee> getGuaranteesRequired() {
        return guaranteesRequired == null || guaranteesRequired.isBlank() ? List.of()
                : Arrays.stream(guaranteesRequired.split(",")).map(Guarantee::valueOf).toList();
    }


    public ExtraditionArrival getArrivedAs() { return arrivedAs; }
    public ExtraditionPurpose getPurpose() { return purpose; }
    public boolean isPersonIsDutchNational() { return personIsDutchNational; }
    public String getChannel() { return channel; }
    public LocalDate getArrestedOn() { return arrestedOn; }
    public LocalDate getFormalRequestDueOn() { return formalRequestDueOn; }
    public LocalDate getFormalRequestReceivedOn() { return formalRequestReceivedOn; }
    public Boolean getCustodyKept() { return custodyKept; }
    public LocalDate getReleasedOn() { return releasedOn; }
    public LocalDate getGuaranteesReceivedOn() { return guaranteesReceivedOn; }
    public Boolean getGuaranteesSufficient() { return guaranteesSufficient; }
    public Boolean getConsentGiven() { return consentGiven; }
    public String getCourt() { return court; }
    public LocalDate getCourtHearingOn() { return courtHearingOn; }
    public Boolean getCourtAdmissible() { return courtAdmissible; }
    public LocalDate getCourtDecidedOn() { return courtDecidedOn; }
    public String getSeizedObjects() { return seizedObjects; }
    public String getCassationLodgedBy() { return cassationLodgedBy; }
    public LocalDate getCassationGroundsDueOn() { return cassationGroundsDueOn; }
    public LocalDate getCassationGroundsFiledOn() { return cassationGroundsFiledOn; }
    public Boolean getSupremeCourtAdmissible() { return supremeCourtAdmissible; }
    public LocalDate getSupremeCourtRuledOn() { return supremeCourtRuledOn; }
    public String getMinisterDecision() { return ministerDecision; }
    public LocalDate getMinisterDecidedOn() { return ministerDecidedOn; }
    public String getConditions() { return conditions; }
    public String getSummaryProceedings() { return summaryProceedings; }
    public LocalDate getSurrenderDate() { return surrenderDate; }
    public String getSurrenderPlace() { return surrenderPlace; }
    public String getEscort() { return escort; }
    public LocalDate getHandedOverOn() { return handedOverOn; }
    public String getArrestRequestChannel() { return arrestRequestChannel; }
    public LocalDate getFormalRequestTransmittedOn() { return formalRequestTransmittedOn; }
    public String getForeignDecision() { return foreignDecision; }
    public LocalDate getForeignDecidedOn() { return foreignDecidedOn; }
    public LocalDate getExaminingJudgeHearingOn() { return examiningJudgeHearingOn; }
    public String getProsecutorDecision() { return prosecutorDecision; }
    public LocalDate getProsecutorDecidedOn() { return prosecutorDecidedOn; }
    public String getMinisterAdvice() { return ministerAdvice; }
    public String getCourtDecisionDocument() { return courtDecisionDocument; }
    public String getSupremeCourtDocument() { return supremeCourtDocument; }
    public String getMinisterDecisionDocument() { return ministerDecisionDocument; }
    public LocalDate getSummaryProceedingsDecidedOn() { return summaryProceedingsDecidedOn; }
    public String getSummaryProceedingsDocument() { return summaryProceedingsDocument; }
    public String getSummaryAppealDocument() { return summaryAppealDocument; }
    public String getConsentDocument() { return consentDocument; }
    public String getCassationWaiverDocument() { return cassationWaiverDocument; }
    public LocalDate getEnforcementTransferAnsweredOn() { return enforcementTransferAnsweredOn; }
    public String getEnforcementTransferReference() { return enforcementTransferReference; }
    public String getCourtAdvice() { return courtAdvice; }
    public String getTrialProsecutor() { return trialProsecutor; }
    public LocalDate getCustodyDecidedOn() { return custodyDecidedOn; }
    public String getCustodyDecisionDocument() { return custodyDecisionDocument; }
    public LocalDate getClosedWithoutFormalRequestOn() { return closedWithoutFormalRequestOn; }
    public String getClosedWithoutFormalRequestReason() { return closedWithoutFormalRequestReason; }
}
