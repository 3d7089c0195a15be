package nl.rechtshulp.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormSchemaTests {

    private static final String FORM = """
            {"id": "ExampleForm", "components": [
              {"type": "textfield", "key": "reference", "readonly": true, "validate": {"required": true}},
              {"type": "radio", "key": "decision", "label": "Besluit", "validate": {"required": true},
               "values": [{"label": "Ja", "value": "true"}, {"label": "Nee", "value": "false"}]},
              {"type": "textarea", "key": "missing", "label": "Wat ontbreekt", "properties": {"requiredWhen": "decision=false"},
               "validate": {"maxLength": 20}},
              {"type": "textfield", "key": "country", "validate": {"pattern": "^[A-Z]{2}$"}},
              {"type": "textfield", "key": "ruling", "label": "Uitspraak", "validate": {"required": true},
               "properties": {"requiredWhen": "consent!=true"}},
              {"type": "datetime", "key": "decidedOn", "subtype": "date"},
              {"type": "group", "components": [{"type": "number", "key": "days"}]}
            ]}""";

    private final FormSchema schema = FormSchema.parse(new ByteArrayInputStream(FORM.getBytes(StandardCharsets.UTF_8)));

    @Test
    void aValidSubmissionPasses() {
        assertThat(schema.violations(values(Map.of("decision", "true", "country", "AE", "decidedOn", "2026-11-24",
                "days", 3, "ruling", "ECLI:NL:RBAMS:2026:1")).get())).isEmpty();
    }

    @Test
    void missingRequiredFieldsAreNamed() {
        assertThat(schema.violations(values(Map.of()).get()))
                .containsExactly("decision Besluit: verplicht", "ruling Uitspraak: verplicht");
    }

    @Test
    void fieldRequiredOnlyWhenAnotherHasAValue() {
        assertThat(schema.violations(values(Map.of("consent", true, "decision", "false")).get())).containsExactly("missing Wat ontbreekt: verplicht");
        assertThat(schema.violations(values(Map.of("consent", true, "decision", false, "missing", "vertaling")).get())).isEmpty();
    }

    @Test
    void fieldRequiredUnlessAnotherHasAValue() {
        assertThat(schema.violations(values(Map.of("decision", "true", "consent", "false")).get()))
                .containsExactly("ruling Uitspraak: verplicht");
        assertThat(schema.violations(values(Map.of("decision", "true", "consent", true)).get())).isEmpty();
    }

    @Test
    void valuesOutsideTheOptionsPatternsAndTypesAreRefused() {
        var violations = schema.violations(values(Map.of("consent", true, "decision", "maybe", "country", "Dubai",
                "decidedOn", "gisteren", "days", "drie")).get());
        assertThat(violations).containsExactlyInAnyOrder("decision Besluit: moet een van [true, false] zijn",
                "country country: heeft niet de vereiste vorm", "decidedOn decidedOn: moet een datum zijn (jjjj-mm-dd)",
                "days days: moet een getal zijn");
    }

    @Test
    void textLongerThanTheRegisterKeepsIsRefused() {
        assertThat(schema.violations(values(Map.of("consent", true, "decision", "false", "missing", "x".repeat(21))).get()))
                .containsExactly("missing Wat ontbreekt: langer dan 20 tekens");
        assertThat(schema.violations(values(Map.of("consent", true, "decision", "false", "missing", "x".repeat(20))).get())).isEmpty();
    }

    @Test
    void readOnlyFactsAreNotInputs() {
        assertThat(schema.inputFields()).extracting(FormSchema.Field::key)
                .containsExactly("decision", "missing", "country", "ruling", "decidedOn", "days");
    }

    private static java.util.function.Supplier<java.util.function.Function<String, Object>> values(Map<String, Object> map) {
        Map<String, Object> copy = new HashMap<>(map);
        return () -> copy::get;
    }
}
