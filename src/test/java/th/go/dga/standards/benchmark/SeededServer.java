package th.go.dga.standards.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import th.go.dga.standards.StandardsApplication;
import th.go.dga.standards.registry.NewStandard;
import th.go.dga.standards.registry.Standard;
import th.go.dga.standards.registry.StandardKind;
import th.go.dga.standards.registry.StandardRegistry;
import th.go.dga.standards.registry.StandardStatus;
import th.go.dga.standards.time.BuddhistEra;

/**
 * The application, with {@code --benchmark.projects=N}, fills its own database with N running projects once it has
 * started, through the engine in its own JVM, as fast as it can: each project is registered and its lifecycle started
 * straight at the step it is to wait at (the engine REST API refuses such starts, the Java API does not), so that its
 * tasks, candidate groups, votes and the engine's authorizations are the engine's own. Then, in SQL, the projects'
 * days in their status are spread over the last eight months, a tenth of the tasks made overdue, and a twentieth of
 * the projects given a hearing over five years (for the calendar). It writes {@code --benchmark.seeded-file} when done.
 * <p>
 * Started by {@link PipelineBenchmark} as the server's main class; it uses no other test class, which are not on the
 * server's class path.
 */
public final class SeededServer {

    static final String PROJECTS = "benchmark.projects";
    static final String DONE = "benchmark.seeded-file";
    static final String TITLE = "ร่างมาตรฐานสำหรับทดสอบภาระงาน ลำดับที่ ";

    private SeededServer() {
    }

    public static void main(String[] args) {
        SpringApplication.withHook(application -> new SpringApplicationRunListener() {
            @Override
            public void ready(ConfigurableApplicationContext context, Duration timeTaken) {
                int projects = context.getEnvironment().getProperty(PROJECTS, Integer.class, 0);
                String done = context.getEnvironment().getProperty(DONE);
                if (projects > 0 && done != null) {
                    new Seeder(context).seed(projects, Path.of(done));
                }
            }
        }, () -> StandardsApplication.main(args));
    }

    /** Where a project waits, and what its lifecycle needs to be started there. */
    private enum Step {
        DRAFT("UserTask_PrepareDraft", null),
        TECHNICAL_VOTE("CallActivity_TechnicalReview", null),
        COMMITTEE_VOTE("CallActivity_CommitteeHearingApproval", null),
        SCHEDULE_HEARING("UserTask_ScheduleHearing", StandardStatus.COMMITTEE_REVIEW),
        HEARING("", StandardStatus.HEARING_OPEN),
        FINAL_APPROVAL("UserTask_FinalApproval", null),
        DIRECTOR_SIGNS("UserTask_DirectorSigns", null);

        private final String activity;
        private final StandardStatus status;

        Step(String activity, StandardStatus status) {
            this.activity = activity;
            this.status = status;
        }

        /** Four in ten drafting, then fewer at each later step, as projects thin out along the way. */
        static Step of(int i) {
            return switch (i % 20) {
                case 0, 1, 2, 3, 4, 5, 6, 7 -> DRAFT;
                case 8, 9, 10, 11 -> TECHNICAL_VOTE;
                case 12, 13 -> COMMITTEE_VOTE;
                case 14, 15 -> SCHEDULE_HEARING;
                case 16 -> HEARING;
                case 17, 18 -> FINAL_APPROVAL;
                default -> DIRECTOR_SIGNS;
            };
        }
    }

    private static final class Seeder {

        private static final String[] GROUPS = {"process", "security", "data"};

        private final RuntimeService runtime;
        private final TaskService tasks;
        private final StandardRegistry registry;
        private final JdbcTemplate jdbc;

        Seeder(ConfigurableApplicationContext context) {
            this.runtime = context.getBean(RuntimeService.class);
            this.tasks = context.getBean(TaskService.class);
            this.registry = context.getBean(StandardRegistry.class);
            this.jdbc = context.getBean(JdbcTemplate.class);
        }

