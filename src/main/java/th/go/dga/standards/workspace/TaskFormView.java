package th.go.dga.standards.workspace;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import th.go.dga.standards.taskform.FormValues;
import th.go.dga.standards.time.BuddhistEra;
import th.go.dga.standards.time.ThaiDateInput;

/**
 * A task's Camunda Form laid out for the workspace's own page: the same form file Tasklist shows, read from the
 * deployment, with Buddhist-era date inputs in place of form-js's Gregorian picker. Only the layout is here; what the
 * values must be is checked where Tasklist's submissions are checked, when the task is completed.
 *
 * @param parts the form's components in order
 */
record TaskFormView(List<Part> parts) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_]+)\\s*}}");
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*)$");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /**
     * One component: a heading or a paragraph of the form's text, an input, or a list of items each with its inputs.
     *
     * @param kind {@code heading}, {@code text}, {@code input} or {@code list}
     */
    record Part(String kind, String text, Input input, String label, List<List<Input>> items) {

        static Part heading(String text) {
            return new Part("heading", text, null, null, List.of());
        }

        static Part text(String text) {
            return new Part("text", text, null, null, List.of());
        }

        static Part input(Input input) {
            return new Part("input", null, input, null, List.of());
        }

        static Part list(String label, List<List<Input>> items) {
            return new Part("list", null, null, label, items);
        }
    }

    /** A choice of a radio group or a select. */
    record Option(String value, String label) {
    }

    /**
     * An input as the page shows it.
     *
     * @param name     the name it is posted under: the variable, {@code path[i].key} in a list
     * @param value    the value shown: what was typed when the page comes back refused, otherwise the stored value
     * @param dateText for a date, the date as typed or as {@code 10/12/2569}
     * @param timeText for a date and time, the time as typed or as {@code 13:30}
     * @param shown    for a read-only input, the value in words (an option's label, a date in Buddhist-era words)
     * @param error    the message that refused it, if any
     */
    record Input(String name, String type, String subtype, String label, String description, boolean required, boolean readonly,
                 Integer maxLength, List<Option> options, String value, String dateText, String timeText, String shown, String error) {

        /** The element id, unique on the page. */
        public String id() {
            return "f-" + name.replaceAll("[^A-Za-z0-9_-]", "-");
        }

        public boolean multiline() {
            return type.equals("textarea");
        }

        public boolean date() {
            return type.equals("datetime") && !"time".equals(subtype);
        }

        public boolean withTime() {
            return type.equals("datetime") && "datetime".equals(subtype);
        }
    }

    /**
     * @param form   the form-js schema
     * @param values the task's variables the form shows
     * @param typed  what was posted, when the page comes back refused; empty otherwise
     * @param errors messages by input name
     */
    static TaskFormView of(JsonNode form, Map<String, Object> values, Map<String, String> typed, Map<String, String> errors) {
        List<Part> parts = new ArrayList<>();
        for (JsonNode component : form.path("components")) {
            add(component, values, typed, errors, parts);
        }
        return new TaskFormView(List.copyOf(parts));
    }

    /** Whether any input can be changed: a form of read-only inputs only is a page to read and confirm. */
    boolean hasInputs() {
        return parts.stream().anyMatch(p -> p.input() != null && !p.input().readonly()
                || p.items().stream().flatMap(List::stream).anyMatch(i -> !i.readonly()));
    }

    private static void add(JsonNode component, Map<String, Object> values, Map<String, String> typed, Map<String, String> errors,
                            List<Part> parts) {
        String type = component.path("type").asText();
        switch (type) {
            case "text" -> text(component.path("text").asText(""), values, parts);
            case "group" -> component.path("components").forEach(c -> add(c, values, typed, errors, parts));
            case "dynamiclist" -> {
                String path = component.path("path").asText();
                List<List<Input>> items = new ArrayList<>();
                List<Map<String, Object>> current = FormValues.items(values.get(path)).orElse(List.of());
                for (int i = 0; i < current.size(); i++) {
                    List<Input> inputs = new ArrayList<>();
                    for (JsonNode child : component.path("components")) {
                        if (child.hasNonNull("key")) {
                            inputs.add(input(child, path + "[" + i + "]." + child.path("key").asText(), current.get(i).get(child.path("key").asText()),
                                    typed, errors));
                        }
                    }
                    items.add(List.copyOf(inputs));
                }
                parts.add(Part.list(component.path("label").asText(""), List.copyOf(items)));
            }
            default -> {
                if (component.hasNonNull("key")) {
                    String key = component.path("key").asText();
                    parts.add(Part.input(input(component, key, values.get(key), typed, errors)));
                }
            }
        }
    }

    /** The form's text: headings as headings, the rest as paragraphs, {@code {{variable}}} replaced by its value. */
    private static void text(String markdown, Map<String, Object> values, List<Part> parts) {
        StringBuilder paragraph = new StringBuilder();
        for (String line : markdown.split("\\n")) {
            String filled = fill(line.strip(), values);
            Matcher heading = HEADING.matcher(filled);
            if (filled.isEmpty() || heading.matches()) {
                flush(paragraph, parts);
            }
            if (heading.matches()) {
                parts.add(Part.heading(heading.group(2).strip()));
            } else if (!filled.isEmpty()) {
                paragraph.append(paragraph.isEmpty() ? "" : " ").append(filled);
            }
        }
        flush(paragraph, parts);
    }

    private static void flush(StringBuilder paragraph, List<Part> parts) {
        if (!paragraph.isEmpty()) {
            parts.add(Part.text(paragraph.toString()));
            paragraph.setLength(0);
        }
    }

    private static String fill(String text, Map<String, Object> values) {
        Matcher placeholder = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (placeholder.find()) {
            Object value = values.get(placeholder.group(1));
            placeholder.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : plain(value)));
        }
        placeholder.appendTail(out);
        return out.toString();
    }

    private static Input input(JsonNode c, String name, Object value, Map<String, String> typed, Map<String, String> errors) {
        String type = c.path("type").asText();
        String subtype = c.path("subtype").asText(type.equals("datetime") ? "date" : null);
        List<Option> options = new ArrayList<>();
        c.path("values").forEach(v -> options.add(new Option(v.path("value").asText(), v.path("label").asText(v.path("value").asText()))));
        String label = c.hasNonNull("label") ? c.path("label").asText() : c.path("dateLabel").asText(name);
        JsonNode validate = c.path("validate");
        boolean readonly = c.path("readonly").asBoolean(false) || c.path("disabled").asBoolean(false);
        Integer maxLength = validate.hasNonNull("maxLength") ? validate.path("maxLength").asInt() : null;
        String shownValue = value == null ? "" : plain(value);
        String dateText = null;
        String timeText = null;
        String shown = shownValue;
        if (type.equals("datetime")) {
            Optional<LocalDateTime> moment = "date".equals(subtype) ? FormValues.date(value).map(LocalDate::atStartOfDay)
                    : FormValues.instant(value).map(i -> LocalDateTime.ofInstant(i, BuddhistEra.BANGKOK));
            dateText = typed.getOrDefault(name + ".date", typed.get(name));
            timeText = typed.get(name + ".time");
            if (dateText == null) {
                dateText = moment.map(m -> ThaiDateInput.show(m.toLocalDate())).orElse("");
            }
            if (timeText == null) {
                timeText = moment.map(TIME::format).orElse("");
            }
            shown = moment.map(m -> "date".equals(subtype) ? BuddhistEra.format(m.toLocalDate())
                    : BuddhistEra.format(m.atZone(BuddhistEra.BANGKOK).toInstant())).orElse("");
        } else if (!options.isEmpty()) {
            shown = options.stream().filter(o -> o.value().equals(shownValue)).map(Option::label).findFirst().orElse(shownValue);
        }
        String current = typed.containsKey(name) && !readonly ? typed.get(name) : shownValue;
        return new Input(name, type, subtype, label, c.path("description").asText(null), validate.path("required").asBoolean(false), readonly,
                maxLength, List.copyOf(options), current, dateText, timeText, shown, errors.get(name));
    }

    private static String plain(Object value) {
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        if (value instanceof JsonNode node) {
            return node.isTextual() ? node.asText() : node.toString();
        }
        if (value instanceof Instant moment) {
            return BuddhistEra.format(moment);
        }
        return String.valueOf(value);
    }
}
