package th.go.dga.standards.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import th.go.dga.standards.document.UploadedFile;
import th.go.dga.standards.draft.DraftVersion;
import th.go.dga.standards.drafting.DraftSteps;
import th.go.dga.standards.drafting.DraftUploads;
import th.go.dga.standards.engine.EngineAccess;
import th.go.dga.standards.hearing.CommentService;
import th.go.dga.standards.hearing.CommentType;
import th.go.dga.standards.hearing.Hearing;
import th.go.dga.standards.hearing.HearingService;
import th.go.dga.standards.hearing.NewComment;
import th.go.dga.standards.lifecycle.ProcessStarts;
import th.go.dga.standards.process.CommitteeVoteProcess;
import th.go.dga.standards.process.PublicHearingProcess;
import th.go.dga.standards.process.StandardLifecycleProcess;
import th.go.dga.standards.process.StandardPromotionProcess;
import th.go.dga.standards.promotion.PromotionStarts;
import th.go.dga.standards.registry.Standard;
import th.go.dga.standards.registry.StandardCode;
import th.go.dga.standards.registry.StandardRegistry;
import th.go.dga.standards.security.Caller;
import th.go.dga.standards.taskform.TaskView;
import th.go.dga.standards.taskform.TaskWork;
import th.go.dga.standards.time.BuddhistEra;
import th.go.dga.standards.time.EngineTime;

import static th.go.dga.standards.process.StandardLifecycleProcess.Var.*;

/**
 * Seeds three projects in progress, so that a newcomer finds work on the first start: มสพร. 6 part 5 under an open
 * hearing, its draft readable clause by clause and already commented on; a project waiting for {@code anan}'s first
 * draft; and a draft before the technical working group, whose members each have a vote to cast. Every step is taken
 * as the demo user who holds the role, through the same forms and services as the workspace, with dates from today in
 * Bangkok. Once, in one transaction: when a demo project is found, nothing is seeded, so a restart changes nothing.
 */
@Component
@ConditionalOnProperty(name = "standards.demo.enabled", havingValue = "true")
class DemoProjects {

    private static final Logger log = LoggerFactory.getLogger(DemoProjects.class);

    /** A project to register, as the registration form takes it. */
    record Project(String titleTh, String titleEn, int number, Integer part) {

        Map<String, Object> registration() {
            Map<String, Object> values = new HashMap<>();
            values.put(TITLE_TH, titleTh);
            values.put(TITLE_EN, titleEn);
            values.put(KIND, "MSPR");
            values.put(STANDARD_NUMBER, String.valueOf(number));
            if (part != null) {
                // a number field of the form, as Tasklist submits it
                values.put(PART, part.longValue());
            }
            values.put(SUBJECT_GROUP, "DIGITAL_PROCESS");
            values.put(WORKING_GROUP, "wg-process");
            values.put(TECHNICAL_WORKING_GROUP, "twg-process");
            return values;
        }
    }

    static final Project UNDER_HEARING = new Project(
            "มาตรฐานสำนักงานพัฒนารัฐบาลดิจิทัล ว่าด้วยแนวปฏิบัติกระบวนการทางดิจิทัลภาครัฐ – ส่วนที่ 5 เรื่อง การจัดระดับบริการดิจิทัลภาครัฐ",
            "Guidelines for digital government process – part 5: rating government digital services", 6, 5);
    static final Project AWAITING_DRAFT = new Project(
            "มาตรฐานสำนักงานพัฒนารัฐบาลดิจิทัล ว่าด้วยการแจ้งผลการพิจารณาและการออกใบอนุญาตในรูปแบบดิจิทัล",
            "Digital notices of decisions and digital permits", 8, null);
    static final Project BEFORE_VOTE = new Project(
            "มาตรฐานสำนักงานพัฒนารัฐบาลดิจิทัล ว่าด้วยแนวทางการออกแบบแบบฟอร์มคำขอทางดิจิทัลสำหรับบริการภาครัฐ",
            "Designing digital application forms for government services", 7, null);

    static final List<Project> PROJECTS = List.of(UNDER_HEARING, AWAITING_DRAFT, BEFORE_VOTE);

    /** The published community standard the demo proposes to the committee, and the number of the government standard it becomes. */
    static final String PROMOTED_SOURCE = "มสพร. 1-2564";
    static final int PROMOTED_NUMBER = 3;
    /** The other three the source says are being proposed to the committee, each with its committee's votes open. */
    static final Map<String, Integer> PROPOSED = Map.of("มสพร. 2-1:2564", 4, "มสพร. 2-2:2564", 5, "มสพร. 3-2565", 6);

