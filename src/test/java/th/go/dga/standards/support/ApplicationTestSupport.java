package th.go.dga.standards.support;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import th.go.dga.standards.hearing.HearingService;
import th.go.dga.standards.lifecycle.ProjectRegistration;
import th.go.dga.standards.lifecycle.ProjectRequest;
import th.go.dga.standards.registry.Standard;
import th.go.dga.standards.registry.StandardKind;
import th.go.dga.standards.registry.StandardRegistry;
import th.go.dga.standards.taskform.TaskWork;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A running application on an in-memory database with the demo users, and the engine clock under the test's
 * control: timers fire when the test moves the clock and runs the jobs that are due, never by waiting. API tests
 * call the application through {@code MockMvc}, with the security filters in place.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
public abstract class ApplicationTestSupport {

    /** Thursday 26 November 2569, 09:00 in Bangkok: every test starts here. */
    protected static final Instant START = OffsetDateTime.parse("2026-11-26T09:00+07:00").toInstant();

    @Autowired protected RuntimeService runtimeService;
    @Autowired protected TaskService taskService;
    @Autowired protected FormService formService;
    @Autowired protected ManagementService managementService;
    @Autowired protected IdentityService identityService;
    @Autowired protected HistoryService historyService;
    @Autowired protected RepositoryService repositoryService;
    @Autowired protected StandardRegistry registry;
    @Autowired protected ProjectRegistration projects;

    @Autowired private ProcessEngine processEngine;
    @Autowired private HearingService hearingService;
    @Autowired private TaskWork taskWork;

    /** The password of every demo user. */
    protected static final String DEMO_PASSWORD = "demo";

    @BeforeEach
    void startTheClock() {
        ClockUtil.setCurrentTime(Date.from(START));
        // several contexts, each with an engine of its own, live in one test run: assert against this one
        AbstractAssertions.init(processEngine);
    }

    @AfterEach
    void resetTheClock() {
        ClockUtil.reset();
        identityService.clearAuthentication();
        AbstractAssertions.reset();
    }

    protected Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    protected void moveClockTo(Instant moment) {
        ClockUtil.setCurrentTime(Date.from(moment));
    }

    /** Moves the clock and runs every job that has become due, as the job executor would. */
    protected void moveClockAndRunJobs(Instant moment) {
        moveClockTo(moment);
        runDueJobs();
    }

    protected void runDueJobs() {
        for (int round = 0; round < 100; round++) {
            List<Job> due = managementService.createJobQuery().executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> managementService.executeJob(job.getId()));
        }
        throw new AssertionError("jobs keep becoming due: a timer loop?");
    }

    /** Acts as {@code userId}, with their groups, as Tasklist does for a logged-in user. */
    protected void actAs(String userId) {
        List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        identityService.setAuthentication(userId, groups);
    }

    /** The one open task of a standard at this step, in its own process or any process it called. */
    protected Task task(String businessKey, String activityId) {
        List<Task> tasks = tasks(businessKey, activityId);
        assertThat(tasks).as("open tasks %s of %s", activityId, businessKey).hasSize(1);
        return tasks.get(0);
    }

    protected List<Task> tasks(String businessKey, String activityId) {
        return taskService.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(activityId)
                .orderByTaskAssignee().asc().list();
    }

    protected List<Task> openTasks(String businessKey) {
        return taskService.createTaskQuery().processInstanceBusinessKey(businessKey).list();
    }

    /** Completes the task through its form as {@code userId} would in Tasklist: claims it first if nobody has. */
    protected void submit(Task task, String userId, Map<String, Object> values) {
        actAs(userId);
        try {
            if (task.getAssignee() == null) {
                taskService.claim(task.getId(), userId);
            }
            formService.submitTaskForm(task.getId(), new HashMap<>(values));
        } finally {
            identityService.clearAuthentication();
        }
    }

    protected void submit(String businessKey, String activityId, String userId, Map<String, Object> values) {
        submit(task(businessKey, activityId), userId, values);
    }

    /**
     * Signs at a sign step as the signer does in the workspace, confirming with the demo password, then lets the job
     * executor issue the announcement.
     */
    protected void sign(String businessKey, String activityId, String userId) {
        confirmSignature(businessKey, activityId, userId);
        runDueJobs();
    }

    /** Signs at a sign step, confirming with the demo password; the announcement waits for the job executor. */
    protected void confirmSignature(String businessKey, String activityId, String userId) {
        Task task = task(businessKey, activityId);
        actAs(userId);
        try {
            if (task.getAssignee() == null) {
                taskService.claim(task.getId(), userId);
            }
            taskWork.complete(task.getId(), Map.of("signDecision", "SIGN"), DEMO_PASSWORD);
        } finally {
            identityService.clearAuthentication();
        }
    }

    /** The lifecycle's steps, each done by the demo user who holds the role. */
    protected LifecycleSteps steps() {
        return new LifecycleSteps(this, hearingService);
    }

    /** A project registered without a process, for tests of the processes it calls. */
    protected Standard registeredProject(StandardKind kind) {
        return projects.register(new ProjectRequest("ร่างมาตรฐานทดสอบ", "Test draft standard", kind, NUMBERS.incrementAndGet(), 1,
                "DIGITAL_PROCESS", "wg-process", "twg-process", null));
    }

    /** Numbers of test projects, unique in a test run so that two of them never claim the same code. */
    private static final AtomicInteger NUMBERS = new AtomicInteger(100);

    /** A project number no other test project of this run has. */
    protected static int nextNumber() {
        return NUMBERS.incrementAndGet();
    }

    protected static Map<String, Object> values(Object... keysAndValues) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return values;
    }
}
