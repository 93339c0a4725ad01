package th.go.dga.standards.taskform;

import java.math.BigDecimal;
import java.util.List;

import th.go.dga.standards.time.DatePlausibility;

/**
 * One input of a Camunda Form, with the checks its schema asks for.
 *
 * @param key       the variable the input is bound to
 * @param type      the form-js component type (textfield, textarea, number, select, radio, checkbox, checklist,
 *                  taglist, datetime, dynamiclist)
 * @param subtype   for datetime: date, time or datetime
 * @param label     the label shown to the user, used in messages
 * @param options   the values a select, radio, checklist or taglist accepts; empty when the options come from a
 *                  variable
 * @param readonly  whether the input only shows a value (not checked: the user cannot change it)
 * @param items     for a dynamic list, the inputs of each item
 * @param dateRange for a date, the dates its step can have ({@code properties.dateRange} of the form)
 */
public record FormField(
        String key,
        String type,
        String subtype,
        String label,
        boolean required,
        Integer minLength,
        Integer maxLength,
        BigDecimal min,
        BigDecimal max,
        String pattern,
        String validationType,
        List<String> options,
        boolean readonly,
        List<FormField> items,
        DatePlausibility.Range dateRange) {

    public FormField {
        options = List.copyOf(options);
        items = List.copyOf(items);
    }

    public String labelOrKey() {
        return label == null || label.isBlank() ? key : label;
    }
}
