package nl.rechtshulp.extradition;

/** Process variables that carry the treaty's terms from the treaty step to the steps that apply them. */
final class TreatyTerms {

    /** The calendar day after a provisional arrest on which the person is released without the formal request. */
    static final String FORMAL_REQUEST_DAYS = "formalRequestDays";
    /** The day from which release is possible (ECE art. 16(4): 18); null where the instrument names none. */
    static final String RELEASE_POSSIBLE_DAY = "releasePossibleDay";
    /** Which instrument set the limit, or that none does and AIRS sets it. */
    static final String FORMAL_REQUEST_LIMIT_NOTE = "formalRequestLimitNote";
    /**
     * Days after the date fixed for surrender by which a person not taken over must be released (ECE art. 18(4): 30);
     * null where the instrument names none, and the Uitleveringswet's own period applies.
     */
    static final String SURRENDER_RELEASE_DAY = "surrenderReleaseDay";
    /** Days after the date fixed for surrender from which release is possible (ECE art. 18(4): 15); null where none. */
    static final String SURRENDER_RELEASE_POSSIBLE_DAY = "surrenderReleasePossibleDay";
    static final String DEATH_PENALTY_ASSURANCE = "deathPenaltyAssurance";
    static final String CORPORAL_PUNISHMENT_ASSURANCE = "corporalPunishmentAssurance";
    /** How often the requesting state is reminded of the guarantees it owes (incoming). */
    static final String GUARANTEE_REMINDER_INTERVAL = "guaranteeReminderInterval";
    static final String REVIEW_DECISION = "FormalRequestReviewDecision";

    private TreatyTerms() {
    }
}
