package th.go.dga.standards.notification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import th.go.dga.standards.config.StandardsProperties;
import th.go.dga.standards.registry.Standard;
import th.go.dga.standards.registry.StandardRegistry;
import th.go.dga.standards.security.Groups;
import th.go.dga.standards.voting.BallotService;
import th.go.dga.standards.voting.CommitteeVoteProcess;

/**
 * Votes that are running out of time. A member who has not voted is reminded {@code standards.voting.reminder-before}
 * the deadline; when the deadline passes with votes missing, the secretariat is told who did not vote (the listener
 * on the deadline timer of {@code committee-vote}). Each reminder is sent once per vote task, whichever node scans.
 */
@Component("voteOverdue")
public class VoteNotices implements ExecutionListener {

    private static final Logger LOG = LoggerFactory.getLogger(VoteNotices.class);

    private final Notifications notifications;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final StandardRegistry registry;
    private final BallotService ballots;
    private final StandardsProperties properties;
    private final MailSettings settings;
    private final TransactionTemplate transaction;

    VoteNotices(Notifications notifications, TaskService tasks, RuntimeService runtime, IdentityService identity, StandardRegistry registry, BallotService ballots,
                StandardsProperties properties, MailSettings settings, TransactionTemplate transaction) {
        this.notifications = notifications;
        this.tasks = tasks;
        this.runtime = runtime;
        this.identity = identity;
        this.registry = registry;
        this.ballots = ballots;
        this.properties = properties;
        this.settings = settings;
        this.transaction = transaction;
    }

    /** Reminds every member whose vote is due within the reminder period and who has not been reminded. */
    @Scheduled(fixedDelayString = "${standards.voting.reminder-scan:PT15M}", initialDelayString = "PT1M")
    public int remindDueVotes() {
        Instant horizon = ClockUtil.getCurrentTime().toInstant().plus(properties.voting().reminderBefore());
        int reminded = 0;
        for (Task vote : tasks.createTaskQuery().taskDefinitionKey(CommitteeVoteProcess.CAST_VOTE).active().dueBefore(Date.from(horizon))
                .listPage(0, 1000)) {
            String key = "vote-reminder:" + vote.getId();
            if (vote.getAssignee() == null || notifications.exists(key)) {
                continue;
            }
            try {
                Boolean queued = transaction.execute(status -> remind(vote, key));
                reminded += Boolean.TRUE.equals(queued) ? 1 : 0;
            } catch (DuplicateKeyException another) {
                // another node reminded them at the same moment
            } catch (RuntimeException e) {
                LOG.warn("vote reminder for task {} not queued", vote.getId(), e);
            }
        }
        return reminded;
    }

    private boolean remind(Task vote, String key) {
        Recipient to = recipient(vote.getAssignee());
        if (to == null) {
            return false;
        }
        var instance = runtime.createProcessInstanceQuery().processInstanceId(vote.getProcessInstanceId()).singleResult();
        String businessKey = instance == null ? null : instance.getBusinessKey();
        Standard standard = businessKey == null ? null : registry.find(businessKey).orElse(null);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("taskName", vote.getName());
        model.put("standard", standard);
        model.put("due", vote.getDueDate().toInstant());
        return notifications.queue(Mail.of(key, "VOTE_REMINDER", to, "vote-reminder", model,
                settings.link("/camunda/app/tasklist/default/#/?task=" + vote.getId())));
    }

    /** The deadline has passed: the secretariat learns who did not vote. */
    @Override
    public void notify(DelegateExecution execution) {
        long ballotId = ((Number) execution.getVariable(CommitteeVoteProcess.Var.BALLOT_ID)).longValue();
        List<String> missing = new ArrayList<>();
        Object voters = execution.getVariable(CommitteeVoteProcess.Var.VOTERS);
        if (voters instanceof List<?> list) {
            List<String> voted = ballots.voted(ballotId);
            list.stream().map(String::valueOf).filter(v -> !voted.contains(v)).forEach(missing::add);
        }
        if (missing.isEmpty()) {
            return;
        }
        List<String> names = missing.stream().map(this::displayName).toList();
        Standard standard = registry.find(execution.getProcessBusinessKey()).orElse(null);
        for (User member : identity.createUserQuery().memberOfGroup(Groups.SECRETARIAT).list()) {
            Recipient to = recipient(member.getId());
            if (to == null) {
                continue;
            }
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("body", execution.getVariable(CommitteeVoteProcess.Var.VOTING_BODY_NAME));
            model.put("standard", standard);
            model.put("missing", names);
            model.put("due", ClockUtil.getCurrentTime().toInstant());
            notifications.queue(Mail.of("vote-overdue:" + ballotId + ":" + member.getId(), "VOTE_OVERDUE", to, "vote-overdue", model,
                    settings.link("/camunda/app/tasklist/")));
        }
    }

    private String displayName(String userId) {
        User user = identity.createUserQuery().userId(userId).singleResult();
        return user == null ? userId : (user.getFirstName() + " " + user.getLastName()).strip();
    }

    private Recipient recipient(String userId) {
        User user = identity.createUserQuery().userId(userId).singleResult();
        if (user == null || user.getEmail() == null || user.getEmail().isBlank()) {
            return null;
        }
        String locale = identity.getUserInfo(userId, TaskNotices.LOCALE_INFO);
        return new Recipient(user.getEmail(), (user.getFirstName() + " " + user.getLastName()).strip(),
                locale == null ? null : Locale.forLanguageTag(locale));
    }
}
