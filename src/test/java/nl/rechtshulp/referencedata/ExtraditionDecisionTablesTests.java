package nl.rechtshulp.referencedata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The extradition tables, rule by rule, as a lawyer reads them: treaty basis and days, the person, the documents. */
class ExtraditionDecisionTablesTests {

    private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(nullValues = "-", value = {
            "AE, true, 'Trb. 2021, 117', CENTRAL_AUTHORITY, 60, 45, 30, true, true, false",
            "TR, true, Europees Verdrag betreffende uitlevering, DIPLOMATIC, 40, 18, 10, false, false, false",
            "CO, true, Wenen 1988, CENTRAL_AUTHORITY, 40, 18, 10, false, false, false",
            "MA, true, niet in werking, CENTRAL_AUTHORITY, 40, 18, 10, false, false, false",
            "PE, true, VN-verdragen, CENTRAL_AUTHORITY, 40, 18, 10, false, false, false",
            "HK, false, opgeschort, -, -, -, -, false, false, true",
            "DE, false, Overleveringswet, -, -, -, -, false, false, true",
            "US, false, wederkerigheid volstaat niet, -, -, -, -, false, false, true"})
    void treatyBasisDaysAndAssurancesPerState(String state, boolean possible, String basisMentions, String channel,
                                              Integer formalRequestDays, Integer custodyReviewDay,
                                              Integer escalationDay, boolean deathPenalty, boolean corporal,
                                              boolean confirmed) {
        var treaty = evaluate("ExtraditionTreatyDecision", Map.of("partnerState", state));
        assertThat(treaty.<Boolean>getEntry("extraditionPossible")).isEqualTo(possible);
        assertThat(treaty.<String>getEntry("treatyBasis")).contains(basisMentions);
        assertThat(treaty.<String>getEntry("channel")).isEqualTo(channel);
        assertThat(treaty.<Integer>getEntry("formalRequestDays")).isEqualTo(formalRequestDays);
        assertThat(treaty.<Integer>getEntry("custodyReviewDay")).isEqualTo(custodyReviewDay);
        assertThat(treaty.<Integer>getEntry("escalationDay")).isEqualTo(escalationDay);
        assertThat(treaty.<Boolean>getEntry("deathPenaltyAssurance")).isEqualTo(deathPenalty);
        assertThat(treaty.<Boolean>getEntry("corporalPunishmentAssurance")).isEqualTo(corporal);
        assertThat(treaty.<String>getEntry("source")).isNotBlank();
        assertThat(treaty.<Boolean>getEntry("confirmed")).isEqualTo(confirmed);
    }

    @Test
    void everyDeadlineComesAfterItsWarning() {
        for (String state : new String[] {"AE", "TR", "CO", "MA", "SG", "PE", "BO"}) {
            var treaty = evaluate("ExtraditionTreatyDecision", Map.of("partnerState", state));
            assertThat(treaty.<Integer>getEntry("custodyReviewDay")).as(state)
                    .isLessThan(treaty.<Integer>getEntry("formalRequestDays"));
            assertThat(treaty.<Integer>getEntry("escalationDay")).as(state)
                    .isLessThan(treaty.<Integer>getEntry("custodyReviewDay"));
        }
    }

    @ParameterizedTest(name = "Dutch national {0}, {1} → excluded {2}, return guarantee {3}")
    @CsvSource({
            "true, SENTENCE_ENFORCEMENT, true, false",
            "true, PROSECUTION, false, true",
            "false, PROSECUTION, false, false",
            "false, SENTENCE_ENFORCEMENT, false, false"})
    void aDutchNationalOnlyForProsecutionAndWithAReturnGuarantee(boolean dutchNational, String purpose,
                                                               boolean excluded, boolean returnGuarantee) {
        var conditions = evaluate("ExtraditionPersonConditionsDecision",
                Map.of("personIsDutchNational", dutchNational, "purpose", purpose));
        assertThat(conditions.<Boolean>getEntry("extraditionExcluded")).isEqualTo(excluded);
        assertThat(conditions.<Boolean>getEntry("returnGuaranteeRequired")).isEqualTo(returnGuarantee);
        assertThat(conditions.<String>getEntry("source")).contains("art. 4");
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({
            "AE, PROSECUTION, 'WARRANT,CERTIFIED_LEGISLATION', 'ar,en'",
            "AE, SENTENCE_ENFORCEMENT, 'JUDGMENT,CERTIFIED_LEGISLATION', 'ar,en'",
            "CO, PROSECUTION, 'WARRANT,CERTIFIED_LEGISLATION', es",
            "US, SENTENCE_ENFORCEMENT, 'JUDGMENT,CERTIFIED_LEGISLATION', en"})
    void anOutgoingRequestEnclosesTheWarrantOrJudgmentAndTheLaw(String state, String purpose, String documents,
                                                              String languages) {
        var requirements = evaluate("OutgoingExtraditionRequirementsDecision",
                Map.of("requestedState", state, "purpose", purpose));
        assertThat(requirements.<String>getEntry("requiredDocuments")).isEqualTo(documents);
        assertThat(requirements.<String>getEntry("acceptedLanguages")).isEqualTo(languages);
        assertThat(requirements.<String>getEntry("reminderInterval")).startsWith("P");
        assertThat(requirements.<String>getEntry("traceReviewInterval")).startsWith("P");
    }

    @Test
    void theProsecutorFilesCassationGroundsWithinOneMonth() {
        var limits = evaluate("ExtraditionTimeLimitsDecision", Map.of("step", "CASSATION_GROUNDS"));
        assertThat(limits.<String>getEntry("period")).isEqualTo("P1M");
        assertThat(limits.<String>getEntry("source")).contains("art. 31");
    }

    private static DmnDecisionRuleResult evaluate(String key, Map<String, Object> inputs) {
        try (InputStream table = Files.newInputStream(Path.of("processes", key + ".dmn"))) {
            return DMN.evaluateDecisionTable(DMN.parseDecision(key, table), new HashMap<>(inputs)).getSingleResult();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
