package th.go.dga.standards.config;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;

import th.go.dga.standards.support.ApplicationTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine's history cleanup is scheduled at start-up, in the night window the configuration gives it. */
class HistoryCleanupTests extends ApplicationTestSupport {

    @Test
    void theCleanupJobIsScheduledInsideTheNightWindow() {
        List<Job> jobs = historyService.findHistoryCleanupJobs();
        assertThat(jobs).isNotEmpty();
        for (Job job : jobs) {
            LocalTime due = job.getDuedate().toInstant().atZone(ZoneId.of("Asia/Bangkok")).toLocalTime();
            assertThat(due).isBetween(LocalTime.of(1, 0), LocalTime.of(5, 0));
        }
    }
}
