package nl.rechtshulp.extradition;

/** Process variables that carry the treaty's terms from the treaty step to the steps that apply them. */
final class TreatyTerms {

    static final String FORMAL_REQUEST_DAYS = "formalRequestDays";
    static final String CUSTODY_REVIEW_DAY = "custodyReviewDay";
    static final String ESCALATION_DAY = "escalationDay";
    static final String DEATH_PENALTY_ASSURANCE = "deathPenaltyAssurance";
    static final String CORPORAL_PUNISHMENT_ASSURANCE = "corporalPunishmentAssurance";
    /** How often the requesting state is reminded of the guarantees it owes (incoming). */
    static final String GUARANTEE_REMINDER_INTERVAL = "guaranteeReminderInterval";

    private TreatyTerms() {
    }
}
