package th.go.dga.standards.workspace;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.util.MultiValueMap;

import th.go.dga.standards.taskform.FormCheck;
import th.go.dga.standards.taskform.FormField;
import th.go.dga.standards.taskform.FormSchema;
import th.go.dga.standards.taskform.FormValues;
import th.go.dga.standards.time.BuddhistEra;
import th.go.dga.standards.time.ThaiDateInput;
import th.go.dga.standards.validation.Violation;

/**
 * A task form posted from the workspace, read into the values Tasklist would submit for the same form: dates typed
 * in the Buddhist era become ISO dates, a date and time becomes Bangkok wall time without an offset (as the forms'
 * {@code timeSerializingFormat: no_timezone} makes Tasklist send it), numbers become numbers. Read-only inputs are
 * not taken from the browser; in a list, the items keep their read-only values and take the editable ones posted.
 *
 * @param values   the values to complete the task with
 * @param problems what could not be read at all (a date that is no date); the values are then not submitted
 */
record TaskFormPost(Map<String, Object> values, List<Violation> problems) {

    static TaskFormPost read(FormSchema schema, Map<String, Object> current, MultiValueMap<String, String> posted) {
        Map<String, Object> values = new LinkedHashMap<>();
        List<Violation> problems = new ArrayList<>();
        for (FormField field : schema.fields()) {
            if (field.readonly()) {
                continue;
            }
            if (field.type().equals("dynamiclist")) {
                List<Map<String, Object>> items = new ArrayList<>();
                List<Map<String, Object>> stored = FormValues.items(current.get(field.key())).orElse(List.of());
                for (int i = 0; i < stored.size(); i++) {
                    Map<String, Object> item = new LinkedHashMap<>(stored.get(i));
                    for (FormField child : field.items()) {
                        if (!child.readonly()) {
                            read(child, field.key() + "[" + i + "]." + child.key(), posted, problems).ifPresent(v -> item.put(child.key(), v.value()));
                        }
                    }
                    items.add(item);
                }
                values.put(field.key(), items);
            } else {
                read(field, field.key(), posted, problems).ifPresent(v -> values.put(field.key(), v.value()));
            }
        }
        return new TaskFormPost(values, List.copyOf(problems));
    }

    /**
     * What stops the values from being sent: the inputs that could not be read at all, then what the form's own
     * checks find in the others, so that every refused input shows on the first return of the page.
     */
    List<Violation> refusals(FormSchema schema) {
        List<Violation> refused = new ArrayList<>(problems);
        List<String> unreadable = problems.stream().map(Violation::field).toList();
        FormCheck.violations(schema, values).stream().filter(v -> !unreadable.contains(v.field())).forEach(refused::add);
        return refused;
    }

    /**
     * Refusals as the page shows them: by input name next to each input, and those of no input at the top.
     *
     * @param errors  the messages by input name
     * @param general the messages that concern no one input
     */
    record Shown(Map<String, String> errors, List<String> general) {

        static Shown of(List<Violation> refused, Locale locale) {
            Map<String, String> errors = new LinkedHashMap<>();
            List<String> general = new ArrayList<>();
            for (Violation violation : refused) {
                if (violation.field() == null) {
                    general.add(violation.message(locale));
                } else {
                    errors.merge(violation.field(), violation.message(locale), (a, b) -> a + " " + b);
                }
            }
            return new Shown(errors, general);
        }
    }

    /** A value read, {@code null} included (an input left empty). */
    private record Read(Object value) {
    }

    private static Optional<Read> read(FormField field, String name, MultiValueMap<String, String> posted, List<Violation> problems) {
        String label = field.labelOrKey();
        String text = posted.getFirst(name);
        switch (field.type()) {
            case "checkbox" -> {
                return Optional.of(new Read("true".equals(text)));
            }
            case "checklist", "taglist" -> {
                return Optional.of(new Read(List.copyOf(posted.getOrDefault(name, List.of()))));
            }
            case "number" -> {
                if (text == null || text.isBlank()) {
                    return Optional.of(new Read(null));
                }
                try {
                    BigDecimal number = new BigDecimal(BuddhistEra.arabicDigits(text.strip()).replace(",", ""));
                    return Optional.of(new Read(number.scale() <= 0 ? (Object) number.longValueExact() : (Object) number.doubleValue()));
                } catch (NumberFormatException | ArithmeticException e) {
                    problems.add(Violation.of(name, "form.not-a-number", label));
                    return Optional.empty();
                }
            }
            case "datetime" -> {
                return date(field, name, posted, problems);
            }
            default -> {
                return Optional.of(new Read(text == null || text.isEmpty() ? null : text));
            }
        }
    }

    private static Optional<Read> date(FormField field, String name, MultiValueMap<String, String> posted, List<Violation> problems) {
        String label = field.labelOrKey();
        String subtype = field.subtype() == null ? "date" : field.subtype();
        String dayText = subtype.equals("date") ? posted.getFirst(name) : posted.getFirst(name + ".date");
        String timeText = posted.getFirst(name + ".time");
        if (subtype.equals("time")) {
            if (timeText == null || timeText.isBlank()) {
                return Optional.of(new Read(null));
            }
            ThaiDateInput.TimeReading time = ThaiDateInput.readTime(name, label, timeText);
            return report(time.problem(), problems).map(ok -> new Read(time.time().toString()));
        }
        if ((dayText == null || dayText.isBlank()) && (timeText == null || timeText.isBlank())) {
            return Optional.of(new Read(null));
        }
        ThaiDateInput.Reading day = ThaiDateInput.read(name, label, dayText);
        if (report(day.problem(), problems).isEmpty()) {
            return Optional.empty();
        }
        if (subtype.equals("date")) {
            return Optional.of(new Read(day.date().toString()));
        }
        if (timeText == null || timeText.isBlank()) {
            problems.add(Violation.of(name, "form.time-required", label));
            return Optional.empty();
        }
        ThaiDateInput.TimeReading time = ThaiDateInput.readTime(name, label, timeText);
        return report(time.problem(), problems).map(ok -> new Read(LocalDateTime.of(day.date(), time.time()).toString()));
    }

    private static Optional<Boolean> report(Violation problem, List<Violation> problems) {
        if (problem == null) {
            return Optional.of(true);
        }
        problems.add(problem);
        return Optional.empty();
    }
}
