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

    /** ECE art. 18(4): "shall in any case be released after the expiry of 30 days"; the Act's own period is unread. */
    @Test
    void withoutATreatyPeriodAPersonNotTakenOverIsReleasedThirtyDaysAfterTheAgreedDateMarkedUnconfirmed() {
        var limits = evaluate("ExtraditionTimeLimitsDecision", Map.of("step", "SURRENDER_RELEASE"));
        assertThat(limits.<String>getEntry("period")).isEqualTo("P30D");
        assertThat(limits.<String>getEntry("source")).contains("art. 37-40", "art. 18 lid 4", "[?]");
        assertThat(limits.<Boolean>getEntry("confirmed")).isFalse();
    }

    /** UW art. 38(3)(b) (LAW.md §2 row 10, Rb. Amsterdam ECLI:NL:RBAMS:2022:208): extended 30 days at a time. */
    @Test
    void gevangenhoudingIsExtendedThirtyDaysAtATimeConfirmed() {
        var limits = evaluate("ExtraditionTimeLimitsDecision", Map.of("step", "CUSTODY_GEVANGENHOUDING"));
        assertThat(limits.<String>getEntry("period")).isEqualTo("P30D");
        assertThat(limits.<String>getEntry("source")).contains("art. 38 lid 3", "[S]");
        assertThat(limits.<Boolean>getEntry("confirmed")).isTrue();
    }

    /**
     * LAW.md §2 row 9 marks the 14 days [?]; Uitleveringswet art. 31(7) applies Sv art. 432, whose first paragraph sets
     * fourteen days after the final ruling (wetboek-online.nl, Uitleveringswet art. 31 and Sv art. 432).
     */
    @Test
    void cassationIsLodgedWithinFourteenDaysOfTheRuling() {
        var limits = evaluate("ExtraditionTimeLimitsDecision", Map.of("step", "CASSATION_LODGING"));
        assertThat(limits.<String>getEntry("period")).isEqualTo("P14D");
        assertThat(limits.<String>getEntry("source")).contains("art. 31 lid 7", "Sv art. 432", "[S]");
        assertThat(limits.<Boolean>getEntry("confirmed")).isTrue();
    }

    /** LAW.md §2 rows 3 and 4 mark the lengths of inverzekeringstelling and bewaring [?]: settings, shown as such. */
    @ParameterizedTest
    @CsvSource({"CUSTODY_INVERZEKERINGSTELLING, art. 14", "CUSTODY_BEWARING, art. 15-21"})
    void theCustodyTermsThatAreNotConfirmedAreMarkedSo(String step, String article) {
        var limits = evaluate("ExtraditionTimeLimitsDecision", Map.of("step", step));
        assertThat(java.time.Period.parse(limits.getEntry("period")).getDays()).isPositive();
        assertThat(limits.<String>getEntry("source")).contains(article, "[?]");
        assertThat(limits.<Boolean>getEntry("confirmed")).isFalse();
    }

    /**
     * LAW.md §2 row 3: the officier may extend the inverzekeringstelling (UW art. 14(5)); art. 16a names once by three
     * days for Bonaire, Sint Eustatius and Saba. For the European Netherlands that is a setting, marked unconfirmed.
     */
    @Test
    void theInverzekeringstellingIsExtendedOnceByThreeDaysAsAnUnconfirmedSetting() {
        var limits = evaluate("ExtraditionTimeLimitsDecision", Map.of("step", "CUSTODY_INVERZEKERINGSTELLING_EXTENSION"));
        assertThat(limits.<String>getEntry("period")).isEqualTo("P3D");
        assertThat(limits.<Number>getEntry("times").intValue()).isEqualTo(1);
        assertThat(limits.<String>getEntry("source")).contains("art. 14 lid 5", "art. 16a", "[?]");
        assertThat(limits.<Boolean>getEntry("confirmed")).isFalse();
    }

    private static DmnDecisionRuleResult evaluate(String key, Map<String, Object> inputs) {
        try (InputStream table = Files.newInputStream(Path.of("processes", key + ".dmn"))) {
            return DMN.evaluateDecisionTable(DMN.parseDecision(key, table), new HashMap<>(inputs)).getSingleResult();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
