package th.go.dga.standards.workspace;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;

import th.go.dga.standards.hearing.Hearing;
import th.go.dga.standards.registry.Standard;
import th.go.dga.standards.registry.StandardKind;
import th.go.dga.standards.support.ApiTestSupport;
import th.go.dga.standards.support.SqlStatements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The secretariat's calendar of hearings: a month in the Buddhist era, with its comment periods and meetings in Bangkok time. */
@Import(SqlStatements.Counting.class)
class CalendarPagesTests extends ApiTestSupport {

    @Test
    void showsAMonthsCommentPeriodsAndMeetingsInBuddhistEraAndBangkokTime() throws Exception {
        Standard standard = registeredProject(StandardKind.MSPR);
        Hearing hearing = scheduledHearing(standard.id());

        String page = page("/work/calendar?month=2569-12");

        assertThat(page).contains("<h2 id=\"month-title\">ธันวาคม 2569</h2>").contains("<caption>ปฏิทินเดือนธันวาคม 2569</caption>")
                .contains("วันอาทิตย์").contains("วันเสาร์")
                .contains("href=\"/work/calendar?month=2569-11\"").contains("เดือนก่อน: พฤศจิกายน 2569")
                .contains("href=\"/work/calendar?month=2570-01\"").contains("เดือนถัดไป: มกราคม 2570");
        // the meeting on its day, at its Bangkok time
        assertThat(cell(page, "วันพฤหัสบดีที่ 10 ธันวาคม 2569")).contains("13:30 น.").contains("ประชุม")
                .contains("href=\"/hearings/" + hearing.id() + "\"").contains(standard.displayCode());
        assertThat(cell(page, "วันพฤหัสบดีที่ 31 ธันวาคม 2569")).contains("วันสุดท้ายรับฟังความคิดเห็น").contains(standard.displayCode());
        assertThat(cell(page, "วันอังคารที่ 1 ธันวาคม 2569")).contains("อยู่ระหว่างรับฟังความคิดเห็น").doesNotContain("เริ่มรับฟังความคิดเห็น");
        // and the same as a list, which a phone or a screen reader reads more easily
        assertThat(page).contains("รายการในเดือนธันวาคม 2569").contains(standard.titleTh())
                .contains("วันพฤหัสบดีที่ 26 พฤศจิกายน 2569").contains("วันพฤหัสบดีที่ 31 ธันวาคม 2569")
                .contains("วันพฤหัสบดีที่ 10 ธันวาคม 2569 เวลา 13:30–15:30 น.");
    }

    @Test
    void opensOnThisMonthInBangkokWithTodayMarked() throws Exception {
        Standard standard = registeredProject(StandardKind.MSPR);
        scheduledHearing(standard.id());

        String page = page("/work/calendar");

        assertThat(page).contains("<h2 id=\"month-title\">พฤศจิกายน 2569</h2>");
        assertThat(cell(page, "วันพฤหัสบดีที่ 26 พฤศจิกายน 2569")).contains("aria-current=\"date\"").contains("วันนี้")
                .contains("เริ่มรับฟังความคิดเห็น").contains(standard.displayCode());
        assertThat(page("/work/calendar?month=๒๕๖๙-๑๑")).contains("<h2 id=\"month-title\">พฤศจิกายน 2569</h2>");
    }

    @Test
    void aMonthWithoutHearingsSaysSo() throws Exception {
        assertThat(page("/work/calendar?month=2480-01")).contains("มกราคม 2480").contains("ไม่มีการรับฟังความคิดเห็นในเดือนนี้");
    }

    @Test
    void refusesAMonthItCannotReadInWordsAPersonReads() throws Exception {
        for (String month : List.of("2569-13", "2569-0", "2026-12", "12-2569", "2569/12", "ธันวาคม", "<script>alert(1)</script>")) {
            mvc.perform(get("/work/calendar").param("month", month).with(as("somsri"))).andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("อ่านเดือน «")))
                    .andExpect(content().string(containsString("กรุณาระบุปีพุทธศักราชและเดือนเป็นตัวเลข เช่น 2569-11")))
                    .andExpect(content().string(containsString("href=\"/work/calendar\"")))
                    .andExpect(content().string(not(containsString("<script>"))))
                    .andExpect(content().string(not(containsString("Exception"))));
        }
    }

    @Test
    void isForTheSecretariatAndTheAdministratorsOnly() throws Exception {
        mvc.perform(get("/work/calendar").with(as("pranee"))).andExpect(status().isForbidden())
                .andExpect(content().string(containsString("หน้านี้สำหรับฝ่ายมาตรฐานดิจิทัลภาครัฐ")));
        mvc.perform(get("/work/calendar").with(as("wichai"))).andExpect(status().isOk());
        mvc.perform(get("/work/calendar").with(as("admin"))).andExpect(status().isOk());
    }

    @Test
    void readsInEnglishOnRequest() throws Exception {
        registeredProject(StandardKind.MSPR);
        mvc.perform(get("/work/calendar").param("month", "2569-12").param("lang", "en").with(as("somsri")))
                .andExpect(content().string(containsString("December 2026")))
                .andExpect(content().string(containsString("Sunday")))
                .andExpect(content().string(not(containsString("ปฏิทินการรับฟังความคิดเห็น"))));
    }

    @Test
    void readsAMonthInTheSameFewStatementsWhateverItHolds() throws Exception {
        scheduledHearing(registeredProject(StandardKind.MRD).id());
        page("/work/calendar?month=2569-12");
        int before = SqlStatements.countedWhile(() -> page("/work/calendar?month=2569-12"));
        for (int i = 0; i < 3; i++) {
            scheduledHearing(registeredProject(StandardKind.MRD).id());
        }
        int after = SqlStatements.countedWhile(() -> page("/work/calendar?month=2569-12"));

        assertThat(after).isEqualTo(before);
    }

    private String page(String uri) throws Exception {
        return mvc.perform(get(uri).with(as("somsri"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** The grid's cell of a day, found by the day's name for screen readers. */
    private static String cell(String page, String day) {
        int at = page.indexOf(">" + day + "<");
        assertThat(at).as("cell of %s", day).isPositive();
        return page.substring(page.lastIndexOf("<td", at), page.indexOf("</td>", at));
    }
}
