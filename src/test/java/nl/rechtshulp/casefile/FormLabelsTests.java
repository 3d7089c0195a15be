package nl.rechtshulp.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Tasklist's forms show words, not codes, and the same words as the product's pages: every read-only fact with a
 * code (urgency, route, reply, follow-up, authority) is a read-only choice whose labels are the pages' (messages_nl.properties).
 */
class FormLabelsTests {

    private static final Set<String> CODED_FACTS = Set.of("urgency", "route", "replyKind", "followUpKind", "authority",
            "suggestedIrc", "suggestedExecutingService", "refusalGround", "direction", "outcome", "stage");
    /** The facts the pages label too, with the category of their codes in the messages file. */
    private static final java.util.Map<String, String> LABELLED_BY_THE_PAGES = java.util.Map.of("urgency", "urgency",
            "route", "route", "replyKind", "message", "followUpKind", "followUp", "authority", "group",
            "suggestedIrc", "group", "suggestedExecutingService", "group");

    @Test
    void everyCodedFactIsShownInTheWordsOfTheProductsPages() throws IOException {
        List<JsonNode> facts = readOnlyFacts();
        var pages = new java.util.Properties();
        try (var in = Files.newBufferedReader(Path.of("src/main/resources/messages_nl.properties"))) {
            pages.load(in);
        }
        assertThat(facts).isNotEmpty();
        for (JsonNode fact : facts) {
            String key = fact.path("key").asText();
            if (!CODED_FACTS.contains(key)) {
                continue;
            }
            assertThat(fact.path("type").asText()).as("%s is shown as a labelled choice", key).isEqualTo("select");
            for (JsonNode option : fact.path("values")) {
                String code = option.path("value").asText();
                String label = option.path("label").asText();
                assertThat(label).as("%s %s is a word, not its code", key, code).isNotEqualTo(code);
                if (LABELLED_BY_THE_PAGES.containsKey(key)) {
                    assertThat(label).as("%s %s as the pages say it", key, code)
                            .isEqualToIgnoringCase(pages.getProperty(LABELLED_BY_THE_PAGES.get(key) + "." + code));
                }
            }
        }
    }

    private static List<JsonNode> readOnlyFacts() throws IOException {
        List<JsonNode> facts = new ArrayList<>();
        try (Stream<Path> forms = Files.list(Path.of("processes"))) {
            for (Path form : forms.filter(path -> path.toString().endsWith(".form")).toList()) {
                collect(new ObjectMapper().readTree(form.toFile()).path("components"), facts);
            }
        }
        return facts;
    }

    private static void collect(JsonNode components, List<JsonNode> facts) {
        for (JsonNode component : components) {
            if (component.path("readonly").asBoolean()) {
                facts.add(component);
            }
            collect(component.path("components"), facts);
        }
    }
}
