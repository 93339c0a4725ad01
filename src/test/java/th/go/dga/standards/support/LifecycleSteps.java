package th.go.dga.standards.support;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;

import th.go.dga.standards.drafting.Revision;
import th.go.dga.standards.hearing.Disposition;
import th.go.dga.standards.hearing.Hearing;
import th.go.dga.standards.hearing.HearingService;
import th.go.dga.standards.process.CommitteeVoteProcess;
import th.go.dga.standards.process.GovernmentStandardEnactmentProcess;
import th.go.dga.standards.process.PublicHearingProcess;
import th.go.dga.standards.registry.Standard;
import th.go.dga.standards.registry.StandardKind;
import th.go.dga.standards.taskform.FormValues;
import th.go.dga.standards.time.BuddhistEra;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static th.go.dga.standards.process.StandardLifecycleProcess.*;
import static th.go.dga.standards.support.ApplicationTestSupport.values;

/**
 * The steps of a standard's lifecycle, each done by the demo user who holds the role, through the engine as Tasklist
 * does them: for tests that need a project at a given step.
 */
public class LifecycleSteps {

    private final ApplicationTestSupport test;
    private final HearingService hearings;

    LifecycleSteps(ApplicationTestSupport test, HearingService hearings) {
        this.test = test;
        this.hearings = hearings;
    }

    /** Registers a project as the secretariat does; its lifecycle starts with the working group's drafting. */
    public String register(StandardKind kind, int number, String revises) {
        return start(registration(kind, number, revises)).getBusinessKey();
    }

    public ProcessInstance start(Map<String, Object> registration) {
        test.actAs("somsri");
        try {
            String definitionId = test.repositoryService.createProcessDefinitionQuery().processDefinitionKey(KEY).latestVersion()
                    .singleResult().getId();
            return test.formService.submitStartForm(definitionId, registration);
        } finally {
            test.identityService.clearAuthentication();
        }
    }

    public Map<String, Object> registration(StandardKind kind, int number, String revises) {
        Map<String, Object> values = values(Var.TITLE_TH, "มาตรฐานทดสอบวงจรชีวิต " + number, Var.TITLE_EN, "Lifecycle test standard " + number,
                Var.KIND, kind.name(), Var.STANDARD_NUMBER, String.valueOf(number), Var.SUBJECT_GROUP, "DIGITAL_PROCESS",
                Var.WORKING_GROUP, "wg-process", Var.TECHNICAL_WORKING_GROUP, "twg-process");
        if (revises != null) {
            values.put(Var.REVISES_CODE, revises);
        }
        return values;
    }

    public ProcessInstance lifecycle(String id) {
        return test.runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(id).processDefinitionKey(KEY).singleResult();
    }

    public void draft(String id, String version) {
        test.submit(id, PREPARE_DRAFT, "anan", values(Var.DRAFT_VERSION_LABEL, version,
                Var.DRAFT_DOCUMENT_REF, "https://example.org/drafts/" + id + "-" + version + ".pdf", Var.DRAFT_NOTE, "ร่างสำหรับพิจารณา"));
    }

    /** The member's own vote task in the project's current ballot. */
    public Task voteOf(String id, String member) {
        return test.tasks(id, CommitteeVoteProcess.CAST_VOTE).stream().filter(t -> member.equals(t.getAssignee())).findFirst().orElseThrow();
    }

    public void vote(String id, String member, String decision, String reason) {
        test.submit(voteOf(id, member), member, reason == null ? values("decision", decision) : values("decision", decision, "reason", reason));
    }

    public void approve(String id, String... members) {
        for (String member : members) {
            vote(id, member, "APPROVE", null);
        }
    }

    public void scheduleHearing(String id) {
        scheduleHearing(id, "2026-12-01", "2026-12-31", "2026-12-10T13:30+07:00", "2026-12-10T15:30+07:00");
    }

    public void scheduleHearing(String id, String start, String end, String meetingStart, String meetingEnd) {
        test.submit(id, SCHEDULE_HEARING, "somsri", values("commentPeriodStart", start, "commentPeriodEnd", end, "meetingStart", meetingStart,
                "meetingEnd", meetingEnd, Var.MEETING_LINK, "https://teams.example.org/hearing", Var.REGISTRATION_LINK,
                "https://forms.example.org/register", Var.HEARING_BACKGROUND, "ความเป็นมาและวัตถุประสงค์ของร่างมาตรฐาน"));
    }

    /** Opens the scheduled hearing: the clock moves to the first day of its comment period. */
    public Hearing openHearing(String id) {
        Hearing hearing = hearings.latest(id).orElseThrow();
        test.moveClockAndRunJobs(BuddhistEra.startOfDay(hearing.window().commentPeriodStart()).toInstant());
        return hearing;
    }

