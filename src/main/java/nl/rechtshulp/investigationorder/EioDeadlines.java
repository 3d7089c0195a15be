package nl.rechtshulp.investigationorder;

/** The variables of the EIO process that hold its statutory deadlines and what sets them. */
final class EioDeadlines {

    static final String TIME_LIMITS_DECISION = "EioTimeLimitsDecision";
    static final String ACKNOWLEDGEMENT_DUE_AT = "acknowledgementDueAt";
    static final String ACKNOWLEDGEMENT_WARNING_AT = "acknowledgementWarningAt";
    static final String RECOGNITION_WARNING_AT = "recognitionWarningAt";
    static final String RECOGNITION_DUE_AT = "recognitionDueAt";
    static final String RECOGNITION_DUE_ON = "recognitionDueOn";
    static final String EXTENDED_RECOGNITION_DUE_AT = "extendedRecognitionDueAt";
    static final String EXTENDED_RECOGNITION_DUE_ON = "extendedRecognitionDueOn";
    static final String FREEZING_DECISION_DUE_AT = "freezingDecisionDueAt";
    static final String RECOGNITION_DECIDED_ON = "recognitionDecidedOn";
    static final String EXECUTION_WARNING_AT = "executionWarningAt";
    static final String EXECUTION_DUE_AT = "executionDueAt";
    static final String EXECUTION_DUE_ON = "executionDueOn";

    private EioDeadlines() {
    }

    /** The Directive's time limits, from {@code EioTimeLimitsDecision}. */
    static java.util.Map<String, Object> limits(nl.rechtshulp.referencedata.DecisionTables decisionTables, String urgency) {
        return decisionTables.evaluate(TIME_LIMITS_DECISION, java.util.Map.of("urgency", urgency));
    }

    static long days(java.util.Map<String, Object> limits, String name) {
        return ((Number) limits.get(name)).longValue();
    }
}
