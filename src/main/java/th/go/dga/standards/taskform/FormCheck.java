package th.go.dga.standards.taskform;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import th.go.dga.standards.time.BuddhistEra;
import th.go.dga.standards.time.DatePlausibility;
import th.go.dga.standards.time.EngineTime;
import th.go.dga.standards.validation.TextCharacters;
import th.go.dga.standards.validation.Violation;

/**
 * Checks submitted values against what a form asks: required inputs, types, options, lengths, ranges and patterns,
 * and text free of the characters {@link TextCharacters} refuses.
 */
public final class FormCheck {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()-]{6,20}$");

    private FormCheck() {
    }

    public static List<Violation> violations(FormSchema schema, Map<String, Object> values) {
        return violations(schema, values, EngineTime.today());
    }

    /** The values' violations, with dates judged against {@code today} ({@link DatePlausibility}). */
    public static List<Violation> violations(FormSchema schema, Map<String, Object> values, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        for (FormField field : schema.fields()) {
            check(field, field.key(), values.get(field.key()), today, violations);
        }
        return violations;
    }

    private static void check(FormField field, String name, Object value, LocalDate today, List<Violation> violations) {
        if (field.readonly()) {
            return;
        }
        String label = field.labelOrKey();
        if (field.type().equals("dynamiclist")) {
            if (value == null) {
                return;
            }
            Optional<List<Map<String, Object>>> items = FormValues.items(value);
            if (items.isEmpty()) {
                violations.add(Violation.of(name, "form.not-a-list", label));
                return;
            }
            for (int i = 0; i < items.get().size(); i++) {
                Map<String, Object> item = items.get().get(i);
                for (FormField child : field.items()) {
                    check(child, name + "[" + i + "]." + child.key(), item.get(child.key()), today, violations);
                }
            }
            return;
        }
        if (isEmpty(field, value)) {
            if (field.required()) {
                violations.add(Violation.of(name, field.type().equals("checkbox") ? "form.must-check" : "form.required", label));
            }
            return;
        }
        switch (field.type()) {
            case "number" -> checkNumber(field, name, value, violations);
            case "checkbox" -> {
                if (FormValues.bool(value).isEmpty()) {
                    violations.add(Violation.of(name, "form.not-a-boolean", label));
                }
            }
            case "datetime" -> checkDatetime(field, name, value, today, violations);
            case "select", "radio" -> checkOption(field, name, String.valueOf(value), violations);
            case "checklist", "taglist" -> {
                if (!(value instanceof Collection<?>) && FormValues.items(value).isEmpty() && !(value instanceof String)) {
                    violations.add(Violation.of(name, "form.not-a-list", label));
                } else if (value instanceof Collection<?> chosen) {
                    chosen.forEach(v -> checkOption(field, name, String.valueOf(v), violations));
                }
            }
            default -> checkText(field, name, FormValues.text(value).orElse(""), violations);
        }
    }

    private static boolean isEmpty(FormField field, Object value) {
        if (value == null) {
            return true;
        }
        if (value instanceof Collection<?> c) {
            return c.isEmpty();
        }
        if (field.type().equals("checkbox")) {
            return !Boolean.TRUE.equals(FormValues.bool(value).orElse(null)) && FormValues.bool(value).isPresent();
        }
        return value instanceof String s && s.isBlank();
    }

    private static void checkText(FormField field, String name, String text, List<Violation> violations) {
        String label = field.labelOrKey();
        if (TextCharacters.check(violations, name, text, label)) {
            return;
        }
        int length = text.codePointCount(0, text.length());
        if (field.minLength() != null && length < field.minLength()) {
            violations.add(Violation.of(name, "form.too-short", label, field.minLength()));
        }
        if (field.maxLength() != null && length > field.maxLength()) {
            violations.add(Violation.of(name, "form.too-long", label, field.maxLength(), length));
        }
        if (field.pattern() != null && !field.pattern().isBlank()) {
            try {
                if (!Pattern.compile(field.pattern()).matcher(text).matches()) {
                    violations.add(Violation.of(name, "form.pattern", label));
                }
            } catch (PatternSyntaxException e) {
                throw new IllegalStateException("form field " + field.key() + " has a broken pattern: " + field.pattern(), e);
            }
        }
        if ("email".equals(field.validationType()) && !EMAIL.matcher(text).matches()) {
            violations.add(Violation.of(name, "form.email", label));
        }
        if ("phone".equals(field.validationType()) && !PHONE.matcher(text).matches()) {
            violations.add(Violation.of(name, "form.phone", label));
        }
    }

    private static void checkNumber(FormField field, String name, Object value, List<Violation> violations) {
        String label = field.labelOrKey();
        Optional<BigDecimal> number = FormValues.number(value);
        if (number.isEmpty()) {
            violations.add(Violation.of(name, "form.not-a-number", label));
            return;
        }
        if (field.min() != null && number.get().compareTo(field.min()) < 0) {
            violations.add(Violation.of(name, "form.below-min", label, field.min().toPlainString()));
        }
        if (field.max() != null && number.get().compareTo(field.max()) > 0) {
            violations.add(Violation.of(name, "form.above-max", label, field.max().toPlainString()));
        }
    }

    private static void checkDatetime(FormField field, String name, Object value, LocalDate today, List<Violation> violations) {
        String subtype = field.subtype() == null ? "date" : field.subtype();
        if (subtype.equals("time")) {
            if (!FormValues.text(value).map(t -> t.matches("^\\d{2}:\\d{2}(:\\d{2})?([+-]\\d{2}:?\\d{2}|Z)?$")).orElse(false)) {
                violations.add(Violation.of(name, "form.not-a-date", field.labelOrKey()));
            }
            return;
        }
        Optional<LocalDate> day = subtype.equals("date") ? FormValues.date(value)
                : FormValues.instant(value).map(moment -> LocalDate.ofInstant(moment, BuddhistEra.BANGKOK));
        if (day.isEmpty()) {
            violations.add(Violation.of(name, "form.not-a-date", field.labelOrKey()));
            return;
        }
        DatePlausibility.check(name, field.labelOrKey(), day.get(), today, field.dateRange()).ifPresent(violations::add);
    }

    private static void checkOption(FormField field, String name, String value, List<Violation> violations) {
        if (!field.options().isEmpty() && !field.options().contains(value)) {
            violations.add(Violation.of(name, "form.not-an-option", field.labelOrKey(), value));
        }
    }
}
