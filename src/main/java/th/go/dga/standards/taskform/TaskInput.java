package th.go.dga.standards.taskform;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The values submitted to one step of a process, with where and when they were submitted.
 *
 * @param processDefinitionKey the process, {@code standard-lifecycle} say
 * @param activityId           the user task or start event, {@code UserTask_ScheduleHearing} say
 * @param businessKey          the standard's id, when the process has one yet
 * @param values               every variable visible to the step, the submitted ones included
 * @param now                  the engine's time of submission
 */
public record TaskInput(String processDefinitionKey, String activityId, String businessKey, Map<String, Object> values, Instant now) {

    public Object get(String key) {
        return values.get(key);
    }

    public Optional<String> text(String key) {
        return FormValues.text(values.get(key));
    }

    public Optional<LocalDate> date(String key) {
        return FormValues.date(values.get(key));
    }

    public Optional<Instant> instant(String key) {
        return FormValues.instant(values.get(key));
    }

    public Optional<BigDecimal> number(String key) {
        return FormValues.number(values.get(key));
    }

    public Optional<List<Map<String, Object>>> items(String key) {
        return FormValues.items(values.get(key));
    }

    /** The value of a choice as an enum constant, empty when missing or not one of the constants. */
    public <E extends Enum<E>> Optional<E> choice(String key, Class<E> type) {
        return text(key).flatMap(t -> {
            try {
                return Optional.of(Enum.valueOf(type, t));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
    }
}