        void seed(int projects, Path done) {
            long started = System.nanoTime();
            List<String> ids = new ArrayList<>();
            AtomicInteger failed = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<String>> made = new ArrayList<>();
                for (int i = 0; i < projects; i++) {
                    int n = i;
                    made.add(pool.submit(() -> {
                        try {
                            return project(n);
                        } catch (RuntimeException e) {
                            if (failed.incrementAndGet() <= 5) {
                                e.printStackTrace();
                            }
                            return null;
                        }
                    }));
                }
                for (Future<String> one : made) {
                    String id = one.get();
                    if (id != null) {
                        ids.add(id);
                    }
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                pool.shutdownNow();
            }
            long engineSeconds = (System.nanoTime() - started) / 1_000_000_000L;
            spread(ids);
            String report = "projects " + ids.size() + " failed " + failed.get() + " engine " + engineSeconds + " s total "
                    + (System.nanoTime() - started) / 1_000_000_000L + " s\n";
            try {
                Files.writeString(done, report);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private String project(int i) {
            Step step = Step.of(i);
            String group = GROUPS[i % GROUPS.length];
            StandardKind kind = step == Step.DIRECTOR_SIGNS || i % 2 == 0 ? StandardKind.MSPR : StandardKind.MRD;
            Standard standard = registry.register(new NewStandard(kind, 20000 + i, null, TITLE + (i + 1), "Load test draft standard " + (i + 1),
                    "DIGITAL_PROCESS", "wg-" + group, "twg-" + group, null, null, StandardStatus.DRAFTING));
            if (step.status != null) {
                registry.changeStatus(standard.id(), step.status, "ทดสอบภาระงาน");
            }
            if (!step.activity.isEmpty()) {
                Map<String, Object> variables = new HashMap<>();
                variables.put("standardId", standard.id());
                variables.put("standardTitle", standard.titleTh());
                variables.put("titleTh", standard.titleTh());
                variables.put("kind", kind.name());
                variables.put("workingGroup", standard.workingGroup());
                variables.put("technicalWorkingGroup", standard.technicalWorkingGroup());
                variables.put("draftVersionLabel", "1.0");
                variables.put("draftDocumentRef", "https://example.org/drafts/" + standard.id() + ".pdf");
                runtime.createProcessInstanceByKey("standard-lifecycle").businessKey(standard.id()).setVariables(variables)
                        .startBeforeActivity(step.activity).execute();
            }
            return standard.id();
        }

        /** Days in the status over the last 240 days, a tenth of the tasks overdue, and hearings for the calendar. */
        private void spread(List<String> ids) {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            List<Object[]> since = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                since.add(new Object[] {now.minusDays((i * 7919L) % 240).minusMinutes(i % 1440), ids.get(i)});
            }
            jdbc.batchUpdate("update standard set status_since = ? where id = ?", since);

            List<Object[]> due = new ArrayList<>();
            List<Task> open = tasks.createTaskQuery().list();
            for (int i = 0; i < open.size(); i += 10) {
                due.add(new Object[] {Timestamp.from(Instant.now().minus(1 + i % 20, ChronoUnit.DAYS)), open.get(i).getId()});
            }
            jdbc.batchUpdate("update ACT_RU_TASK set DUE_DATE_ = ? where ID_ = ?", due);

            List<Object[]> hearings = new ArrayList<>();
            LocalDate first = LocalDate.now(BuddhistEra.BANGKOK).minusYears(2);
            List<String> heard = jdbc.queryForList("select id from standard where status = 'HEARING_OPEN' and title_th like ? order by id", String.class,
                    TITLE + "%");
            for (int i = 0; i < heard.size(); i++) {
                LocalDate start = first.plusDays((i * 1826L) / Math.max(1, heard.size()));
                OffsetDateTime meeting = start.plusDays(10).atTime(13, 30).atOffset(ZoneOffset.ofHours(7));
                hearings.add(new Object[] {heard.get(i), start, start.plusDays(30), meeting, meeting.plusHours(2), now});
            }
            jdbc.batchUpdate("""
                    insert into hearing (standard_id, round, comment_period_start, comment_period_end, meeting_start, meeting_end, meeting_link,
                        registration_link, background, status, scheduled_by, scheduled_at)
                    values (?, 1, ?, ?, ?, ?, 'https://teams.example.org/load', 'https://forms.example.org/load', 'ทดสอบภาระงาน', 'OPEN', 'benchmark', ?)""",
                    hearings);
        }
    }
}