    /** Days of the comment period, the first and the last included, and days from its start to the meeting. */
    static final int COMMENT_DAYS = 30;
    static final int DAYS_TO_MEETING = 14;
    static final LocalTime MEETING_START = LocalTime.of(13, 30);
    static final LocalTime MEETING_END = LocalTime.of(15, 30);

    private final ProcessStarts starts;
    private final TaskWork work;
    private final DraftUploads uploads;
    private final HearingService hearings;
    private final CommentService comments;
    private final StandardRegistry registry;
    private final IdentityService identityService;
    private final RuntimeService runtimeService;
    private final ManagementService managementService;
    private final DemoSettings settings;
    private final PromotionStarts promotions;
    private final TransactionTemplate transaction;

    DemoProjects(ProcessStarts starts, TaskWork work, DraftUploads uploads, HearingService hearings, CommentService comments,
                 StandardRegistry registry, IdentityService identityService, RuntimeService runtimeService,
                 ManagementService managementService, DemoSettings settings, PromotionStarts promotions, PlatformTransactionManager transactions) {
        this.promotions = promotions;
        this.starts = starts;
        this.work = work;
        this.uploads = uploads;
        this.hearings = hearings;
        this.comments = comments;
        this.registry = registry;
        this.identityService = identityService;
        this.runtimeService = runtimeService;
        this.managementService = managementService;
        this.settings = settings;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** After {@link DemoData}: the projects are registered, drafted and voted on by the demo users it seeds. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    public void seed() {
        if (!settings.projects() || seeded()) {
            return;
        }
        try {
            String seeded = transaction.execute(status -> seedProjects());
            log.info("Seeded the demo projects: {}", seeded);
        } catch (RuntimeException e) {
            // the demo's users and published standards are there; the application is usable without the projects
            log.warn("The demo projects could not be seeded; nothing of them was kept", e);
        } finally {
            identityService.clearAuthentication();
        }
    }

    private boolean seeded() {
        Set<String> titles = Set.copyOf(PROJECTS.stream().map(Project::titleEn).toList());
        return registry.findAll().stream().anyMatch(s -> titles.contains(s.titleEn()));
    }

    private String seedProjects() {
        LocalDate today = EngineTime.today();
        Standard heard = underHearing(today);
        Hearing hearing = hearings.latest(heard.id()).orElseThrow();

        Standard waiting = register(AWAITING_DRAFT);
        as("anan");
        work.claim(task(waiting, StandardLifecycleProcess.PREPARE_DRAFT, TaskWork.Scope.GROUPS).id());
        identityService.clearAuthentication();

        Standard voting = register(BEFORE_VOTE);
        draft(voting, DemoDraft.APPLICATION_FORMS_FILE, DemoDraft.applicationForms(), "ร่างแรกสำหรับคณะทำงานเทคนิคพิจารณา");

        Standard promoted = awaitingChairmansSignature();
        PROPOSED.forEach(this::proposedToTheCommittee);

        return ("%s %s under hearing %d from %s to %s, meeting %s, with %d comments; %s %s waiting for anan's draft; %s %s before the technical "
                + "working group's vote; %s %s waiting for thawatchai's signature; three more proposed to the committee")
                .formatted(heard.id(), heard.displayCode(), hearing.id(), BuddhistEra.format(hearing.window().commentPeriodStart()),
                        BuddhistEra.format(hearing.window().commentPeriodEnd()), BuddhistEra.format(hearing.window().meetingStart()),
                        comments.count(hearing.id()), waiting.id(), waiting.displayCode(), voting.id(), voting.displayCode(), promoted.id(),
                        promoted.displayCode());
    }

    /**
     * มสพร. 1-2564, which the source says is being proposed to the committee, promoted to มรด. 3 and approved by the
     * committee: it waits for the chairman's signature, which issues the committee's announcement as a signed PDF.
     */
    private Standard awaitingChairmansSignature() {
        Standard promoted = proposedToTheCommittee(PROMOTED_SOURCE, PROMOTED_NUMBER);
        vote(promoted, "boonmee", "jirapa", "kanya");
        return registry.get(promoted.id());
    }

    /** The secretariat proposes a published community standard to the committee as a government standard. */
    private Standard proposedToTheCommittee(String sourceCode, int number) {
        Standard source = registry.findByCode(StandardCode.parse(sourceCode)).orElseThrow();
        as("somsri");
        Standard promoted = promotions.start(source, number, null, null, null);
        String proposal = work.claim(task(promoted, StandardPromotionProcess.PREPARE_PROPOSAL, TaskWork.Scope.GROUPS).id()).id();
        work.complete(proposal, Map.of(StandardPromotionProcess.Var.PROPOSAL_VERSION_LABEL, "1.0",
                StandardPromotionProcess.Var.PROPOSAL_DOCUMENT_REF, "https://www.dga.or.th/document-sharing/proposals/" + promoted.id() + ".pdf",
                StandardPromotionProcess.Var.PROPOSAL_SUMMARY, "เสนอยกระดับเป็นมาตรฐานรัฐบาลดิจิทัลเพื่อให้หน่วยงานของรัฐทุกแห่งถือปฏิบัติ"));
        identityService.clearAuthentication();
        return registry.get(promoted.id());
    }

    /** มสพร. 6 part 5 through both committees to a hearing open from today, with the public's first comments. */
    private Standard underHearing(LocalDate today) {
        Standard standard = register(UNDER_HEARING);
        draft(standard, DemoDraft.SERVICE_LEVELS_FILE, DemoDraft.serviceLevels(), "ร่างแรกสำหรับคณะทำงานเทคนิคพิจารณา");
        vote(standard, "chaiwat", "malee");
        vote(standard, "prasert", "wanida", "somchai", "ratana");

        LocalDate meetingDay = today.plusDays(DAYS_TO_MEETING);
        while (meetingDay.getDayOfWeek() == DayOfWeek.SATURDAY || meetingDay.getDayOfWeek() == DayOfWeek.SUNDAY) {
            meetingDay = meetingDay.plusDays(1);
        }
        as("somsri");
        String schedule = work.claim(task(standard, StandardLifecycleProcess.SCHEDULE_HEARING, TaskWork.Scope.GROUPS).id()).id();
        work.complete(schedule, Map.of(
                "commentPeriodStart", today.toString(),
                "commentPeriodEnd", today.plusDays(COMMENT_DAYS - 1L).toString(),
                "meetingStart", ZonedDateTime.of(meetingDay, MEETING_START, BuddhistEra.BANGKOK).toOffsetDateTime().toString(),
                "meetingEnd", ZonedDateTime.of(meetingDay, MEETING_END, BuddhistEra.BANGKOK).toOffsetDateTime().toString(),
                MEETING_LINK, "https://meet.example.go.th/dga/mspr-6-5",
                REGISTRATION_LINK, "https://forms.example.go.th/dga/mspr-6-5/register",
                HEARING_BACKGROUND, """
                        มาตรฐาน มสพร. 6 ส่วนที่ 1 ถึงส่วนที่ 4 ประกาศใช้แล้วในปี พ.ศ. 2566 ร่างส่วนที่ 5 นี้จัดทำขึ้นเพื่อให้หน่วยงานของรัฐ\
                        จัดระดับบริการดิจิทัลด้วยหลักเกณฑ์และขั้นตอนการประเมินเดียวกัน คณะทำงานเทคนิคด้านมาตรฐานกระบวนการและการดำเนินงาน\
                        ทางดิจิทัลภาครัฐ และคณะกรรมการจัดทำร่างมาตรฐาน ข้อกำหนด และหลักเกณฑ์ ได้ให้ความเห็นชอบให้นำร่างมาตรฐานรับฟังความคิดเห็นแล้ว

                        ขอเชิญหน่วยงานของรัฐ ภาคเอกชน และประชาชน อ่านร่างมาตรฐานทีละข้อและแสดงความคิดเห็นต่อข้อที่ต้องการได้จากหน้านี้"""));
        identityService.clearAuthentication();

        openHearing(standard);
        Hearing hearing = hearings.latest(standard.id()).orElseThrow();
        publicComments().forEach(comment -> comments.submit(hearing.id(), comment));
        return registry.get(standard.id());
    }

    /**
     * The first day of the comment period is today, so the timer that opens the hearing is due already: it runs here,
     * as the engine's job executor would run it, in this transaction, before the executor can see it.
     */
    private void openHearing(Standard standard) {
        String hearingProcess = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(standard.id())
                .processDefinitionKey(PublicHearingProcess.KEY).singleResult().getId();
        Job opening = managementService.createJobQuery().processInstanceId(hearingProcess)
                .activityId(PublicHearingProcess.COMMENT_PERIOD_OPENS).timers().executable().singleResult();
        managementService.executeJob(opening.getId());
    }

    private List<NewComment> publicComments() {
        String consent = comments.privacyNoticeVersion();
        return List.of(
                new NewComment(null, "3.2.1", CommentType.TECHNICAL,
                        "ข้อ 3.2.1 กำหนดให้ต้องดาวน์โหลดแบบฟอร์มคำขอได้ แต่บางบริการมีเพียงแบบฟอร์มที่กรอกบนเว็บไซต์ ไม่มีไฟล์ให้ดาวน์โหลด "
                                + "ควรระบุให้ชัดว่ากรณีนี้เป็นไปตามหลักเกณฑ์ระดับที่ 1 หรือไม่",
                        "ต้องให้ดาวน์โหลดแบบฟอร์มคำขอ หรือกรอกแบบฟอร์มคำขอทางออนไลน์ได้ โดยไม่ต้องลงทะเบียน",
                        "วรรณา ศรีประเสริฐ", "สำนักงานเทศบาลเมืองตัวอย่าง", "wanna.s@example.go.th", consent, true),
                new NewComment(null, "2.2", CommentType.EDITORIAL,
                        "นิยามใช้คำว่า “ขั้นของความสามารถ” ซึ่งอาจสับสนกับขั้นตอนของบริการ",
                        "ระดับความสมบูรณ์ของการให้บริการทางดิจิทัล ตั้งแต่การให้ข้อมูลเกี่ยวกับบริการ จนถึงการให้บริการแบบครบวงจร",
                        "ธีรพงษ์ มานะกิจ", "บริษัท ตัวอย่างซอฟต์แวร์ จำกัด", "theerapong@example.com", consent, false),
                new NewComment(null, "3.3", CommentType.TECHNICAL,
                        "เกณฑ์หนึ่งหมื่นรายต่อปีสูงเกินไปสำหรับหน่วยงานส่วนภูมิภาค หลายบริการมีผู้ยื่นคำขอไม่ถึงเกณฑ์ แต่ผู้รับบริการต้องเดินทางไกล"
                                + "เพื่อติดต่อหน่วยงาน ควรพิจารณาภาระของผู้รับบริการประกอบกับจำนวนคำขอด้วย",
                        null, "ณัฐพล วงศ์สวัสดิ์", "สำนักงานจังหวัดตัวอย่าง", "natthaphon.w@example.go.th", consent, false),
                new NewComment(null, null, CommentType.GENERAL,
                        "เห็นด้วยกับการจัดระดับบริการ อยากให้แสดงระดับของแต่ละบริการบนหน้าเว็บไซต์ด้วยสัญลักษณ์ที่เข้าใจง่าย "
                                + "และให้มีช่องทางแจ้งได้เมื่อบริการจริงไม่เป็นไปตามระดับที่ประกาศไว้",
                        null, "สุภาวดี พูลสวัสดิ์", null, "supawadee.p@example.com", consent, true));
    }

    private Standard register(Project project) {
        as("somsri");
        try {
            return starts.register(project.registration());
        } finally {
            identityService.clearAuthentication();
        }
    }

    /** The working group's first draft, sent as a Word file at the drafting step as {@code anan} sends it in the workspace. */
    private void draft(Standard standard, String fileName, byte[] docx, String note) {
        as("anan");
        String task = work.claim(task(standard, StandardLifecycleProcess.PREPARE_DRAFT, TaskWork.Scope.GROUPS).id()).id();
        DraftVersion version = uploads.upload(standard.id(), "1.0", note, new UploadedFile(fileName, docx.length, new ByteArrayResource(docx)),
                new Caller("anan", groupsOf("anan")));
        Map<String, Object> values = new HashMap<>(DraftSteps.values(StandardLifecycleProcess.KEY, StandardLifecycleProcess.PREPARE_DRAFT, version)
                .orElseThrow());
        values.put(DRAFT_NOTE, note);
        work.complete(task, values);
        identityService.clearAuthentication();
    }

    /** Each member approves in their own vote task. */
    private void vote(Standard standard, String... members) {
        for (String member : members) {
            as(member);
            work.complete(task(standard, CommitteeVoteProcess.CAST_VOTE, TaskWork.Scope.MINE).id(), Map.of("decision", "APPROVE"));
        }
        identityService.clearAuthentication();
    }

    private TaskView task(Standard standard, String step, TaskWork.Scope scope) {
        List<TaskView> tasks = work.list(scope, TaskWork.Filter.of(standard.id(), step));
        if (tasks.size() != 1) {
            throw new IllegalStateException("%s of %s: %d tasks".formatted(step, standard.id(), tasks.size()));
        }
        return tasks.get(0);
    }

    private void as(String userId) {
        identityService.setAuthentication(userId, List.copyOf(groupsOf(userId)));
    }

    private Set<String> groupsOf(String userId) {
        return Set.copyOf(identityService.createGroupQuery().groupMember(userId).listPage(0, EngineAccess.MAX_RESULTS).stream().map(Group::getId).toList());
    }
}
