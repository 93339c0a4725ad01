package th.go.dga.standards.taskform;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import th.go.dga.standards.time.DatePlausibility;

/**
 * The inputs of a Camunda Form (form-js schema), read from its JSON.
 */
public record FormSchema(String id, List<FormField> fields) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> INPUT_TYPES = List.of(
            "textfield", "textarea", "number", "select", "radio", "checkbox", "checklist", "taglist", "datetime");

    public FormSchema {
        fields = List.copyOf(fields);
    }

    public static FormSchema parse(String json) {
        try {
            JsonNode root = JSON.readTree(json);
            return new FormSchema(root.path("id").asText(null), fieldsOf(root.path("components")));
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("not a Camunda Form: " + e.getMessage(), e);
        }
    }

    public Optional<FormField> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    private static List<FormField> fieldsOf(JsonNode components) {
        List<FormField> fields = new ArrayList<>();
        for (JsonNode component : components) {
            String type = component.path("type").asText();
            if (type.equals("group") && !component.hasNonNull("path")) {
                fields.addAll(fieldsOf(component.path("components")));
            } else if (type.equals("dynamiclist")) {
                fields.add(new FormField(component.path("path").asText(), type, null, component.path("label").asText(null),
                        false, null, null, null, null, null, null, List.of(), false, fieldsOf(component.path("components")), DatePlausibility.Range.ANY));
            } else if (INPUT_TYPES.contains(type) && component.hasNonNull("key")) {
                fields.add(field(component, type));
            }
        }
        return fields;
    }

    private static FormField field(JsonNode c, String type) {
        JsonNode validate = c.path("validate");
        List<String> options = new ArrayList<>();
        c.path("values").forEach(v -> options.add(v.path("value").asText()));
        boolean readonly = c.path("readonly").asBoolean(false) || c.path("disabled").asBoolean(false);
        String label = c.hasNonNull("label") ? c.path("label").asText() : c.path("dateLabel").asText(null);
        return new FormField(
                c.path("key").asText(),
                type,
                c.path("subtype").asText(null),
                label,
                validate.path("required").asBoolean(false),
                integer(validate, "minLength"),
                integer(validate, "maxLength"),
                decimal(validate, "min"),
                decimal(validate, "max"),
                validate.path("pattern").asText(null),
                validate.path("validationType").asText(null),
                options,
                readonly,
                List.of(),
                DatePlausibility.Range.named(c.path("properties").path("dateRange").asText(null)));
    }

    private static Integer integer(JsonNode node, String name) {
        return node.hasNonNull(name) && node.path(name).canConvertToInt() ? node.path(name).asInt() : null;
    }

    private static BigDecimal decimal(JsonNode node, String name) {
        return node.hasNonNull(name) && node.path(name).isNumber() ? node.path(name).decimalValue() : null;
    }
}
