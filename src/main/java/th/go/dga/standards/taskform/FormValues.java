package th.go.dga.standards.taskform;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import th.go.dga.standards.time.BuddhistEra;

/**
 * Reads the values that forms submit, whatever the client: Tasklist sends dates as ISO text and lists as JSON,
 * the REST API may send typed values. A value that cannot be read comes back empty; the form check reports it.
 */
public final class FormValues {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FormValues() {
    }

    /** Text with surrounding blanks removed; empty for null or blank. */
    public static Optional<String> text(Object value) {
        if (value == null) {
            return Optional.empty();
        }
        String text = value instanceof String s ? s : String.valueOf(value);
        return text.isBlank() ? Optional.empty() : Optional.of(text.strip());
    }

    /** A calendar day: "2567-02-15" is not accepted, the form sends the Common Era ("2024-02-15"). */
    public static Optional<LocalDate> date(Object value) {
        if (value instanceof LocalDate d) {
            return Optional.of(d);
        }
        if (value instanceof Date d) {
            return Optional.of(LocalDate.ofInstant(d.toInstant(), BuddhistEra.BANGKOK));
        }
        return text(value).flatMap(t -> {
            try {
                return Optional.of(LocalDate.parse(t.length() > 10 && t.charAt(10) == 'T' ? t.substring(0, 10) : t));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        });
    }

    /**
     * A moment. Text with an offset ("2024-02-29T13:30+07:00", "2024-02-29T06:30:00Z") is read as it says; text
     * without one is Bangkok time.
     */
    public static Optional<Instant> instant(Object value) {
        if (value instanceof Date d) {
            return Optional.of(d.toInstant());
        }
        if (value instanceof Instant i) {
            return Optional.of(i);
        }
        return text(value).flatMap(t -> {
            try {
                return Optional.of(OffsetDateTime.parse(t).toInstant());
            } catch (DateTimeParseException e) {
                try {
                    return Optional.of(LocalDateTime.parse(t).atZone(BuddhistEra.BANGKOK).toInstant());
                } catch (DateTimeParseException e2) {
                    return Optional.empty();
                }
            }
        });
    }

    public static Optional<BigDecimal> number(Object value) {
        if (value instanceof BigDecimal b) {
            return Optional.of(b);
        }
        if (value instanceof Number n) {
            return Optional.of(new BigDecimal(n.toString()));
        }
        return text(value).flatMap(t -> {
            try {
                return Optional.of(new BigDecimal(t));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    public static Optional<Integer> integer(Object value) {
        return number(value).flatMap(n -> {
            try {
                return Optional.of(n.intValueExact());
            } catch (ArithmeticException e) {
                return Optional.empty();
            }
        });
    }

    public static Optional<Boolean> bool(Object value) {
        if (value instanceof Boolean b) {
            return Optional.of(b);
        }
        return text(value).map(t -> t.equalsIgnoreCase("true") ? Boolean.TRUE : t.equalsIgnoreCase("false") ? Boolean.FALSE : null);
    }

    /**
     * The items of a list: a JSON variable (Tasklist's dynamic lists), JSON text or a Java list of maps.
     * Empty when the value is not a list of objects.
     */
    public static Optional<List<Map<String, Object>>> items(Object value) {
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof List<?> list) {
            List<Map<String, Object>> items = new ArrayList<>();
            for (Object item : list) {
                if (!(item instanceof Map<?, ?> map)) {
                    return Optional.empty();
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> typed = (Map<String, Object>) map;
                items.add(typed);
            }
            return Optional.of(items);
        }
        try {
            return Optional.of(JSON.readValue(value.toString(), new TypeReference<List<Map<String, Object>>>() {
            }));
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
    }

    /** The JSON text of a list of items, as Tasklist's dynamic lists read it. */
    public static String json(List<? extends Map<String, ?>> items) {
        try {
            return JSON.writeValueAsString(items);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
