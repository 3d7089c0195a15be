package nl.rechtshulp.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A request as the API shows it: the register's facts, where it stands, its open tasks and its history. */
public record RequestView(
        String reference,
        String foreignReference,
        Direction direction,
        RequestType type,
        String requestingState,
        String requestedState,
        String requestingAuthority,
        IssuingAuthorityKind issuingAuthorityKind,
        String validatingAuthority,
        Phase phase,
        String stage,
        RequestClock clock,
        String clockReason,
        Outcome outcome,
        String legalBasis,
        String legalBasisSource,
        String legalBasisExplanation,
        Boolean legalBasisConfirmed,
        Boolean organisedCriminalGroup,
        Boolean transnationalOffence,
        Route route,
        Urgency urgency,
        LocalDate requestedDeadline,
        String summaryOfFacts,
        String offences,
        OffenceCategory offenceCategory,
        ExecutionRegion executionRegion,
        List<Measure> measures,
        List<Person> persons,
        String receivingAuthority,
        String owningIrc,
        String officerOfJustice,
        String executingService,
        LocalDate receivedOn,
        Instant registeredAt,
        Instant updatedAt,
        Instant closedAt,
        List<OpenTask> openTasks,
        List<PhaseEntry> phaseHistory,
        List<RequestHistory.Decision> decisions,
        List<RequestHistory.Message> messages,
        List<Related> relatedRequests,
        String investigation,
        PolicySubGoal policySubGoal,
        Phenomenon phenomenon,
        String requestLanguage,
        String translationLanguage,
        String liaisonPost,
        TimeByClock timeByClock,
        List<FollowUpRegister.Analysis> analyses,
        List<FollowUpRegister.Action> followUpActions,
        Extradition extradition,
        List<RunningDeadline> runningDeadlines) {

    /**
     * What only an extradition request shows: how it arrived, the guarantees required and received, the decisions of
     * the examining judge, the court, the Hoge Raad, the Minister or the requested state, the surrender, and every
     * deadline still running.
     */
    public record Extradition(ExtraditionArrival arrivedAs, ExtraditionPurpose purpose, boolean personIsDutchNational,
                              String channel, LocalDate arrestedOn, LocalDate formalRequestDueOn,
                              LocalDate formalRequestReceivedOn, Boolean custodyKept, LocalDate releasedOn,
                              List<Guarantee> guaranteesRequired, LocalDate guaranteesReceivedOn,
                              Boolean guaranteesSufficient, LocalDate examiningJudgeHearingOn,
                              Boolean consentToSimplifiedExtradition, String prosecutorDecision,
                              LocalDate prosecutorDecidedOn, String court,
                              LocalDate courtHearingOn, Boolean courtFindsAdmissible, LocalDate courtDecidedOn,
                              String seizedObjects, String cassationLodgedBy, LocalDate cassationGroundsDueOn,
                              LocalDate cassationGroundsFiledOn,
                              Boolean supremeCourtFindsAdmissible, LocalDate supremeCourtRuledOn,
                              String ministerAdvice, String ministerDecision, LocalDate ministerDecidedOn,
                              String conditions,
                              String summaryProceedings, String arrestRequestChannel,
                              LocalDate formalRequestTransmittedOn, String foreignDecision, LocalDate foreignDecidedOn,
                              LocalDate surrenderDate, String surrenderPlace, String escort, LocalDate handedOverOn,
                              Custody custody, LocalDate consentGivenOn, String admissibleOffences,
                              String inadmissibleOffences, LocalDate cassationLodgingDueOn, String enforcementTransfer,
                              DutchWarrant dutchWarrant, LocalDate conditionsPassedOn,
                              String summaryAppealOutcome, Boolean surrenderPostponed, LocalDate dutchProceedingsEndedOn,
                              DecisionDocuments documents, String courtAdvice, String trialProsecutor,
                              List<RunningDeadline> runningDeadlines) {

        /** The detention order the person is (or was last) held on: who ordered it, when, until when, its reference. */
        public record Custody(CustodyTitle title, String orderedBy, LocalDate orderedOn, LocalDate endsOn, String document) {
        }

        /**
         * The document (ECLI, reference or letter) of each decision recorded, the kort geding's date, and the records
         * of a consent given after the court was seized and of a waiver of cassation; after a WOTS offer, the day the
         * sentencing state answered and the reference of its request for the transfer; the review-day decision on
         * continued detention; AIRS's closing of a case whose formal request did not come, with its reason.
         */
        public record DecisionDocuments(String court, String supremeCourt, String minister,
                                        LocalDate summaryProceedingsDecidedOn, String summaryProceedings,
                                        String summaryAppeal, String consent, String cassationWaiver,
                                        LocalDate enforcementTransferAnsweredOn, String enforcementTransferRequest,
                                        LocalDate custodyDecidedOn, String custodyDecision,
                                        LocalDate closedWithoutFormalRequestOn, String closedWithoutFormalRequest) {
        }

        /** The Dutch warrant or judgment an outgoing request rests on. */
        public record DutchWarrant(String kind, LocalDate issuedOn, String document) {
        }

    }

    public record Measure(String description, boolean coercive, MeasureKind kind) {
    }

    public record Person(PersonRole role, String fullName, LocalDate birthDate, String nationality) {
    }

    public record OpenTask(String id, String taskKey, String name, List<String> candidateGroups, String assignee,
                           Instant due, Instant followUp) {
    }

    public record PhaseEntry(Phase phase, String stage, RequestClock clock, String clockReason, Instant enteredAt) {
    }

    public record Related(String reference, Relation relation, Direction direction, String foreignReference,
                          String requestingState, String requestedState, String investigation, Phase phase) {

        static Related of(RelatedRequest related) {
            Request other = related.request();
            return new Related(other.getReference().value(), related.relation(), other.getDirection(),
                    other.getForeignReference(), other.getRequestingState(), other.getRequestedState(),
                    other.getInvestigation(), other.getPhase());
        }
    }

    static RequestView of(Request request, List<OpenTask> openTasks, RequestHistory history,
                          List<RelatedRequest> related, List<FollowUpRegister.Analysis> analyses,
                          List<FollowUpRegister.Action> actions, Extradition extradition,
                          List<RunningDeadline> runningDeadlines, java.time.Instant now) {
        return new RequestView(request.getReference().value(), request.getForeignReference(), request.getDirection(),
                request.getType(), request.getRequestingState(), request.getRequestedState(),
                request.getRequestingAuthority(), request.getIssuingAuthorityKind(), request.getValidatingAuthority(),
                request.getPhase(), request.getStage(), request.getClock(),
                request.getClockReason(), request.getOutcome(), request.getLegalBasis(), request.getLegalBasisSource(),
                request.getLegalBasisExplanation(), request.getLegalBasisConfirmed(),
                request.getOrganisedCriminalGroup(), request.getTransnationalOffence(),
                request.getRoute(), request.getUrgency(), request.getRequestedDeadline(), request.getSummaryOfFacts(),
                request.getOffences(), request.getOffenceCategory(), request.getExecutionRegion(),
                request.getMeasures().stream().map(m -> new Measure(m.getDescription(), m.isCoercive(), m.getKind())).toList(),
                request.getPersons().stream()
                        .map(p -> new Person(p.getRole(), p.getFullName(), p.getBirthDate(), p.getNationality())).toList(),
                request.getReceivingAuthority(), request.getOwningIrc(), request.getOfficerOfJustice(),
                request.getExecutingService(), request.getReceivedOn(), request.getRegisteredAt(),
                request.getUpdatedAt(), request.getClosedAt(), openTasks,
                history.transitions().stream().map(t -> new PhaseEntry(t.lifecycle().phase(), t.lifecycle().stage(),
                        t.lifecycle().clock(), t.lifecycle().clockReason(), t.enteredAt())).toList(),
                history.decisions(), history.messages(),
                related.stream().map(Related::of).toList(),
                request.getInvestigation(), request.getPolicySubGoal(), request.getPhenomenon(),
                request.getRequestLanguage(), request.getTranslationLanguage(),
                request.getLiaisonPost(),
                TimeByClock.of(history.transitions(), request.getClosedAt() != null ? request.getClosedAt() : now),
                analyses, actions, extradition, runningDeadlines);
    }
}
