package nl.rechtshulp.request;

import nl.rechtshulp.web.DutchTime;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.NaturalId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** One request in the register: the source of truth for its case data. */
@Entity
@Table(name = "request")
public class Request {

    /** Drawn from {@code request_seq} before the insert; the reference carries the same number. */
    @Id
    private Long id;

    @NaturalId
    @Column(name = "reference", nullable = false, unique = true)
    private String reference;

    /** Given by the foreign state; an outgoing request has none until the requested state gives one. */
    @Column(name = "foreign_reference")
    private String foreignReference;

    @Enumerated(EnumType.STRING)
    @Column(name = "direction", nullable = false)
    private Direction direction;

    @Enumerated(EnumType.STRING)
    @Column(name = "request_type", nullable = false)
    private RequestType type;

    @Column(name = "requesting_state", nullable = false)
    private String requestingState;

    @Column(name = "requested_state", nullable = false)
    private String requestedState;

    @Column(name = "requesting_authority", nullable = false)
    private String requestingAuthority;

    @Column(name = "legal_basis")
    private String legalBasis;

    @Enumerated(EnumType.STRING)
    @Column(name = "issuing_authority_kind")
    private IssuingAuthorityKind issuingAuthorityKind;

    @Column(name = "validating_authority")
    private String validatingAuthority;

    @Column(name = "legal_basis_source")
    private String legalBasisSource;

    @Column(name = "legal_basis_explanation")
    private String legalBasisExplanation;

    @Column(name = "legal_basis_confirmed")
    private Boolean legalBasisConfirmed;

    @Column(name = "organised_criminal_group")
    private Boolean organisedCriminalGroup;

    @Column(name = "transnational_offence")
    private Boolean transnationalOffence;

    @Enumerated(EnumType.STRING)
    @Column(name = "route")
    private Route route;

    @Enumerated(EnumType.STRING)
    @Column(name = "urgency", nullable = false)
    private Urgency urgency;

    @Column(name = "requested_deadline")
    private LocalDate requestedDeadline;

    @Column(name = "deadline_reason")
    private String deadlineReason;

    @Column(name = "summary_of_facts", nullable = false)
    private String summaryOfFacts;

    @Column(name = "offences", nullable = false)
    private String offences;

    @Enumerated(EnumType.STRING)
    @Column(name = "offence_category", nullable = false)
    private OffenceCategory offenceCategory;

    @Enumerated(EnumType.STRING)
    @Column(name = "execution_region")
    private ExecutionRegion executionRegion;

    @Column(name = "receiving_authority", nullable = false)
    private String receivingAuthority;

    @Column(name = "owning_irc")
    private String owningIrc;

    @Column(name = "officer_of_justice")
    private String officerOfJustice;

    @Column(name = "executing_service")
    private String executingService;

    @Enumerated(EnumType.STRING)
    @Column(name = "phase", nullable = false)
    private Phase phase;

    @Column(name = "stage", nullable = false)
    private String stage;

    @Enumerated(EnumType.STRING)
    @Column(name = "clock", nullable = false)
    private RequestClock clock;

    @Column(name = "clock_reason")
    private String clockReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome")
    private Outcome outcome;

