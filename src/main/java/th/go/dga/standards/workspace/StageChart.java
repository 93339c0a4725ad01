package th.go.dga.standards.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import th.go.dga.standards.registry.StandardStatus;

/**
 * A bar chart of the projects in each stage, drawn by the server as SVG: each stage's name above its bar, the number
 * after it. The geometry is worked out here; the page writes the names in its language.
 *
 * @param width  of the drawing, in its own units ({@code viewBox})
 * @param height of the drawing
 */
record StageChart(List<Bar> bars, int width, int height) {

    static final int WIDTH = 480;
    static final int ROW = 44;
    static final int LONGEST_BAR = 400;

    /**
     * One stage.
     *
     * @param labelY baseline of the stage's name
     * @param barY   top of its bar
     * @param length of its bar; a stage with projects gets at least a sliver, so that it does not look empty
     */
    record Bar(StandardStatus status, long count, int labelY, int barY, int length) {

        public int countX() {
            return length + 8;
        }
    }

    static StageChart of(List<StandardStatus> stages, Map<StandardStatus, Long> counts) {
        long most = stages.stream().mapToLong(s -> counts.getOrDefault(s, 0L)).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        int y = 0;
        for (StandardStatus stage : stages) {
            long count = counts.getOrDefault(stage, 0L);
            int length = most == 0 || count == 0 ? 0 : (int) Math.max(3, Math.round((double) count * LONGEST_BAR / most));
            bars.add(new Bar(stage, count, y + 16, y + 22, length));
            y += ROW;
        }
        return new StageChart(bars, WIDTH, y);
    }
}
