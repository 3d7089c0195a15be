package nl.rechtshulp.referencedata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;

/** The README lists the register's unconfirmed facts; this keeps that list equal to the register itself. */
class ReadmeUnconfirmedFactsTests {

    private static final String START = "<!-- unconfirmed facts: generated from the treaty register -->\n";
    private static final String END = "<!-- end of unconfirmed facts -->";

    @Test
    void theReadmeTableOfUnconfirmedFactsIsTheRegisters() throws IOException {
        var register = TreatyRegister.load(new DefaultResourceLoader(), "classpath:treaty-register/", new Countries());
        String expected = UnconfirmedFactsTable.markdown(register);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/unconfirmed-facts.md"), expected);
        String readme = Files.readString(Path.of("README.md"));
        assertThat(readme).contains(START).contains(END);
        String listed = readme.substring(readme.indexOf(START) + START.length(), readme.indexOf(END));
        assertThat(listed).as("README section; the register's version is in target/unconfirmed-facts.md")
                .isEqualTo(expected);
    }
}
