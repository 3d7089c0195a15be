package nl.rechtshulp.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import nl.rechtshulp.support.DatabaseProfiles;
import nl.rechtshulp.support.IntegrationTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Runs the Tasklist browser tests ({@code src/test/browser}, playwright-core and Debian's chromium) against this
 * application. Screenshots and accessibility reports land in {@code target/browser-screenshots}. Without chromium or
 * the test's node modules it is skipped with a visible reason, unless {@code RH_BROWSER_REQUIRED=true} (CI).
 */
@IntegrationTest
class TasklistBrowserIntegrationTests {

    private static final Path BROWSER_TESTS = Path.of("src/test/browser");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @LocalServerPort
    int port;

    @Test
    void authoritiesWorkTheirOwnRequestsInTheTasklist() throws IOException, InterruptedException {
        Assumptions.assumeFalse(DatabaseProfiles.onPostgres(), "the browser tests run once, on the H2 run");
        requirePrerequisites();
        Path screenshots = Path.of("target/browser-screenshots").toAbsolutePath();
        Path output = Path.of("target/browser-tests.log").toAbsolutePath();
        var builder = new ProcessBuilder("node", "--test", "--test-concurrency=1", "tasklist.test.mjs", "audit.test.mjs", "casefile.test.mjs",
                        "register.test.mjs", "tasklist-dutch.test.mjs", "pages.test.mjs")
                .directory(BROWSER_TESTS.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().put("BASE_URL", "http://localhost:" + port);
        builder.environment().put("SCREENSHOTS", screenshots.toString());
        builder.environment().put("ENGLISH_LABELS", englishTasklistLabels().toString());
        var process = builder.start();
        boolean finished = process.waitFor(5, TimeUnit.MINUTES);
        String log = Files.readString(output, StandardCharsets.UTF_8);
        System.out.println(log);
        assertThat(finished).as("browser tests finished within 5 minutes").isTrue();
        assertThat(process.exitValue()).as("browser tests (see target/browser-tests.log)").isZero();
        assertThat(screenshots.resolve("4-completed.png")).exists();
    }

    /** The webapp's own English labels, from its jar: the words the Dutch Tasklist must not show. */
    private static Path englishTasklistLabels() throws IOException {
        Path labels = Path.of("target/tasklist-en.json").toAbsolutePath();
        try (var english = TasklistBrowserIntegrationTests.class.getResourceAsStream(
                "/META-INF/resources/webjars/camunda/app/tasklist/locales/en.json")) {
            Files.write(labels, english.readAllBytes());
        }
        return labels;
    }

    private static void requirePrerequisites() {
        boolean ready = Files.isExecutable(CHROMIUM) && Files.isDirectory(BROWSER_TESTS.resolve("node_modules/playwright-core"));
        if (!ready && "true".equals(System.getenv("RH_BROWSER_REQUIRED"))) {
            throw new IllegalStateException("Browser tests are required: install chromium and run npm ci in " + BROWSER_TESTS);
        }
        if (!ready) {
            System.err.println("SKIPPED: browser tests need /usr/bin/chromium and 'npm ci' in " + BROWSER_TESTS);
        }
        Assumptions.assumeTrue(ready, "chromium or the browser test's node modules are missing");
    }
}
