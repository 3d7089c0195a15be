package nl.rechtshulp.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.rechtshulp.request.Direction;
import nl.rechtshulp.request.DocumentKind;
import nl.rechtshulp.request.ExtraditionArrival;
import nl.rechtshulp.request.ExtraditionPurpose;
import nl.rechtshulp.request.FollowUpKind;
import nl.rechtshulp.request.FollowUpState;
import nl.rechtshulp.request.Guarantee;
import nl.rechtshulp.request.MessageKind;
import nl.rechtshulp.request.OffenceCategory;
import nl.rechtshulp.request.Outcome;
import nl.rechtshulp.request.PersonRole;
import nl.rechtshulp.request.Phase;
import nl.rechtshulp.request.Phenomenon;
import nl.rechtshulp.request.PolicySubGoal;
import nl.rechtshulp.request.Relation;
import nl.rechtshulp.request.Relevance;
import nl.rechtshulp.request.RequestClock;
import nl.rechtshulp.request.RequestType;
import nl.rechtshulp.request.Route;
import nl.rechtshulp.request.Urgency;
import nl.rechtshulp.security.AuthorityGroups;
import org.junit.jupiter.api.Test;

/**
 * Every code a page can show has a label in Dutch and in English: the register's enums, every stage the models set,
 * every audit action the product writes, every refusal ground a form offers, every authority group. Read from the
 * code and the models themselves, so a new code without a label fails here instead of showing raw on a page.
 */
class LabelsCompletenessTests {

    private static final Map<String, Class<? extends Enum<?>>> ENUMS = Map.ofEntries(
            Map.entry("phase", Phase.class), Map.entry("clock", RequestClock.class), Map.entry("outcome", Outcome.class),
            Map.entry("urgency", Urgency.class), Map.entry("route", Route.class), Map.entry("direction", Direction.class),
            Map.entry("type", RequestType.class), Map.entry("document", DocumentKind.class),
            Map.entry("measureKind", nl.rechtshulp.request.MeasureKind.class),
            Map.entry("issuingAuthorityKind", nl.rechtshulp.request.IssuingAuthorityKind.class),
            Map.entry("message", MessageKind.class), Map.entry("followUp", FollowUpKind.class),
            Map.entry("followUpState", FollowUpState.class), Map.entry("relevance", Relevance.class),
            Map.entry("personRole", PersonRole.class), Map.entry("subGoal", PolicySubGoal.class),
            Map.entry("phenomenon", Phenomenon.class), Map.entry("relation", Relation.class),
            Map.entry("arrival", ExtraditionArrival.class), Map.entry("purpose", ExtraditionPurpose.class),
            Map.entry("guarantee", Guarantee.class), Map.entry("offence", OffenceCategory.class));
    private static final Pattern STAGE = Pattern.compile("name=\"stage\" value=\"([A-Z_]+)\"");
    /** An audit action: the second argument of a trail or handler record(...) call, or a literal action constant. */
    private static final Pattern AUDIT_ACTION = Pattern.compile(
            "record\\([^,()]+, \"([A-Z][A-Z_]+)\"|\"(VARIABLE_SET|VARIABLE_DELETED|ACCESS_DENIED|CLOCK_CHANGED|REQUEST_[A-Z_]+|PROCESS_[A-Z_]+|INCIDENT[A-Z_]*)\"");

    @Test
    void everyCodeHasALabelInBothLanguages() throws IOException {
        Properties dutch = load("messages_nl.properties");
        Properties english = load("messages_en.properties");
        List<String> missing = new ArrayList<>();
        for (String key : expectedKeys()) {
            if (!dutch.containsKey(key)) {
                missing.add("nl " + key);
            }
            if (!english.containsKey(key)) {
                missing.add("en " + key);
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndNoLabelIsItsOwnCode() throws IOException {
        Properties dutch = load("messages_nl.properties");
        Properties english = load("messages_en.properties");
        assertThat(new TreeSet<>(english.stringPropertyNames())).isEqualTo(new TreeSet<>(dutch.stringPropertyNames()));
        for (String key : dutch.stringPropertyNames()) {
            String code = key.substring(key.indexOf('.') + 1);
            assertThat(dutch.getProperty(key)).as(key).isNotBlank().isNotEqualTo(code);
        }
    }

    private static Set<String> expectedKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        ENUMS.forEach((category, type) -> {
            for (Enum<?> constant : type.getEnumConstants()) {
                keys.add(category + "." + constant.name());
            }
        });
        try (Stream<Path> models = Files.list(Path.of("processes"))) {
            for (Path model : models.filter(path -> path.toString().endsWith(".bpmn")).toList()) {
                STAGE.matcher(Files.readString(model)).results().forEach(stage -> keys.add("stage." + stage.group(1)));
            }
        }
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                AUDIT_ACTION.matcher(Files.readString(source)).results().forEach(action -> {
                    String code = action.group(1) != null ? action.group(1) : action.group(2);
                    if (!code.equals("COMPLETED")) { // an engine delete reason, not an action
                        keys.add("audit." + code);
                    }
                });
            }
        }
        try (Stream<Path> forms = Files.list(Path.of("processes"))) {
            for (Path form : forms.filter(path -> path.toString().endsWith(".form")).toList()) {
                collectRefusalGrounds(new ObjectMapper().readTree(form.toFile()).path("components"), keys);
            }
        }
        AuthorityGroups.REGIONAL_IRCS.forEach(group -> keys.add("group." + group));
        Stream.of(AuthorityGroups.LIRC, AuthorityGroups.FUNCTIONEEL_PARKET, AuthorityGroups.AIRS,
                AuthorityGroups.LIAISON_MAGISTRATES, AuthorityGroups.COORDINATORS, AuthorityGroups.AUDITORS,
                AuthorityGroups.ADMINS).forEach(group -> keys.add("group." + group));
        AuthorityGroups.EXECUTING_SERVICES.forEach(group -> keys.add("group." + group));
        assertThat(keys).as("codes found").hasSizeGreaterThan(180).contains("stage.WAITING_ABROAD",
                "audit.DOCUMENT_ADDED", "refusal.NE_BIS_IN_IDEM");
        return keys;
    }

    private static void collectRefusalGrounds(JsonNode components, Set<String> keys) {
        for (JsonNode component : components) {
            if ("refusalGround".equals(component.path("key").asText())) {
                component.path("values").forEach(value -> keys.add("refusal." + value.path("value").asText()));
            }
            collectRefusalGrounds(component.path("components"), keys);
        }
    }

    private static Properties load(String file) throws IOException {
        var properties = new Properties();
        try (var in = Files.newBufferedReader(Path.of("src/main/resources", file))) {
            properties.load(in);
        }
        return properties;
    }
}
