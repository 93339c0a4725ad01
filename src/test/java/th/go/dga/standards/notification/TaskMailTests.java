package th.go.dga.standards.notification;

import java.time.Duration;
import java.util.List;

import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import th.go.dga.standards.process.CommitteeVoteProcess;
import th.go.dga.standards.registry.StandardKind;
import th.go.dga.standards.support.ApplicationTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the people of the workflow are told by mail, in their language: a task waiting for them, a vote running out of
 * time, a deadline passed with votes missing. Without a mail server the mails stay in the log, where they are read.
 */
@SpringBootTest
class TaskMailTests extends ApplicationTestSupport {

    @Autowired Notifications notifications;
    @Autowired VoteNotices votes;

    @AfterEach
    void thaiAgain() {
        identityService.deleteUserInfo("malee", StaffRecipients.LOCALE_INFO);
    }

    @Test
    void eachMemberIsToldOfTheirVoteInTheirLanguageWithTheDeadlineInTheBuddhistEra() {
        identityService.setUserInfo("malee", StaffRecipients.LOCALE_INFO, "en");
        String id = steps().register(StandardKind.MSPR, nextNumber(), null);
        Notification drafting = mailFor(steps().lifecycle(id).getId(), "anan");
        assertThat(drafting.subject()).startsWith("งานรอท่าน: จัดทำร่างมาตรฐาน");
        steps().draft(id, "1.0");
        runDueJobs();

        Notification chaiwat = notifications.byKey(key(steps().voteOf(id, "chaiwat"), "chaiwat")).orElseThrow();
        assertThat(chaiwat.status()).isEqualTo(NotificationStatus.RECORDED);
        assertThat(chaiwat.recipient()).isEqualTo("chaiwat@demo.standards.example");
        assertThat(chaiwat.subject()).isEqualTo("งานรอท่าน: ลงมติ (คณะทำงานเทคนิค): " + registry.get(id).displayCode() + " — " + registry.get(id).titleTh());
        assertThat(chaiwat.body()).contains("เรียน คุณชัยวัฒน์ ทองดี").contains("กำหนดเสร็จ: 10 ธันวาคม 2569 เวลา 09:00 น.")
                .contains("/camunda/app/tasklist/default/#/?task=" + steps().voteOf(id, "chaiwat").getId());

        Notification malee = notifications.byKey(key(steps().voteOf(id, "malee"), "malee")).orElseThrow();
        assertThat(malee.locale()).isEqualTo("en");
        assertThat(malee.subject()).startsWith("A task is waiting for you: ลงมติ");
        assertThat(malee.body()).contains("Dear มาลี สุขใจ").contains("Due: 10 December 2026, 09:00");
    }

    @Test
    void aTaskForAGroupIsToldToEachMemberOnceAndClaimingItSendsNothingMore() {
        String id = steps().register(StandardKind.MSPR, nextNumber(), null);
        Task drafting = task(id, "UserTask_PrepareDraft");
        assertThat(List.of("anan", "pranee")).allSatisfy(user -> assertThat(notifications.exists(key(drafting, user))).isTrue());
        long before = notifications.log(null, null, "TASK", 1000).size();
        taskService.claim(drafting.getId(), "anan");
        actAs("anan");
        try {
            taskService.setAssignee(drafting.getId(), "pranee");
        } finally {
            identityService.clearAuthentication();
        }
        assertThat(notifications.log(null, null, "TASK", 1000)).as("pranee was told when the task was created").hasSize((int) before);
    }

    @Test
    void membersWhoHaveNotVotedAreRemindedOnceBeforeTheDeadlineAndTheSecretariatLearnsWhoNeverVoted() {
        String id = steps().register(StandardKind.MSPR, nextNumber(), null);
        steps().draft(id, "1.0");
        steps().approve(id, "chaiwat", "malee");
        // the drafting committee votes next; two of five vote, which is no quorum of its own
        steps().vote(id, "prasert", "APPROVE", null);
        steps().vote(id, "wanida", "APPROVE", null);
        Task somchai = steps().voteOf(id, "somchai");

        moveClockTo(somchai.getDueDate().toInstant().minus(Duration.ofDays(4)));
        assertThat(votes.remindDueVotes()).as("too early").isZero();
        moveClockTo(somchai.getDueDate().toInstant().minus(Duration.ofDays(2)));
        assertThat(votes.remindDueVotes()).as("somchai, ratana, pongsakorn, and members of other tests' votes").isGreaterThanOrEqualTo(3);
        assertThat(List.of("somchai", "ratana", "pongsakorn"))
                .allSatisfy(member -> assertThat(notifications.exists("vote-reminder:" + steps().voteOf(id, member).getId())).isTrue());
        assertThat(votes.remindDueVotes()).as("once").isZero();
        Notification reminder = notifications.byKey("vote-reminder:" + somchai.getId()).orElseThrow();
        assertThat(reminder.recipient()).isEqualTo("somchai@demo.standards.example");
        assertThat(reminder.subject()).startsWith("เตือน: ขอให้ลงมติภายใน");
        assertThat(reminder.body()).contains("ท่านยังไม่ได้ลงมติ");
        assertThat(notifications.log(null, "prasert@demo.standards.example", "VOTE_REMINDER", 10)).as("prasert has voted").isEmpty();

        moveClockAndRunJobs(somchai.getDueDate().toInstant().plusSeconds(60));
        String code = registry.get(id).displayCode();
        List<Notification> overdue = notifications.log(null, null, "VOTE_OVERDUE", 100).stream().filter(n -> n.subject().endsWith(code)).toList();
        assertThat(overdue).extracting(Notification::recipient)
                .containsExactlyInAnyOrder("somsri@demo.standards.example", "wichai@demo.standards.example");
        assertThat(overdue.get(0).body()).contains("ผู้ที่ยังไม่ได้ลงมติ").contains("- สมชาย").doesNotContain("- ประเสริฐ");
        assertThat(tasks(id, CommitteeVoteProcess.CAST_VOTE)).isEmpty();
    }

    private Notification mailFor(String processInstanceId, String userId) {
        Task task = taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult();
        return notifications.byKey(key(task, userId)).orElseThrow();
    }

    private static String key(Task task, String userId) {
        return "task:" + task.getId() + ":" + userId;
    }
}
