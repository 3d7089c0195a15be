package nl.rechtshulp.referencedata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.DefaultResourceLoader;

/** The register as a lawyer edits it: it loads as shipped, and a mistake stops the start naming the file and line. */
class TreatyRegisterTests {

    private static final Path SHIPPED = Path.of("src/main/resources/treaty-register");

    @TempDir
    Path folder;

    @Test
    void theShippedRegisterLoads() {
        TreatyRegister register = load(SHIPPED);
        assertThat(register.instrument("ECE").deadlines().releaseDay()).isEqualTo(40);
        assertThat(register.parties("HU")).extracting(TreatyFacts.Party::instrumentId).contains("EIO");
        assertThat(register.parties("DK")).extracting(TreatyFacts.Party::instrumentId).doesNotContain("EIO");
        assertThat(register.state("SG").deathPenalty()).isEqualTo(TreatyFacts.DeathPenalty.RETAINED);
        assertThat(register.state("CH").deathPenalty()).isEqualTo(TreatyFacts.DeathPenalty.ABOLISHED);
        assertThat(register.unconfirmedFacts()).isNotEmpty()
                .allSatisfy(fact -> assertThat(fact.line()).isPositive());
    }

    @Test
    void anUnknownCountryCodeNamesTheFileAndLine() throws IOException {
        int line = appendParty("ECE;XX;IN_FORCE;;;;;test;true");
        assertThatThrownBy(() -> load(folder)).isInstanceOf(InvalidTreatyRegisterException.class)
                .hasMessage("parties.csv line " + line + ": unknown country code 'XX' (ISO 3166 alpha-2 expected)");
    }

    @Test
    void anUnknownInstrumentNamesTheFileAndLine() throws IOException {
        int line = appendParty("ECE-1958;CH;IN_FORCE;;;;;test;true");
        assertThatThrownBy(() -> load(folder)).hasMessageStartingWith("parties.csv line " + line + ": unknown instrument 'ECE-1958'");
    }

    @Test
    void overlappingDatesForTheSameInstrumentAndStateAreRefused() throws IOException {
        appendParty("AE-EXT;AE;SUSPENDED;2024-01-01;;;;test;true");
        assertThatThrownBy(() -> load(folder)).hasMessageContaining("AE-EXT for AE overlaps the dates on line");
    }

    @Test
    void consecutivePeriodsAreAllowed() throws IOException {
        copyShipped();
        List<String> lines = Files.readAllLines(folder.resolve("parties.csv"));
        lines.replaceAll(l -> l.startsWith("HK-SUR;HK;") ? "HK-SUR;HK;IN_FORCE;1997-07-01;2020-11-09;;;test;false" : l);
        lines.add("HK-SUR;HK;SUSPENDED;2020-11-10;;;;test;true");
        Files.write(folder.resolve("parties.csv"), lines);
        assertThat(load(folder).parties("HK")).extracting(TreatyFacts.Party::status)
                .contains(TreatyFacts.PartyStatus.IN_FORCE, TreatyFacts.PartyStatus.SUSPENDED);
    }

    @Test
    void aValueOutsideItsListIsNamedWithTheAllowedValues() throws IOException {
        copyShipped();
        List<String> lines = Files.readAllLines(folder.resolve("states.csv"));
        lines.add("BR;SOMETIMES;NO;test;true;");
        Files.write(folder.resolve("states.csv"), lines);
        assertThatThrownBy(() -> load(folder)).hasMessageStartingWith("states.csv line " + lines.size()
                + ": 'death_penalty' is 'SOMETIMES', not one of [RETAINED");
    }

    @Test
    void aRowWithTooFewColumnsIsRefused() throws IOException {
        int line = appendParty("ECE;CH;IN_FORCE");
        assertThatThrownBy(() -> load(folder)).hasMessage("parties.csv line " + line + ": 3 columns where the header has 9");
    }

    @Test
    void theStartStopsWithThePlainMessage() throws IOException {
        int line = appendParty("ECE;XX;IN_FORCE;;;;;test;true");
        var analysis = new TreatyRegisterFailureAnalyzer().analyze(new IllegalStateException("context failed",
                catchThrowable(() -> load(folder))));
        assertThat(analysis.getDescription()).isEqualTo("The treaty register cannot be read: parties.csv line " + line
                + ": unknown country code 'XX' (ISO 3166 alpha-2 expected)");
        assertThat(analysis.getAction()).contains("Correct that line");
    }

    private int appendParty(String row) throws IOException {
        copyShipped();
        List<String> lines = Files.readAllLines(folder.resolve("parties.csv"));
        lines.add(row);
        Files.write(folder.resolve("parties.csv"), lines);
        return lines.size();
    }

    private void copyShipped() throws IOException {
        for (String file : List.of("instruments.csv", "parties.csv", "states.csv")) {
            Files.copy(SHIPPED.resolve(file), folder.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static TreatyRegister load(Path from) {
        return TreatyRegister.load(new DefaultResourceLoader(), from.toUri().toString(), new Countries());
    }
}
