package th.go.dga.standards.draft;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which clause of the older version became which clause of the newer one. Clauses are paired in this order:
 * <ol>
 * <li>same number, same heading and text: unchanged;</li>
 * <li>the same heading and text, spaces and line breaks aside, under another number: moved. Inserting a clause
 * renumbers every clause after it, and pairing by number first would show each of them as rewritten with the words of
 * its neighbour. Only content found once among the clauses not yet paired, in each version, counts, so that two
 * clauses that both say "(ยกเลิก)" are never taken for one another; a clause with neither heading nor text never
 * moves. A clause both renumbered and reworded is not recognised: it shows as removed under its old number and added
 * under its new one, next to each other;</li>
 * <li>same number, different words: changed;</li>
 * <li>what is left is removed from the older version, or added in the newer one.</li>
 * </ol>
 */
final class ClausePairs {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** By the older clause's number. */
    private final Map<String, Clause> became = new HashMap<>();
    /** By the newer clause's number. */
    private final Map<String, Clause> cameFrom = new HashMap<>();

    private ClausePairs() {
    }

    static ClausePairs of(DraftText older, DraftText newer) {
        ClausePairs pairs = new ClausePairs();
        Map<String, Clause> newerByNumber = new HashMap<>();
        newer.clauses().forEach(c -> newerByNumber.put(c.number(), c));

        for (Clause before : older.clauses()) {
            Clause after = newerByNumber.get(before.number());
            if (after != null && before.heading().equals(after.heading()) && before.text().equals(after.text())) {
                pairs.pair(before, after);
            }
        }
        Map<String, List<Clause>> newerByContent = pairs.unpairedByContent(newer.clauses(), pairs.cameFrom);
        pairs.unpairedByContent(older.clauses(), pairs.became).forEach((content, befores) -> {
            List<Clause> afters = newerByContent.getOrDefault(content, List.of());
            if (befores.size() == 1 && afters.size() == 1 && !befores.get(0).number().equals(afters.get(0).number())) {
                pairs.pair(befores.get(0), afters.get(0));
            }
        });
        for (Clause before : older.clauses()) {
            Clause after = newerByNumber.get(before.number());
            if (after != null && !pairs.became.containsKey(before.number()) && !pairs.cameFrom.containsKey(after.number())) {
                pairs.pair(before, after);
            }
        }
        return pairs;
    }

    /** The newer clause the older one became; empty when it was removed. */
    Optional<Clause> became(Clause older) {
        return Optional.ofNullable(became.get(older.number()));
    }

    /** The older clause the newer one came from; empty when it was added. */
    Optional<Clause> cameFrom(Clause newer) {
        return Optional.ofNullable(cameFrom.get(newer.number()));
    }

    private void pair(Clause older, Clause newer) {
        became.put(older.number(), newer);
        cameFrom.put(newer.number(), older);
    }

    /**
     * The clauses not yet paired, by what they say leaving out spaces and line breaks altogether: Thai puts a space
     * between phrases, not words, and a clause retyped under a new number often gains or loses one.
     */
    private Map<String, List<Clause>> unpairedByContent(List<Clause> clauses, Map<String, Clause> paired) {
        Map<String, List<Clause>> byContent = new LinkedHashMap<>();
        for (Clause clause : clauses) {
            String heading = SPACES.matcher(clause.heading()).replaceAll("");
            String text = SPACES.matcher(clause.text()).replaceAll("");
            if (!paired.containsKey(clause.number()) && !(heading.isEmpty() && text.isEmpty())) {
                // a character no clause contains keeps "A" + "B C" apart from "A B" + "C"
                byContent.computeIfAbsent(heading + '\u0000' + text, k -> new ArrayList<>()).add(clause);
            }
        }
        return byContent;
    }
}