    @Column(name = "registered_by", nullable = false)
    private String registeredBy;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "phase_entered_at")
    private Instant phaseEnteredAt;

    @Column(name = "clock_entered_at")
    private Instant clockEnteredAt;

    @Column(name = "investigation")
    private String investigation;

    @Enumerated(EnumType.STRING)
    @Column(name = "policy_sub_goal")
    private PolicySubGoal policySubGoal;

    @Enumerated(EnumType.STRING)
    @Column(name = "phenomenon")
    private Phenomenon phenomenon;

    @Column(name = "request_language")
    private String requestLanguage;

    @Column(name = "translation_language")
    private String translationLanguage;

    @Column(name = "liaison_post")
    private String liaisonPost;

    @Column(name = "parent_request_id")
    private Long parentRequestId;

    @Version
    @Column(name = "version", nullable = false)
    private Long version;

    @ElementCollection
    @CollectionTable(name = "request_measure", joinColumns = @JoinColumn(name = "request_id"))
    @OrderColumn(name = "sort_order")
    private List<RequestedMeasure> measures = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "request_person", joinColumns = @JoinColumn(name = "request_id"))
    @OrderColumn(name = "sort_order")
    private List<PersonConcerned> persons = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "request_authority", joinColumns = @JoinColumn(name = "request_id"))
    @Column(name = "authority")
    private Set<String> authorities = new HashSet<>();

    protected Request() {
    }

    Request(long number, NewRequest details, String registeredBy, Instant now) {
        this.id = number;
        this.reference = RequestReference.of(now.atZone(DutchTime.ZONE).getYear(), number).value();
        this.foreignReference = details.foreignReference();
        this.direction = details.direction();
        this.type = details.type();
        this.requestingState = details.requestingState();
        this.requestedState = details.requestedState();
        this.requestingAuthority = details.requestingAuthority();
        this.urgency = details.urgency();
        this.requestedDeadline = details.requestedDeadline();
        this.deadlineReason = details.deadlineReason();
        this.summaryOfFacts = details.summaryOfFacts();
        this.offences = details.offences();
        this.offenceCategory = details.offenceCategory();
        this.executionRegion = details.executionRegion();
        this.receivingAuthority = details.receivingAuthority();
        this.receivedOn = details.receivedOn();
        this.measures.addAll(details.measures());
        this.persons.addAll(details.persons());
        this.authorities.add(details.receivingAuthority());
        this.policySubGoal = details.policySubGoal();
        this.phenomenon = details.phenomenon();
        this.organisedCriminalGroup = details.organisedCriminalGroup();
        this.transnationalOffence = details.transnationalOffence();
        if (details.issuer() != null) {
            this.issuingAuthorityKind = details.issuer().kind();
            this.validatingAuthority = details.issuer().validatingAuthority();
        }
        if (details.outgoing() != null) {
            var outgoing = details.outgoing();
            this.investigation = outgoing.investigation();
            this.requestLanguage = outgoing.requestLanguage();
            this.owningIrc = details.receivingAuthority();
            this.officerOfJustice = outgoing.officerOfJustice();
            this.executingService = outgoing.analysingService();
            this.parentRequestId = outgoing.parentRequestId();
            if (outgoing.analysingService() != null) {
                this.authorities.add(outgoing.analysingService());
            }
        }
        this.phase = Phase.INTAKE;
        this.stage = "REGISTRATION";
        this.clock = RequestClock.NL;
        this.registeredBy = registeredBy;
        this.registeredAt = now;
        this.phaseEnteredAt = now;
        this.clockEnteredAt = now;
        this.updatedAt = now;
    }

    /** Applies a change of phase, stage or clock; answers the new lifecycle, or {@code null} if nothing changed. */
    Lifecycle enter(LifecycleChange change, Instant now) {
        Phase newPhase = change.phase() != null ? change.phase() : phase;
        String newStage = change.stage() != null ? change.stage() : stage;
        RequestClock newClock = change.clock() != null ? change.clock() : clock;
        String newClockReason = change.clock() != null ? change.clockReason() : clockReason;
        if (newPhase == phase && newStage.equals(stage) && newClock == clock) {
            return null;
        }
        if (newPhase != phase) {
            this.phaseEnteredAt = now;
        }
        if (newClock != clock) {
            this.clockEnteredAt = now;
        }
        this.phase = newPhase;
        this.stage = newStage;
        this.clock = newClock;
        this.clockReason = newClockReason;
        this.updatedAt = now;
        return new Lifecycle(phase, stage, clock, clockReason);
    }

    void close(Outcome outcome, Instant now) {
        this.outcome = outcome;
        this.closedAt = now;
        this.updatedAt = now;
    }

    void recordLegalBasis(LegalBasisRecord basis, Route route, Instant now) {
        this.legalBasis = basis.legalBasis();
        this.legalBasisSource = basis.source();
        this.legalBasisExplanation = basis.explanation();
        this.legalBasisConfirmed = basis.confirmed();
        this.route = route;
        this.updatedAt = now;
    }

    void assignCompetentAuthority(String owningIrc, String officerOfJustice, String executingService, Instant now) {
        this.owningIrc = owningIrc;
        this.officerOfJustice = officerOfJustice;
        this.executingService = executingService;
        this.updatedAt = now;
    }

    void reviseDraft(String requestLanguage, Instant now) {
        this.requestLanguage = requestLanguage;
        this.updatedAt = now;
    }

    void recordTranslation(String language, Instant now) {
        this.translationLanguage = language;
        this.updatedAt = now;
    }

    void recordLiaisonPost(String post, Instant now) {
        this.liaisonPost = post;
        this.updatedAt = now;
    }

    void involve(String authority) {
        if (authority != null) {
            authorities.add(authority);
        }
    }

    public boolean hasCoerciveMeasures() {
        return measures.stream().anyMatch(RequestedMeasure::isCoercive);
    }

    public Long getId() { return id; }
    public RequestReference getReference() { return new RequestReference(reference); }
    public String getForeignReference() { return foreignReference; }
    public Direction getDirection() { return direction; }
    public RequestType getType() { return type; }
    public String getRequestingState() { return requestingState; }
    public String getRequestedState() { return requestedState; }
    public String getRequestingAuthority() { return requestingAuthority; }
    public IssuingAuthorityKind getIssuingAuthorityKind() { return issuingAuthorityKind; }
    public String getValidatingAuthority() { return validatingAuthority; }
    public String getLegalBasis() { return legalBasis; }
    public String getLegalBasisSource() { return legalBasisSource; }
    public String getLegalBasisExplanation() { return legalBasisExplanation; }
    public Boolean getLegalBasisConfirmed() { return legalBasisConfirmed; }
    public Boolean getOrganisedCriminalGroup() { return organisedCriminalGroup; }
    public Boolean getTransnationalOffence() { return transnationalOffence; }
    public Route getRoute() { return route; }
    public Urgency getUrgency() { return urgency; }
    public LocalDate getRequestedDeadline() { return requestedDeadline; }
    public String getDeadlineReason() { return deadlineReason; }
    public String getSummaryOfFacts() { return summaryOfFacts; }
    public String getOffences() { return offences; }
    public OffenceCategory getOffenceCategory() { return offenceCategory; }
    public ExecutionRegion getExecutionRegion() { return executionRegion; }
    public String getReceivingAuthority() { return receivingAuthority; }
    public String getOwningIrc() { return owningIrc; }
    public String getOfficerOfJustice() { return officerOfJustice; }
    public String getExecutingService() { return executingService; }
    public Phase getPhase() { return phase; }
    public String getStage() { return stage; }
    public RequestClock getClock() { return clock; }
    public String getClockReason() { return clockReason; }
    public Outcome getOutcome() { return outcome; }
    public String getRegisteredBy() { return registeredBy; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public Instant getRegisteredAt() { return registeredAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public Instant getClosedAt() { return closedAt; }
    public List<RequestedMeasure> getMeasures() { return List.copyOf(measures); }
    public List<PersonConcerned> getPersons() { return List.copyOf(persons); }
    public Set<String> getAuthorities() { return Set.copyOf(authorities); }
    public String getInvestigation() { return investigation; }
    public Instant getPhaseEnteredAt() { return phaseEnteredAt; }
    public Instant getClockEnteredAt() { return clockEnteredAt; }
    public PolicySubGoal getPolicySubGoal() { return policySubGoal; }
    public Phenomenon getPhenomenon() { return phenomenon; }
    public String getRequestLanguage() { return requestLanguage; }
    public String getTranslationLanguage() { return translationLanguage; }
    public String getLiaisonPost() { return liaisonPost; }
    public Long getParentRequestId() { return parentRequestId; }

    /** The other state: the one that asks us, or the one we ask. */
    public String getPartnerState() {
        return direction == Direction.OUTGOING ? requestedState : requestingState;
    }
}
