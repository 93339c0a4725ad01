package th.go.dga.standards.taskform;

/**
 * What a task is called in every list, mail and Cockpit view: the step, the body for a vote, and the standard it is
 * about — {@code ลงมติ (คณะทำงานเทคนิค): (ร่าง) มสพร. 6-5 — ส่วนที่ 5 …}. Cut to the engine's 255 characters with an
 * ellipsis, never in the middle of a Thai character cluster's code point.
 */
public final class TaskName {

    /** The longest name the engine stores. */
    public static final int MAX_LENGTH = 255;

    private TaskName() {
    }

    /**
     * @param step     the step's name in the model ({@code ลงมติ})
     * @param body     the body that votes, or null
     * @param standard the standard's code or, before it has one, its draft label; null when unknown
     * @param title    the standard's Thai title, or null
     */
    public static String of(String step, String body, String standard, String title) {
        StringBuilder name = new StringBuilder(step == null ? "" : step.strip());
        if (body != null && !body.isBlank()) {
            name.append(" (").append(body.strip()).append(')');
        }
        if (standard != null && !standard.isBlank()) {
            name.append(": ").append(standard.strip());
            if (title != null && !title.isBlank()) {
                name.append(" — ").append(title.strip());
            }
        }
        return cut(name.toString());
    }

    private static String cut(String name) {
        if (name.length() <= MAX_LENGTH) {
            return name;
        }
        int end = MAX_LENGTH - 1;
        if (Character.isHighSurrogate(name.charAt(end - 1))) {
            end--;
        }
        return name.substring(0, end) + "…";
    }
}
