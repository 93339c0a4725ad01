package th.go.dga.standards.site;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

import th.go.dga.standards.hearing.Hearing;
import th.go.dga.standards.registry.StandardCode;
import th.go.dga.standards.registry.StandardKind;
import th.go.dga.standards.support.ApiTestSupport;
import th.go.dga.standards.support.LifecycleSteps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static th.go.dga.standards.process.StandardLifecycleProcess.*;

/**
 * Where a standard stands, on its public pages: the list of steps with the Buddhist-era day each was done and the
 * current one, and the model and state the drawing loads, public only where the standard is.
 */
class WhereItStandsPagesTests extends ApiTestSupport {

    private static final Duration DAY = Duration.ofDays(1);

    @Test
    void theHearingPageListsTheStepsDoneWithTheirDaysTheCurrentStepAndWhatIsToCome() throws Exception {
        String id = atItsHearing();
        Hearing hearing = hearings.latest(id).orElseThrow();

        String page = mvc.perform(get("/hearings/{id}", hearing.id())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<h2 id=\"where-title\">ขั้นตอนการจัดทำมาตรฐาน</h2>").contains("«การจัดทำมาตรฐาน»");
        assertThat(text(page, PROJECT_REGISTERED)).isEqualTo("ลงทะเบียนโครงการจัดทำมาตรฐาน ดำเนินการแล้ว เมื่อ 26 พฤศจิกายน 2569");
        assertThat(text(page, PREPARE_DRAFT)).isEqualTo("จัดทำร่างมาตรฐาน ดำเนินการแล้ว เมื่อ 27 พฤศจิกายน 2569");
        assertThat(text(page, COMMITTEE_HEARING_APPROVAL)).endsWith("ดำเนินการแล้ว เมื่อ 28 พฤศจิกายน 2569");
        assertThat(text(page, SCHEDULE_HEARING)).isEqualTo("กำหนดการรับฟังความคิดเห็น ดำเนินการแล้ว เมื่อ 29 พฤศจิกายน 2569");
        assertThat(item(page, PUBLIC_HEARING)).contains("aria-current=\"step\"").contains("datetime=\"2026-11-29T09:00+07:00\"");
        assertThat(text(page, PUBLIC_HEARING)).startsWith("รับฟังความคิดเห็นสาธารณะ ขั้นตอนปัจจุบัน ตั้งแต่ 29 พฤศจิกายน 2569 ขณะนี้รอ:")
                .contains("ขยายระยะเวลารับฟังความคิดเห็น (เมื่อจำเป็น)");
        assertThat(text(page, APPROVE_FINAL_DRAFT)).isEqualTo("พิจารณาให้ความเห็นชอบร่างสุดท้าย ยังไม่ถึงขั้นตอนนี้");
        assertThat(text(page, DIRECTOR_SIGNS)).isEqualTo("ผู้อำนวยการลงนามประกาศ (เฉพาะกรณี มสพร.) ยังไม่ถึงขั้นตอนนี้");
        assertThat(text(page, ENACT_GOVERNMENT_STANDARD)).contains("(เฉพาะกรณี มรด.)");
        assertThat(page).containsSubsequence("data-activity=\"" + PROJECT_REGISTERED, "data-activity=\"" + PUBLIC_HEARING,
                "data-activity=\"" + REVISE_DRAFT, "data-activity=\"" + DIRECTOR_SIGNS);
        // the engine's bookkeeping and a withdrawal that did not happen are not steps
        assertThat(page).doesNotContain("data-activity=\"" + RECORD_DRAFT_VERSION).doesNotContain("data-activity=\"EndEvent_ProjectWithdrawn");
        assertThat(page).contains("data-bpmn=\"/standards/" + id + "/lifecycle.bpmn\"").contains("data-state=\"/standards/" + id + "/lifecycle.json\"")
                .contains("src=\"/js/where-it-stands.js\"");
    }

    @Test
    void theStatePutsTheDrawingsMarksWithBangkokTimes() throws Exception {
        String id = atItsHearing();

        mvc.perform(get("/standards/{id}/lifecycle.json", id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.current", contains(PUBLIC_HEARING)))
                .andExpect(jsonPath("$.ended").value(false))
                .andExpect(jsonPath("$.processDefinitionId").value(steps().lifecycle(id).getProcessDefinitionId()))
                .andExpect(jsonPath("$.done[?(@.activityId == '" + PREPARE_DRAFT + "')].endedAt", contains("2026-11-27T09:00:00+07:00")))
                .andExpect(jsonPath("$.done[?(@.activityId == '" + RECORD_DRAFT_VERSION + "')]").isNotEmpty())
                .andExpect(jsonPath("$.done[?(@.activityId == '" + PUBLIC_HEARING + "')]").isEmpty());
    }

    @Test
    void theModelServedIsTheDeployedDefinitionTheStandardRunsOn() throws Exception {
        String id = atItsHearing();
        String definitionId = steps().lifecycle(id).getProcessDefinitionId();
        byte[] deployed;
        try (var in = repositoryService.getProcessModel(definitionId)) {
            deployed = in.readAllBytes();
        }

        MvcResult served = mvc.perform(get("/standards/{id}/lifecycle.bpmn", id))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_XML))
                .andExpect(header().string(HttpHeaders.ETAG, "\"" + definitionId + "\""))
                .andReturn();
        assertThat(served.getResponse().getContentAsByteArray()).isEqualTo(deployed);
        assertThat(new String(deployed, java.nio.charset.StandardCharsets.UTF_8)).contains("<bpmn:process id=\"standard-lifecycle\"");

        mvc.perform(get("/standards/{id}/lifecycle.bpmn", id).header(HttpHeaders.IF_NONE_MATCH, "\"" + definitionId + "\""))
                .andExpect(status().isNotModified());
    }

