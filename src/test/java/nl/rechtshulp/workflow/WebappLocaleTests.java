package nl.rechtshulp.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Dutch translation of Camunda's webapps is complete: every key of the English file in the 7.24 webapp jar has a
 * Dutch text with the same placeholders, the date words are Dutch, and the app's configuration offers Dutch first.
 */
class WebappLocaleTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}");
    private static final String WEBAPPS = "META-INF/resources/webjars/camunda/app/";

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void everyEnglishKeyHasADutchTextWithTheSamePlaceholders(String app) throws IOException {
        JsonNode english = read(WebappLocaleTests.class.getClassLoader().getResourceAsStream(WEBAPPS + app + "/locales/en.json"));
        JsonNode dutch = read(Files.newInputStream(Path.of("src/main/resources", WEBAPPS + app, "locales/nl.json")));
        List<String> missing = new ArrayList<>();
        List<String> placeholders = new ArrayList<>();
        for (Iterator<String> keys = english.path("labels").fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            String englishText = english.path("labels").path(key).asText();
            JsonNode dutchText = dutch.path("labels").path(key);
            if (dutchText.isMissingNode() || (dutchText.asText().isBlank() && !englishText.isBlank())) {
                missing.add(key);
            } else if (!placeholdersOf(englishText).equals(placeholdersOf(dutchText.asText()))) {
                placeholders.add(key);
            }
        }
        assertThat(missing).as("%s keys without Dutch", app).isEmpty();
        assertThat(placeholders).as("%s keys whose placeholders differ", app).isEmpty();
        if (english.has("dateLocales")) {
            assertThat(dutch.path("dateLocales").path("months").get(0).asText()).isEqualTo("januari");
            assertThat(dutch.path("dateLocales").path("weekdays").get(1).asText()).isEqualTo("maandag");
        }
        String config = Files.readString(Path.of("src/main/resources", WEBAPPS + app, "scripts/config.js"),
                StandardCharsets.UTF_8);
        assertThat(config).contains("availableLocales: ['nl', 'en']").contains("fallbackLocale: 'nl'");
    }

    private static List<String> placeholdersOf(String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group().replace(" ", ""));
        }
        found.sort(String::compareTo);
        return found;
    }

    private static JsonNode read(InputStream content) throws IOException {
        try (content) {
            String text = new String(content.readAllBytes(), StandardCharsets.UTF_8);
            return JSON.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
        }
    }
}