    public void finishHearing(String id, Hearing hearing) {
        test.moveClockAndRunJobs(hearing.window().meetingEnd());
        test.submit(id, PublicHearingProcess.ATTACH_MEETING_MATERIALS, "wichai", values());
        test.moveClockAndRunJobs(hearing.window().closesAt());
    }

    public void revise(String id, Map<Long, Disposition> answers, String version) {
        revise(id, answers, version, "ปรับตามข้อคิดเห็น");
    }

    /** The revision, with what the working group writes in its note. */
    public void revise(String id, Map<Long, Disposition> answers, String version, String note) {
        List<Map<String, Object>> items = FormValues.items(test.runtimeService.getVariable(lifecycle(id).getId(), Revision.COMMENTS)).orElseThrow();
        for (Map<String, Object> item : items) {
            Disposition disposition = answers.get(((Number) item.get("commentId")).longValue());
            item.put("disposition", disposition == null ? null : disposition.name());
            item.put("response", disposition == null ? null : "คำชี้แจงต่อข้อคิดเห็น " + item.get("reference"));
        }
        test.submit(id, REVISE_DRAFT, "anan", values(Revision.COMMENTS, SpinValues.jsonValue(FormValues.json(items)).create(),
                Var.REVISED_VERSION_LABEL, version, Var.REVISED_DOCUMENT_REF, "https://example.org/drafts/" + id + "-" + version + ".pdf",
                Var.REVISION_NOTE, note, Var.FAQ_TEXT, "ถาม: ใช้กับหน่วยงานใด ตอบ: ทุกหน่วยงานของรัฐ"));
    }

    /** A community standard approved by both committees, waiting for its hearing to be scheduled. */
    public String toScheduling(int number) {
        String id = register(StandardKind.MSPR, number, null);
        draft(id, "1.0");
        approve(id, "chaiwat", "malee");
        approve(id, "prasert", "wanida", "somchai", "ratana");
        return id;
    }

    /** A community standard through its hearing and revision, waiting for the committee's final approval. */
    public String toFinalApproval(int number) {
        String id = register(StandardKind.MSPR, number, null);
        driveToFinalApproval(id);
        return id;
    }

    public void driveToFinalApproval(String id) {
        draft(id, "1.0");
        approve(id, "chaiwat", "malee");
        approve(id, "prasert", "wanida", "somchai", "ratana");
        scheduleHearing(id);
        Hearing hearing = openHearing(id);
        finishHearing(id, hearing);
        revise(id, Map.of(), "1.1");
        assertThat(lifecycle(id)).isWaitingAt(APPROVE_FINAL_DRAFT);
    }

    /** A community standard approved in its final form, waiting for the director's signature. */
    public String toDirectorSigning(int number) {
        String id = toFinalApproval(number);
        test.submit(id, APPROVE_FINAL_DRAFT, "prasert", values(Var.FINAL_DECISION, "APPROVE", Var.MEETING_REFERENCE, "1/2570"));
        assertThat(lifecycle(id)).isWaitingAt(DIRECTOR_SIGNS);
        return id;
    }

    /** Starts the enactment of a government standard: the digital government committee votes first. */
    public ProcessInstance startEnactment(Standard standard) {
        return test.runtimeService.startProcessInstanceByKey(GovernmentStandardEnactmentProcess.KEY, standard.id(), Map.of("standardId", standard.id(),
                "standardTitle", standard.titleTh(), "draftVersionLabel", "1.0", "draftDocumentRef", "https://example.org/final.pdf"));
    }

    /** The votes of the digital government committee's members, in order; a rejection comes with its reason. */
    public void dgdcVotes(Standard standard, String... decisions) {
        String[] members = {"boonmee", "jirapa", "kanya", "sakda", "thawatchai"};
        for (int i = 0; i < decisions.length; i++) {
            test.submit(voteOf(standard.id(), members[i]), members[i], "REJECT".equals(decisions[i])
                    ? values("decision", "REJECT", "reason", "ไม่สอดคล้องกับกฎหมายว่าด้วยการบริหารงานภาครัฐผ่านระบบดิจิทัล")
                    : values("decision", decisions[i]));
        }
    }

    /** A government standard the committee has approved, waiting for the chairman's signature. */
    public Standard toChairSigning() {
        Standard standard = test.registeredProject(StandardKind.MRD);
        ProcessInstance enactment = startEnactment(standard);
        dgdcVotes(standard, "APPROVE", "APPROVE", "APPROVE");
        assertThat(enactment).isWaitingAt(GovernmentStandardEnactmentProcess.CHAIR_SIGNS);
        return standard;
    }
}