    @Test
    void aProjectNotYetOnItsWayToAHearingStaysUnknownToThePublicButNotToStaff() throws Exception {
        LifecycleSteps steps = steps();
        String id = steps.register(StandardKind.MSPR, nextNumber(), null);
        steps.draft(id, "1.0");

        mvc.perform(get("/standards/{id}/lifecycle.json", id)).andExpect(status().isNotFound());
        mvc.perform(get("/standards/{id}/lifecycle.bpmn", id)).andExpect(status().isNotFound());
        mvc.perform(get("/standards/{id}", id)).andExpect(status().isNotFound());
        mvc.perform(get("/standards/{id}/lifecycle.json", id).with(as("anan")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.current", contains(TECHNICAL_REVIEW)));
        mvc.perform(get("/standards/{id}/lifecycle.bpmn", id).with(as("anan"))).andExpect(status().isOk());
        mvc.perform(get("/standards/{id}/lifecycle.json", "STD-NONE").with(as("anan"))).andExpect(status().isNotFound());

        // once the hearing is scheduled, its page is public, and so is where the standard stands
        steps.approve(id, "chaiwat", "malee");
        steps.approve(id, "prasert", "wanida", "somchai", "ratana");
        mvc.perform(get("/standards/{id}/lifecycle.json", id)).andExpect(status().isNotFound());
        steps.scheduleHearing(id);
        mvc.perform(get("/standards/{id}/lifecycle.json", id)).andExpect(status().isOk());
    }

    @Test
    void aPublishedStandardsPageShowsTheWayItTookAndNotTheOtherBranch() throws Exception {
        String id = steps().toDirectorSigning(nextNumber());
        moveClockTo(now().plus(DAY));
        sign(id, DIRECTOR_SIGNS, "supachai");
        String signedOn = th.go.dga.standards.time.BuddhistEra.format(java.time.LocalDate.ofInstant(now(), th.go.dga.standards.time.BuddhistEra.BANGKOK));

        String page = mvc.perform(get("/standards/{id}", id)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("กระบวนการนี้สิ้นสุดแล้ว").doesNotContain("aria-current=\"step\"");
        assertThat(text(page, DIRECTOR_SIGNS)).isEqualTo("ผู้อำนวยการลงนามประกาศ (เฉพาะกรณี มสพร.) ดำเนินการแล้ว เมื่อ " + signedOn);
        assertThat(text(page, STANDARD_PUBLISHED)).isEqualTo("ประกาศใช้มาตรฐานแล้ว (เฉพาะกรณี มสพร.) ดำเนินการแล้ว เมื่อ " + signedOn);
        assertThat(page).doesNotContain("data-activity=\"" + ENACT_GOVERNMENT_STANDARD).doesNotContain("data-activity=\"" + STANDARD_IN_FORCE);

        String english = mvc.perform(get("/standards/{id}", id).param("lang", "en")).andReturn().getResponse().getContentAsString();
        assertThat(english).contains("<h2 id=\"where-title\">Where it stands</h2>");
        assertThat(text(english, STANDARD_PUBLISHED)).isEqualTo("ประกาศใช้มาตรฐานแล้ว (Only for a มสพร.) Done on "
                + java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH)
                .format(java.time.LocalDate.ofInstant(now(), th.go.dga.standards.time.BuddhistEra.BANGKOK)));
    }

    @Test
    void aStandardEnteredAsPublishedWithoutALifecycleHasNoSteps() throws Exception {
        String seeded = registry.findByCode(StandardCode.parse("มสพร. 6-1 : 2566")).orElseThrow().id();

        mvc.perform(get("/standards/{id}", seeded)).andExpect(status().isOk()).andExpect(content().string(not(containsString("where-title"))));
        mvc.perform(get("/standards/{id}/lifecycle.json", seeded)).andExpect(status().isNotFound());
    }

    /** A community standard through both committees, its hearing scheduled on 29 November and opened on 1 December 2569. */
    private String atItsHearing() {
        LifecycleSteps steps = steps();
        String id = steps.register(StandardKind.MSPR, nextNumber(), null);
        moveClockTo(START.plus(DAY));
        steps.draft(id, "1.0");
        steps.approve(id, "chaiwat", "malee");
        moveClockTo(START.plus(DAY.multipliedBy(2)));
        steps.approve(id, "prasert", "wanida", "somchai", "ratana");
        moveClockTo(START.plus(DAY.multipliedBy(3)));
        steps.scheduleHearing(id);
        steps.openHearing(id);
        return id;
    }

    /** The list item of a step, as the page has it. */
    private static String item(String page, String activityId) {
        Matcher m = Pattern.compile("<li[^>]*data-activity=\"" + activityId + "\"[^>]*>.*?</li>", Pattern.DOTALL).matcher(page);
        assertThat(m.find()).as("a step %s on the page", activityId).isTrue();
        return m.group();
    }

    /** The words of a step's list item, as a screen reader reads them. */
    private static String text(String page, String activityId) {
        return item(page, activityId).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip();
    }
}
