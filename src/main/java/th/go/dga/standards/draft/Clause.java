package th.go.dga.standards.draft;

/**
 * One numbered clause of a draft, as read from its Word file.
 *
 * @param number  the clause's number in Arabic digits, without "ข้อ" ({@code "4.2.1"}; {@code ๔.๒} is read as {@code "4.2"})
 * @param heading the clause's heading ({@code "ขอบข่าย"}), or empty when the clause is text only
 * @param text    what the clause says under its heading: paragraphs separated by a line break, a table's cells by a tab
 *                and its rows by a line break; empty for a heading with nothing under it but sub-clauses
 * @param order   the clause's place in the draft, from 1
 */
public record Clause(String number, String heading, String text, int order) {

    /** How much of its text names a clause without a heading in a list. */
    private static final int TITLE_OPENING = 50;

    public Clause {
        if (number == null || number.isBlank()) {
            throw new IllegalArgumentException("a clause has a number");
        }
        heading = heading == null ? "" : heading;
        text = text == null ? "" : text;
    }

    /**
     * A clause number as a person types it ({@code "ข้อ ๔.๒"}, {@code "4.2."}, {@code " 4.2 "}) in the form a clause keeps
     * it ({@code "4.2"}): Thai digits read as Arabic ones, without "ข้อ" and without a trailing dot. What is not a
     * clause number is kept as typed, without its surrounding spaces.
     */
    public static String normalise(String typed) {
        String number = ClauseNumbers.ofLabel(typed);
        return number == null ? typed.strip() : number;
    }

    /** How deep the clause is: 1 for {@code "4"}, 3 for {@code "4.2.1"}. */
    public int depth() {
        return number.split("\\.").length;
    }

    /** The clause as a person cites it: {@code "ข้อ 4.2"}. */
    public String label() {
        return "ข้อ " + number;
    }

    /**
     * What names the clause in a list: its number and heading ({@code "ข้อ 4.2 คำศัพท์"}), or for a clause without a
     * heading its number and the opening words of its text.
     */
    public String title() {
        if (!heading.isEmpty()) {
            return label() + " " + heading;
        }
        String opening = text.lines().findFirst().orElse("").strip();
        if (opening.length() <= TITLE_OPENING) {
            return opening.isEmpty() ? label() : label() + " " + opening;
        }
        // cut between words, never inside a Thai word or between a letter and its vowel or tone mark
        StringBuilder words = new StringBuilder();
        for (String word : ThaiWords.split(opening)) {
            if (words.length() + word.length() > TITLE_OPENING) {
                break;
            }
            words.append(word);
        }
        return label() + " " + words.toString().strip() + "…";
    }

    /** The clause's anchor on a page: {@code "ข้อ-4.2"}. */
    public String anchor() {
        return "ข้อ-" + number;
    }
}
