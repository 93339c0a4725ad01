package th.go.dga.standards.workspace;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import th.go.dga.standards.registry.ProjectPipeline;
import th.go.dga.standards.registry.StandardStatus;

/**
 * What the overview of projects is asked for: one status or all in progress, an order, a page size and a page.
 *
 * @param status null for every status in progress
 * @param sort   a key of {@link #SORTS}
 * @param page   from 1, as the reader counts
 */
record PipelineRequest(StandardStatus status, String sort, int size, int page) {

    static final List<Integer> SIZES = List.of(10, 20, 50, 100);
    static final int DEFAULT_SIZE = 20;
    static final Map<String, ProjectPipeline.Order> SORTS = sorts();
    static final String DEFAULT_SORT = "waiting";

    /** Reads the page's parameters; an empty one takes its default, one that cannot be used is refused naming it. */
    static PipelineRequest of(String status, String sort, String size, String page) {
        StandardStatus wanted = null;
        if (!blank(status)) {
            wanted = ProjectPipeline.IN_PROGRESS.stream().filter(s -> s.name().equals(status.strip().toUpperCase(Locale.ROOT))).findFirst()
                    .orElseThrow(() -> new PageRefused("pipeline.refused.status", PageRefused.echo(status)));
        }
        String order = blank(sort) ? DEFAULT_SORT : sort.strip().toLowerCase(Locale.ROOT);
        if (!SORTS.containsKey(order)) {
            throw new PageRefused("pipeline.refused.sort", PageRefused.echo(sort));
        }
        int pageSize = blank(size) ? DEFAULT_SIZE : number(size, "pipeline.refused.size");
        if (!SIZES.contains(pageSize)) {
            throw new PageRefused("pipeline.refused.size", PageRefused.echo(size));
        }
        int pageNumber = blank(page) ? 1 : number(page, "pipeline.refused.page");
        if (pageNumber < 1) {
            throw new PageRefused("pipeline.refused.page", PageRefused.echo(page));
        }
        return new PipelineRequest(wanted, order, pageSize, pageNumber);
    }

    ProjectPipeline.Order order() {
        return SORTS.get(sort);
    }

    /** The statuses listed: the one asked for, or every status in progress. */
    List<StandardStatus> statuses() {
        return status == null ? ProjectPipeline.IN_PROGRESS : List.of(status);
    }

    long offset() {
        return (long) (page - 1) * size;
    }

    private static Map<String, ProjectPipeline.Order> sorts() {
        Map<String, ProjectPipeline.Order> sorts = new LinkedHashMap<>();
        sorts.put("waiting", ProjectPipeline.Order.WAITING);
        sorts.put("recent", ProjectPipeline.Order.RECENT);
        sorts.put("code", ProjectPipeline.Order.CODE);
        sorts.put("title", ProjectPipeline.Order.TITLE);
        return Collections.unmodifiableMap(sorts);
    }

    private static int number(String value, String refusal) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new PageRefused(refusal, PageRefused.echo(value));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
