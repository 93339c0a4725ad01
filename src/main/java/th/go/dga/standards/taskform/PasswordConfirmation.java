package th.go.dga.standards.taskform;

import java.util.function.Supplier;

/**
 * Whether the person completing a task has just entered their password again, as a signature asks: true only while
 * the completion that the password confirmed runs, on its own thread. Tasklist, which cannot ask for the password,
 * completes without it, so a step that needs it is refused there and done in the workspace or through the API.
 */
public final class PasswordConfirmation {

    private static final ThreadLocal<Boolean> CONFIRMED = new ThreadLocal<>();

    private PasswordConfirmation() {
    }

    /** Whether the completion running now was confirmed by the password of the user completing it. */
    public static boolean confirmed() {
        return Boolean.TRUE.equals(CONFIRMED.get());
    }

    static <T> T during(Supplier<T> completion) {
        CONFIRMED.set(true);
        try {
            return completion.get();
        } finally {
            CONFIRMED.remove();
        }
    }
}
