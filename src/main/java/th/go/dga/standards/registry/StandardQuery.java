package th.go.dga.standards.registry;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import th.go.dga.standards.time.BuddhistEra;
import th.go.dga.standards.validation.InvalidInputException;
import th.go.dga.standards.validation.TextCharacters;
import th.go.dga.standards.validation.Violation;

/**
 * A search of the registry: every filter given must match. Text is looked for in the Thai and English titles, the
 * code and the project id.
 *
 * @param statuses     any of these statuses; all when empty
 * @param subjectGroup the group of standards by subject ({@code CORE_DATA}, {@code DIGITAL_PROCESS}…)
 * @param year         the Buddhist-era year of the code
 * @param sort      code, title, status, created or updated
 */
public record StandardQuery(Set<StandardStatus> statuses, StandardKind kind, String workingGroup, String subjectGroup, Integer year, String text,
                            int page, int size, String sort, boolean descending) {

    public static final int MAX_SIZE = 200;
    static final Map<String, String> ORDER = Map.of(
            "code", "kind, standard_number, part, year_be, id",
            "title", "title_th, id",
            "status", "status, id",
            "created", "created_at, id",
            "updated", "updated_at, id");

    public StandardQuery {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    /**
     * Reads the query parameters of the API.
     *
     * @throws InvalidInputException naming each parameter that cannot be used
     */
    public static StandardQuery of(List<String> statuses, String kind, String workingGroup, String subjectGroup, Integer year, String text,
                                   Integer page, Integer size, String sort) {
        List<Violation> violations = new ArrayList<>();
        EnumSet<StandardStatus> wanted = EnumSet.noneOf(StandardStatus.class);
        for (String s : statuses == null ? List.<String>of() : statuses) {
            for (String one : s.split(",")) {
                if (!one.isBlank()) {
                    try {
                        wanted.add(StandardStatus.valueOf(one.strip().toUpperCase(Locale.ROOT)));
                    } catch (IllegalArgumentException e) {
                        violations.add(Violation.of("status", "form.not-an-option", "status", one.strip()));
                    }
                }
            }
        }
        StandardKind k = null;
        if (kind != null && !kind.isBlank()) {
            try {
                k = StandardKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                violations.add(Violation.of("kind", "form.not-an-option", "kind", kind));
            }
        }
        // the text parameters are looked for in the database, which takes no NUL
        TextCharacters.check(violations, "q", text, "q");
        TextCharacters.check(violations, "workingGroup", workingGroup, "workingGroup");
        TextCharacters.check(violations, "subjectGroup", subjectGroup, "subjectGroup");
        if (year != null && !BuddhistEra.isPlausibleYear(year)) {
            violations.add(Violation.of("year", "code.year", String.valueOf(year)));
        }
        int p = page == null ? 0 : page;
        int n = size == null ? 20 : size;
        if (p < 0) {
            violations.add(Violation.of("page", "form.below-min", "page", "0"));
        }
        if (n < 1 || n > MAX_SIZE) {
            violations.add(Violation.of("size", n < 1 ? "form.below-min" : "form.above-max", "size", n < 1 ? "1" : String.valueOf(MAX_SIZE)));
        }
        String field = "code";
        boolean descending = false;
        if (sort != null && !sort.isBlank()) {
            String[] parts = sort.split(",");
            field = parts[0].strip();
            descending = parts.length > 1 && parts[1].strip().equalsIgnoreCase("desc");
            if (!ORDER.containsKey(field) || parts.length > 1 && !parts[1].strip().matches("(?i)asc|desc")) {
                violations.add(Violation.of("sort", "registry.sort-unknown", sort));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new StandardQuery(wanted, k, blankToNull(workingGroup), blankToNull(subjectGroup), year,
                text == null || text.isBlank() ? null : text.strip(), p, n, field, descending);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
