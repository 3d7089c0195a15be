package nl.rechtshulp.referencedata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each rule of each decision table, through the DMN engine, as a lawyer would read the table. */
class DecisionTableRulesTests {

    private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

    @ParameterizedTest(name = "{0} in {1} → {2}")
    @CsvSource({
            "FISCAL_FRAUD, ROTTERDAM, ircFunctioneelParket",
            "DRUG_TRAFFICKING, NOORD_NEDERLAND, ircNoordNederland",
            "OTHER, OOST_NEDERLAND, ircOostNederland",
            "OTHER, MIDDEN_NEDERLAND, ircMiddenNederland",
            "OTHER, NOORD_HOLLAND, ircNoordHolland",
            "MONEY_LAUNDERING, AMSTERDAM, ircAmsterdam",
            "OTHER, DEN_HAAG, ircDenHaag",
            "CYBERCRIME, ROTTERDAM, ircRotterdam",
            "OTHER, ZEELAND_WEST_BRABANT, ircZeelandWestBrabant",
            "OTHER, OOST_BRABANT, ircOostBrabant",
            "OTHER, LIMBURG, ircLimburg"})
    void competentIrcIsTheRegionsUnlessFiscal(String category, String region, String irc) {
        var result = evaluate("CompetentIrcDecision", Map.of("offenceCategory", category, "executionRegion", region));
        assertThat(result.<String>getEntry("competentIrc")).isEqualTo(irc);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"FISCAL_FRAUD, fiod", "MONEY_LAUNDERING, fiod", "CUSTOMS_OFFENCE, douane", "MIGRANT_SMUGGLING, kmar",
            "DRUG_TRAFFICKING, politie", "OTHER, politie"})
    void executingServiceFollowsTheKindOfOffence(String category, String service) {
        var result = evaluate("ExecutingServiceDecision", Map.of("offenceCategory", category));
        assertThat(result.<String>getEntry("executingService")).isEqualTo(service);
    }

    @ParameterizedTest(name = "{0} {1} → {2} days")
    @CsvSource({
            "Task_CloseRequest, DETAINED, 21",
            "Task_ExecuteMeasures, DETAINED, 5",
            "Task_ExecuteMeasures, URGENT, 10",
            "Task_ExecuteMeasures, NORMAL, 30",
            "Task_RecordExaminingJudgeDecision, DETAINED, 2",
            "Task_RecordExaminingJudgeDecision, URGENT, 5",
            "Task_RecordExaminingJudgeDecision, NORMAL, 14",
            "Task_CheckCompleteness, DETAINED, 1",
            "Task_CheckCompleteness, URGENT, 3",
            "Task_AssessLegalConditions, NORMAL, 10",
            "Task_AssessAsCentralAuthority, NORMAL, 10",
            "Task_CheckCompleteness, NORMAL, 5",
            "Task_TranslateRequest, NORMAL, 10",
            "Task_TranslateRequest, URGENT, 3",
            "Task_AssessAndTransmitAsCentralAuthority, NORMAL, 10",
            "Task_InterpretFinalReply, NORMAL, 10",
            "Task_InterpretPartialReply, DETAINED, 1",
            "Task_ChaseRequest, NORMAL, 5",
            "Task_ReleaseOnWithdrawal, NORMAL, 1",
            "Task_ReleaseOnWithdrawal, DETAINED, 1"})
    void everyTaskHasATargetTime(String taskKey, String urgency, int days) {
        var result = evaluate("TaskTargetTimeDecision", Map.of("taskKey", taskKey, "urgency", urgency));
        assertThat(result.<Number>getEntry("targetDays").intValue()).isEqualTo(days);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"NORMAL, P30D, P90D, P14D", "URGENT, P10D, P45D, P14D", "DETAINED, P5D, P30D, P14D"})
    void timeLimitsShortenWithUrgency(String urgency, String reminder, String giveUp, String complaintWindow) {
        var result = evaluate("IncomingMlaTimeLimitsDecision", Map.of("urgency", urgency));
        assertThat(result.getEntryMap()).containsEntry("supplementReminderAfter", reminder)
                .containsEntry("supplementGiveUpAfter", giveUp)
                .containsEntry("complaintWindow", complaintWindow);
    }

    @ParameterizedTest(name = "{0} {1} → {2}; {3}; {4}")
    @CsvSource({
            "AE, NORMAL, 'ar,en', 'CERTIFIED_LEGISLATION,WARRANT', P30D",
            "AE, URGENT, 'ar,en', 'CERTIFIED_LEGISLATION,WARRANT', P14D",
            "AE, DETAINED, 'ar,en', 'CERTIFIED_LEGISLATION,WARRANT', P14D",
            "CO, NORMAL, es, '', P30D",
            "CO, URGENT, es, '', P14D",
            "MA, NORMAL, 'ar,fr', '', P30D",
            "TR, NORMAL, tr, '', P30D",
            "BE, NORMAL, 'nl,fr,de', '', P30D",
            "DE, URGENT, de, '', P14D",
            "SG, NORMAL, en, '', P60D",
            "US, DETAINED, en, '', P21D"})
    void outgoingRequestsMeetTheRequestedStatesRequirements(String state, String urgency, String languages,
                                                            String documents, String reminder) {
        var result = evaluate("OutgoingMlaRequirementsDecision", Map.of("requestedState", state, "urgency", urgency));
        assertThat(result.getEntryMap()).containsEntry("acceptedLanguages", languages)
                .containsEntry("requiredDocuments", documents == null ? "" : documents)
                .containsEntry("reminderInterval", reminder);
        assertThat(result.<String>getEntry("source")).isNotBlank();
        // None of these requirements has been checked against the treaty texts yet: the README lists them.
        assertThat(result.<Boolean>getEntry("confirmed")).isFalse();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"AE, Golfregio", "CO, Latijns-Amerika", "MA, Marokko", "TR, Turkije", "US, ''", "DE, ''"})
    void liaisonMagistratesCoverTheirRegion(String state, String postMentions) {
        var result = evaluate("LiaisonMagistrateDecision", Map.of("requestedState", state));
        String post = result.getEntry("post");
        if (postMentions == null || postMentions.isEmpty()) {
            assertThat(post).isEmpty();
        } else {
            assertThat(post).contains(postMentions);
        }
    }

    @ParameterizedTest(name = "{0} {1} {2} → {3}/{4} days")
    @CsvSource({
            "INCOMING, MLA, DETAINED, 14, 30",
            "INCOMING, MLA, URGENT, 30, 60",
            "INCOMING, MLA, NORMAL, 90, 120",
            "OUTGOING, MLA, DETAINED, 30, 60",
            "OUTGOING, MLA, URGENT, 60, 120",
            "OUTGOING, MLA, NORMAL, 120, 240",
            "INCOMING, EXTRADITION, NORMAL, 90, 180"})
    void everyRequestHasATargetAndAFatalTurnaround(String direction, String type, String urgency, int target, int fatal) {
        var result = evaluate("TurnaroundDeadlineDecision",
                Map.of("direction", direction, "requestType", type, "urgency", urgency));
        assertThat(result.<Number>getEntry("targetDays").intValue()).isEqualTo(target);
        assertThat(result.<Number>getEntry("fatalDays").intValue()).isEqualTo(fatal);
        assertThat(result.<Boolean>getEntry("confirmed")).isFalse();
    }

    /**
     * Whether the rechter-commissaris is needed and a complaint open, per kind of measure. From the sources the table
     * names: bank data and other data by the officier alone (Sv 126nd), seizure without a judge (Sv 94), conservatory
     * seizure with the RC's authorisation (Sv 103), interception with it (Sv 126m), observation by the officier (Sv
     * 126g), a videoconference hearing with the RC (old Sv 552n(1)(b)); a complaint against seizure and demanded data
     * (Sv 5.4.10(1)).
     */
    @ParameterizedTest(name = "{0} (coercive {1}) → RC {2}, complaint {3}")
    @CsvSource({
            "BANK_RECORDS, false, false, true",
            "PRODUCTION_ORDER, false, false, true",
            "SEARCH_OF_PREMISES, true, true, true",
            "SEIZURE, true, false, true",
            "FREEZING, true, true, true",
            "INTERCEPTION, true, true, false",
            "OBSERVATION, false, false, false",
            "WITNESS_HEARING, true, true, false",
            "WITNESS_HEARING, false, false, false",
            "SUSPECT_HEARING, false, false, false",
            "VIDEOCONFERENCE_HEARING, false, true, false",
            "EXPERT_REPORT, false, false, false",
            "DNA_SAMPLE, true, false, false",
            "SERVICE_OF_DOCUMENTS, false, false, false",
            "OTHER, true, true, true",
            "OTHER, false, false, false"})
    void theKindOfMeasureDecidesOnTheExaminingJudgeAndOnComplaints(String kind, boolean coercive, boolean judge,
                                                                  boolean complaint) {
        var result = evaluate("MeasureAuthorisationDecision", Map.of("kind", kind, "coercive", coercive));
        assertThat(result.<Boolean>getEntry("examiningJudgeRequired")).isEqualTo(judge);
        assertThat(result.<Boolean>getEntry("complaintOpen")).isEqualTo(complaint);
        assertThat(result.<String>getEntry("source")).isNotBlank();
    }

    @Test
    void everyKindOfMeasureHasARule() {
        for (var kind : nl.rechtshulp.request.MeasureKind.values()) {
            for (boolean coercive : new boolean[] {true, false}) {
                evaluate("MeasureAuthorisationDecision", Map.of("kind", kind.name(), "coercive", coercive));
            }
        }
    }

    /** Directive 2014/41/EU art. 11(4): consult the issuing authority before refusing on grounds (a), (b), (d), (e), (f). */
    @ParameterizedTest(name = "{0} → consult {1}")
    @CsvSource({"IMMUNITY_OR_PRIVILEGE, true", "NATIONAL_SECURITY, true", "NON_CRIMINAL_PROCEEDINGS, false",
            "NE_BIS_IN_IDEM, true", "TERRITORIALITY, true", "FUNDAMENTAL_RIGHTS, true", "DUAL_CRIMINALITY, false",
            "RESTRICTED_MEASURE, false"})
    void aRefusalOnSomeGroundsNeedsConsultationFirst(String ground, boolean consult) {
        var result = evaluate("EioRefusalGroundsDecision", Map.of("ground", ground));
        assertThat(result.<Boolean>getEntry("consultationRequired")).isEqualTo(consult);
        assertThat(result.<String>getEntry("article")).startsWith("Richtlijn 2014/41/EU art. 11 lid 1 onder");
    }

    /** Art. 16(1) a week; art. 12(3) 30 days; art. 12(5) once 30 more; art. 12(4) 90 days; art. 32(2) 24 hours. */
    @ParameterizedTest
    @ValueSource(strings = {"NORMAL", "URGENT", "DETAINED"})
    void theDirectivesDeadlinesAreTheSameForEveryOrder(String urgency) {
        var result = evaluate("EioTimeLimitsDecision", Map.of("urgency", urgency));
        assertThat(result.<Number>getEntry("acknowledgementDays").intValue()).isEqualTo(7);
        assertThat(result.<Number>getEntry("recognitionDays").intValue()).isEqualTo(30);
        assertThat(result.<Number>getEntry("extensionDays").intValue()).isEqualTo(30);
        assertThat(result.<Number>getEntry("executionDays").intValue()).isEqualTo(90);
        assertThat(result.<Number>getEntry("freezingHours").intValue()).isEqualTo(24);
    }

    private static DmnDecisionRuleResult evaluate(String decisionKey, Map<String, Object> inputs) {
        try (InputStream model = DecisionTableRulesTests.class.getResourceAsStream("/processes/" + decisionKey + ".dmn")) {
            DmnDecision decision = DMN.parseDecision(decisionKey, model);
            DmnDecisionRuleResult result = DMN.evaluateDecisionTable(decision, new HashMap<>(inputs)).getSingleResult();
            assertThat(result).as("a rule of %s matches %s", decisionKey, inputs).isNotNull();
            return result;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
