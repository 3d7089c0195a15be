package nl.rechtshulp.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The input fields of a Camunda Form and their rules (required, allowed values, pattern, type), read from the
 * form-js JSON so the server checks exactly what the browser checks. A field can also be required only when
 * another has a given value, or any other, through the custom property {@code requiredWhen: "otherField=value"} or
 * {@code "otherField!=value"}; that condition decides over {@code validate.required}.
 */
final class FormSchema {

    static final FormSchema NONE = new FormSchema(List.of());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> INPUT_TYPES = Set.of(
            "textfield", "textarea", "number", "checkbox", "radio", "select", "datetime", "checklist", "taglist");

    record Field(String key, String type, boolean required, boolean readOnly, Pattern pattern, Set<String> allowedValues,
                 String requiredWhenField, String requiredWhenValue, boolean requiredWhenEqual, int maxLength,
                 String label) {
    }

    private final List<Field> fields;

    private FormSchema(List<Field> fields) {
        this.fields = List.copyOf(fields);
    }

    static FormSchema parse(InputStream json) {
        try {
            List<Field> fields = new ArrayList<>();
            collect(JSON.readTree(json), fields);
            return new FormSchema(fields);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every field with a key: what a user fills in and the read-only facts shown with it. */
    List<Field> allFields() {
        return fields;
    }

    /** The fields a user fills in (not the read-only facts). */
    List<Field> inputFields() {
        return fields.stream().filter(field -> !field.readOnly()).toList();
    }

    /**
     * Every rule the submitted values break, one message each, as the field's key and then, in Dutch, its label and
     * what is wrong (the Tasklist shows the part after the key); empty when the submission is valid.
     */
    List<String> violations(Function<String, Object> values) {
        List<String> violations = new ArrayList<>();
        for (Field field : inputFields()) {
            Object value = values.apply(field.key());
            if (isBlank(value)) {
                if (isRequired(field, values)) {
                    violations.add(field.key() + " " + field.label() + ": verplicht");
                }
                continue;
            }
            String problem = problemWith(field, value);
            if (problem != null) {
                violations.add(field.key() + " " + field.label() + ": " + problem);
            }
        }
        return violations;
    }

    private static boolean isRequired(Field field, Function<String, Object> values) {
        if (field.requiredWhenField() == null) {
            return field.required();
        }
        boolean equal = field.requiredWhenValue().equals(String.valueOf(values.apply(field.requiredWhenField())));
        return equal == field.requiredWhenEqual();
    }

    private static String problemWith(Field field, Object value) {
        switch (field.type()) {
            case "checkbox" -> {
                return value instanceof Boolean ? null : "moet ja of nee zijn";
            }
            case "number" -> {
                return value instanceof Number ? null : "moet een getal zijn";
            }
            case "datetime" -> {
                try {
                    LocalDate.parse(String.valueOf(value).substring(0, Math.min(10, String.valueOf(value).length())));
                    return null;
                } catch (DateTimeParseException e) {
                    return "moet een datum zijn (jjjj-mm-dd)";
                }
            }
            default -> {
                String text = String.valueOf(value);
                if (!field.allowedValues().isEmpty() && !field.allowedValues().contains(text)) {
                    return "moet een van " + field.allowedValues() + " zijn";
                }
                if (field.maxLength() > 0 && text.length() > field.maxLength()) {
                    return "langer dan " + field.maxLength() + " tekens";
                }
                if (field.pattern() != null && !field.pattern().matcher(text).matches()) {
                    return "heeft niet de vereiste vorm";
                }
                return null;
            }
        }
    }

    private static boolean isBlank(Object value) {
        return value == null || (value instanceof String text && text.isBlank());
    }

    private static void collect(JsonNode node, List<Field> fields) {
        for (JsonNode component : node.path("components")) {
            String type = component.path("type").asText();
            if (INPUT_TYPES.contains(type) && component.hasNonNull("key")) {
                fields.add(field(component, type));
            }
            collect(component, fields);
        }
    }

    private static Field field(JsonNode component, String type) {
        JsonNode validate = component.path("validate");
        Set<String> allowed = new LinkedHashSet<>();
        component.path("values").forEach(option -> allowed.add(option.path("value").asText()));
        String pattern = validate.path("pattern").asText(null);
        String requiredWhen = component.path("properties").path("requiredWhen").asText(null);
        boolean whenEqual = requiredWhen == null || !requiredWhen.contains("!=");
        String[] condition = requiredWhen == null ? new String[] {null, null}
                : requiredWhen.split(whenEqual ? "=" : "!=", 2);
        return new Field(component.get("key").asText(), type, validate.path("required").asBoolean(false),
                component.path("readonly").asBoolean(false) || component.path("disabled").asBoolean(false),
                pattern == null || pattern.isEmpty() ? null : Pattern.compile(pattern), allowed,
                condition[0], condition.length > 1 ? condition[1] : null, whenEqual,
                validate.path("maxLength").asInt(0), labelOf(component));
    }

    /** What the user reads above the field; the key where a form gives none. */
    private static String labelOf(JsonNode component) {
        String label = component.path("label").asText(component.path("dateLabel").asText(""));
        return label.isBlank() ? component.get("key").asText() : label;
    }
}
