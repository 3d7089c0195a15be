package nl.rechtshulp.workflow;

/**
 * Names of process variables. They hold the reference, the key facts forms show read-only, and the decisions that
 * drive gateways; never personal data, which lives in the register.
 */
public final class ProcessVariables {

    public static final String REFERENCE = "reference";
    public static final String REQUESTING_STATE = "requestingState";
    public static final String REQUESTING_STATE_NAME = "requestingStateName";
    public static final String URGENCY = "urgency";
    public static final String REQUESTED_DEADLINE = "requestedDeadline";
    public static final String RECEIVING_AUTHORITY = "receivingAuthority";
    public static final String EUROPEAN_INVESTIGATION_ORDER = "europeanInvestigationOrder";
    public static final String EXAMINING_JUDGE_REQUIRED = "examiningJudgeRequired";
    public static final String COMPLAINT_OPEN = "complaintOpen";
    public static final String RECEIVED_ON = "receivedOn";
    public static final String FREEZING_REQUESTED = "freezingRequested";

    public static final String LEGAL_BASIS = "legalBasis";
    public static final String ROUTE = "route";
    public static final String RETURN_AUTHORITY = "returnAuthority";
    public static final String SUGGESTED_IRC = "suggestedIrc";
    public static final String SUGGESTED_EXECUTING_SERVICE = "suggestedExecutingService";
    public static final String RELATED_REQUESTS = "relatedRequests";
    public static final String OWNING_IRC = "owningIrc";
    public static final String OFFICER_OF_JUSTICE = "officerOfJustice";
    public static final String EXECUTING_SERVICE = "executingService";

    public static final String REQUEST_COMPLETE = "requestComplete";
    public static final String CENTRAL_AUTHORITY_ACCEPTS = "centralAuthorityAccepts";
    public static final String ASSISTANCE_GRANTED = "assistanceGranted";
    public static final String EXAMINING_JUDGE_AUTHORISES = "examiningJudgeAuthorises";

    public static final String SUPPLEMENT_REMINDER_AFTER = "supplementReminderAfter";
    public static final String SUPPLEMENT_GIVE_UP_AFTER = "supplementGiveUpAfter";
    public static final String COMPLAINT_WINDOW = "complaintWindow";
    public static final String COMPLAINT_PERIOD_ENDS_AT = "complaintPeriodEndsAt";
    public static final String HANDED_OVER_ON = "handedOverOn";

    public static final String REQUESTED_STATE = "requestedState";
    public static final String REQUESTED_STATE_NAME = "requestedStateName";
    public static final String DRAFT_COMPLETE = "draftComplete";
    public static final String MISSING_ITEMS = "missingItems";
    public static final String ACCEPTED_LANGUAGES = "acceptedLanguages";
    public static final String TRANSLATION_REQUIRED = "translationRequired";
    public static final String REMINDER_INTERVAL = "reminderInterval";
    public static final String BUNDLING_CANDIDATES = "bundlingCandidates";
    public static final String LIAISON_POST = "liaisonPost";
    public static final String EXPEDITE_BY_LIAISON = "expediteByLiaison";
    public static final String CHASE_AUTHORITY = "chaseAuthority";
    public static final String FOLLOW_UP_ACTIONS = "followUpActions";
    public static final String FOLLOW_UP_ACTION_ID = "followUpActionId";
    public static final String FOLLOW_UP_KIND = "followUpKind";
    public static final String FOLLOW_UP_OWNER = "followUpOwner";
    public static final String FOLLOW_UP_DUE = "followUpDue";

    public static final String TRACE_REVIEW_INTERVAL = "traceReviewInterval";
    public static final String ARRIVED_AS = "arrivedAs";
    public static final String PURPOSE = "purpose";
    public static final String PERSON_IS_DUTCH_NATIONAL = "personIsDutchNational";
    public static final String PARTNER_STATE = "partnerState";
    public static final String TREATY_BASIS_FOUND = "treatyBasisFound";
    /** TREATY, SURRENDER or AIRS_ASSESSMENT: what the treaty register and the rules made of the request. */
    public static final String TREATY_OUTCOME = "treatyOutcome";
    public static final String TREATY_BASIS = "treatyBasis";
    public static final String TRANSMISSION_CHANNEL = "transmissionChannel";
    public static final String ARRESTED_ON = "arrestedOn";
    /** Whether the person is held in the Netherlands for this request, as the steps recorded it (extradition). */
    public static final String PERSON_IN_CUSTODY = "personInCustody";
    /** The end of the day agreed for the surrender: the KMar confirms it by then. */
    public static final String SURRENDER_DUE_AT = "surrenderDueAt";
    /** The morning after the agreed day: a surrender not confirmed by then was not carried out. */
    public static final String SURRENDER_NOT_CARRIED_OUT_AT = "surrenderNotCarriedOutAt";
    /** When a person not taken over is released at the latest (ECE art. 18(4)), as a moment and as a day. */
    public static final String SURRENDER_RELEASE_AT = "surrenderReleaseAt";
    /** From when a person not taken over may be released (ECE art. 18(4): day 15); the last day where none is named. */
    public static final String SURRENDER_RELEASE_POSSIBLE_AT = "surrenderReleasePossibleAt";
    public static final String SURRENDER_RELEASE_DUE_ON = "surrenderReleaseDueOn";
    /** The requesting state's withdrawal as received (incoming extradition). */
    public static final String WITHDRAWAL_REASON = "withdrawalReason";
    public static final String FORMAL_REQUEST_REVIEW_AT = "formalRequestReviewAt";
    public static final String FORMAL_REQUEST_ESCALATION_AT = "formalRequestEscalationAt";
    public static final String FORMAL_REQUEST_DUE_AT = "formalRequestDueAt";
    /** When our formal request is due (outgoing): before the requested state may release (ECE: day 18). */
    public static final String FORMAL_REQUEST_TARGET_AT = "formalRequestTargetAt";
    public static final String FORMAL_REQUEST_DUE_ON = "formalRequestDueOn";
    public static final String FORMAL_REQUEST_RECEIVED_ON = "formalRequestReceivedOn";
    public static final String EXTRADITION_EXCLUDED = "extraditionExcluded";
    public static final String GUARANTEES_NEEDED = "guaranteesNeeded";
    public static final String GUARANTEES_REQUIRED = "guaranteesRequired";
    public static final String CASSATION_GROUNDS_DUE_AT = "cassationGroundsDueAt";
    public static final String REFUSAL_GROUND = "refusalGround";
    /** The last moment of the detention order the person is held on: its review task is due then. */
    public static final String CUSTODY_ENDS_AT = "custodyEndsAt";
    /** The detention order's last day and title, shown on the custody forms. */
    public static final String CUSTODY_ENDS_ON = "custodyEndsOn";
    public static final String CUSTODY_TITLE = "custodyTitle";
    /** Whether the rechter-commissaris or the court continued the detention (the custody track's gateway). */
    public static final String CUSTODY_CONTINUES = "custodyContinues";
    /** Consent given before the rechter-commissaris while the formal request is awaited: the wait ends. */
    public static final String CONSENT_BEFORE_FORMAL_REQUEST = "consentBeforeFormalRequest";
    /** The last moment to lodge cassation against the court's ruling. */
    public static final String CASSATION_LODGING_DUE_AT = "cassationLodgingDueAt";
    /** The same last day as a date, shown on the cassation form. */
    public static final String CASSATION_LODGING_DUE_ON = "cassationLodgingDueOn";

    private ProcessVariables() {
    }
}
