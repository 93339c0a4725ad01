package th.go.dga.standards.validation;

/**
 * A request parameter naming a constant: absent is null, a name that is not one of the constants is refused naming the
 * field.
 */
public final class EnumParameter {

    private EnumParameter() {
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(Violation.of(field, "form.not-an-option", field, value));
        }
    }
}
