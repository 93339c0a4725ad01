package th.go.dga.standards.notification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import th.go.dga.standards.process.CommitteeVoteProcess;
import th.go.dga.standards.registry.Standard;
import th.go.dga.standards.registry.StandardRegistry;
import th.go.dga.standards.security.Groups;
import th.go.dga.standards.voting.BallotService;
import th.go.dga.standards.voting.VotingSettings;

/**
 * Votes that are running out of time. A member who has not voted is reminded {@code standards.voting.reminder-before}
 * the deadline; when the deadline passes with votes missing, the secretariat is told who did not vote (the listener
 * on the deadline timer of {@code committee-vote}). Each reminder is sent once per vote task, whichever node scans.
 */
@Component("voteOverdue")
public class VoteNotices implements ExecutionListener {

    private final Notifications notifications;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final StandardRegistry registry;
    private final BallotService ballots;
    private final VotingSettings voting;
    private final MailSettings settings;

    VoteNotices(Notifications notifications, TaskService tasks, RuntimeService runtime, IdentityService identity, StandardRegistry registry, BallotService ballots,
                VotingSettings voting, MailSettings settings) {
        this.notifications = notifications;
        this.tasks = tasks;
        this.runtime = runtime;
        this.identity = identity;
        this.registry = registry;
        this.ballots = ballots;
        this.voting = voting;
        this.settings = settings;
    }

    /** Reminds every member whose vote is due within the reminder period and who has not been reminded. */
    @Scheduled(fixedDelayString = "#{@votingSettings.reminderScan()}", initialDelayString = "PT1M")
    public int remindDueVotes() {
        Instant horizon = ClockUtil.getCurrentTime().toInstant().plus(voting.reminderBefore());
        int reminded = 0;
        for (Task vote : tasks.createTaskQuery().taskDefinitionKey(CommitteeVoteProcess.CAST_VOTE).active().dueBefore(Date.from(horizon))
                .listPage(0, 1000)) {
            String key = "vote-reminder:" + vote.getId();
            Recipient to = vote.getAssignee() == null || notifications.exists(key) ? null : StaffRecipients.of(identity, vote.getAssignee());
            if (to != null && notifications.queueOnItsOwn(Mail.of(key, "VOTE_REMINDER", to, "vote-reminder", reminder(vote),
                    settings.link("/camunda/app/tasklist/default/#/?task=" + vote.getId())))) {
                reminded++;
            }
        }
        return reminded;
    }

    private Map<String, Object> reminder(Task vote) {
        var instance = runtime.createProcessInstanceQuery().processInstanceId(vote.getProcessInstanceId()).singleResult();
        String businessKey = instance == null ? null : instance.getBusinessKey();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("taskName", vote.getName());
        model.put("standard", businessKey == null ? null : registry.find(businessKey).orElse(null));
        model.put("due", vote.getDueDate().toInstant());
        return model;
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
        List<String> names = missing.stream().map(id -> StaffRecipients.name(identity, id)).toList();
        Standard standard = registry.find(execution.getProcessBusinessKey()).orElse(null);
        for (User member : identity.createUserQuery().memberOfGroup(Groups.SECRETARIAT).list()) {
            Recipient to = StaffRecipients.of(identity, member.getId());
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
}
