package th.go.dga.standards.workspace;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import th.go.dga.standards.draft.DraftDocx;
import th.go.dga.standards.hearing.Comment;
import th.go.dga.standards.hearing.CommentService;
import th.go.dga.standards.hearing.CommentType;
import th.go.dga.standards.hearing.Disposition;
import th.go.dga.standards.hearing.Hearing;
import th.go.dga.standards.hearing.NewComment;
import th.go.dga.standards.registry.Standard;
import th.go.dga.standards.registry.StandardKind;
import th.go.dga.standards.support.ApiTestSupport;
import th.go.dga.standards.support.SqlStatements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The working group answers a hearing's comments one by one in the workspace, from the day they arrive: a page of 25
 * at a time, those not yet answered or those on one clause of the draft heard.
 */
@Import(SqlStatements.Counting.class)
class CommentTriagePagesTests extends ApiTestSupport {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Autowired CommentService comments;

    private Standard project;
    private Hearing hearing;

    @BeforeEach
    void aHearingOfADraftSentAsAWordFile() throws Exception {
        project = registeredProject(StandardKind.MSPR);
        sendDraft("1.0", new DraftDocx()
                .title("(ร่าง) มาตรฐานสำนักงานพัฒนารัฐบาลดิจิทัล ว่าด้วยการจัดระดับบริการดิจิทัลภาครัฐ")
                .heading(1, "1 ขอบข่าย").paragraph("มาตรฐานนี้ใช้กับหน่วยงานของรัฐที่ให้บริการดิจิทัลแก่ประชาชน")
                .heading(1, "2 บทนิยาม")
                .heading(2, "2.1 บริการดิจิทัล").paragraph("บริการที่ประชาชนยื่นคำขอและรับผลผ่านช่องทางดิจิทัล")
                .heading(1, "3 หลักเกณฑ์").paragraph("3.1 หน่วยงานของรัฐต้องจัดเก็บข้อมูลการให้บริการไว้อย่างน้อยหนึ่งปี")
                .bytes());
        hearing = hearings.open(scheduledHearing(project.id()).id());
    }

    @Test
    void ananAnswersACommentWhileTheHearingIsOpenAndThePageShowsIt() throws Exception {
        Comment comment = comment("2.1", "นิยามควรรวม <b>บริการทางโทรศัพท์</b>", "เพิ่ม <script>alert(1)</script> ในนิยาม");

        String page = page("/work/hearings/{id}/comments", "anan");

        assertThat(page).contains(project.displayCode()).contains(project.titleTh())
                .contains("26 พฤศจิกายน 2569").contains("31 ธันวาคม 2569").contains("ฉบับ 1.0")
                .contains("ทั้งหมด (1)").contains("ยังไม่ได้พิจารณา (1)").contains("พิจารณาแล้ว (0)")
                .contains(comment.referenceNo()).contains("ข้อ 2.1 บริการดิจิทัล").contains("ด้านเทคนิค").contains("สมหญิง ตัวอย่าง, กรมการปกครอง")
                // the public's words as text, never as markup
                .contains("นิยามควรรวม &lt;b&gt;บริการทางโทรศัพท์&lt;/b&gt;").doesNotContain("<script>alert(1)</script>")
                .contains("รับบางส่วน").contains("รับทราบ").contains("บันทึกผลการพิจารณา")
                .contains("ระบุข้อของร่างที่ปรับปรุงที่แก้ไขตามข้อคิดเห็นนี้ได้เมื่อส่งร่างที่ปรับปรุงเป็นไฟล์ Word แล้ว")
                .doesNotContain("name=\"answeredIn\"");

        answer(comment, "anan", "PARTLY_ACCEPTED", "เพิ่มบริการทางโทรศัพท์ไว้ในหมายเหตุของนิยาม", null)
                .andExpect(redirectedUrl("/work/hearings/" + hearing.id() + "/comments#c-" + comment.id()))
                .andExpect(flash().attribute("saved", comment.referenceNo()));

        Comment stored = comments.get(comment.id());
        assertThat(stored.disposition()).isEqualTo(Disposition.PARTLY_ACCEPTED);
        assertThat(stored.response()).isEqualTo("เพิ่มบริการทางโทรศัพท์ไว้ในหมายเหตุของนิยาม");
        assertThat(stored.respondedBy()).isEqualTo("anan");
        String after = page("/work/hearings/{id}/comments", "anan");
        assertThat(after).contains("ยังไม่ได้พิจารณา (0)").contains("พิจารณาแล้ว (1)")
                .contains(">เพิ่มบริการทางโทรศัพท์ไว้ในหมายเหตุของนิยาม</textarea>")
                .containsPattern("value=\"PARTLY_ACCEPTED\"\\s+checked")
                .contains("บันทึกผลการพิจารณาเมื่อ 26 พฤศจิกายน 2569 เวลา 09:00 น.");
        // the public reads the answer once the summary is published, not before
        String publicPage = mvc.perform(get("/hearings/{id}", hearing.id())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(publicPage).doesNotContain("เพิ่มบริการทางโทรศัพท์ไว้ในหมายเหตุของนิยาม");
    }

    @Test
    void aMissingResponseIsRefusedInThaiNextToItsFieldAndNothingIsStored() throws Exception {
        Comment comment = comment("3.1", "ควรกำหนดระยะเวลาจัดเก็บให้ยาวขึ้น", null);

        String refused = answer(comment, "anan", "ACCEPTED", "  ", null).andExpect(status().isUnprocessableEntity())
                .andReturn().getResponse().getContentAsString();

        assertThat(refused).contains("ยังบันทึกไม่ได้ กรุณาแก้ไขรายการต่อไปนี้")
                .contains("href=\"#f-c" + comment.id() + "-response\">ต้องกรอก «คำชี้แจง»</a>")
                .contains("id=\"f-c" + comment.id() + "-response-error\">ต้องกรอก «คำชี้แจง»</p>")
                .containsPattern("value=\"ACCEPTED\"\\s+checked");
        assertThat(comments.get(comment.id()).disposition()).isNull();
        // a character that shows otherwise than it is kept is refused as everywhere
        assertThat(answer(comment, "anan", "ACCEPTED", "รับ\u202Egnp.exe", null).andExpect(status().isUnprocessableEntity())
                .andReturn().getResponse().getContentAsString()).contains("มีอักขระที่รับไม่ได้ (U+202E ที่ตัวอักษรที่ 4)");
        assertThat(comments.get(comment.id()).disposition()).isNull();

        // once the revised draft is sent, the answer names its clauses, and only clauses it has
        hearings.close(hearing.id());
        sendDraft("2.0", new DraftDocx().heading(1, "1 ขอบข่าย").paragraph("มาตรฐานนี้ใช้กับหน่วยงานของรัฐ")
                .heading(1, "3 หลักเกณฑ์").paragraph("3.1 หน่วยงานของรัฐต้องจัดเก็บข้อมูลการให้บริการไว้อย่างน้อยสองปี").bytes());
        String unknown = answer(comment, "anan", "ACCEPTED", "ขยายเป็นสองปี", "3.1, 9.9").andExpect(status().isUnprocessableEntity())
                .andReturn().getResponse().getContentAsString();
        assertThat(unknown).contains("ข้อของร่างที่ปรับปรุงฉบับ 2.0").contains("ไม่มีข้อ 9.9 ในร่างที่ปรับปรุงฉบับ 2.0")
                .contains("value=\"3.1, 9.9\"").contains(">ขยายเป็นสองปี</textarea>");
        assertThat(comments.get(comment.id()).disposition()).isNull();

        answer(comment, "anan", "ACCEPTED", "ขยายเป็นสองปี", "ข้อ ๓.๑").andExpect(status().is3xxRedirection());
        assertThat(comments.get(comment.id()).answeredIn()).containsExactly("3.1");
    }

    @Test
    void theFiltersListOnlyTheCommentsNotAnsweredOrOnOneClause() throws Exception {
        Comment answered = comment("2.1", "นิยามไม่ชัดเจน", null);
        Comment open = comment("2.1", "ควรยกตัวอย่างบริการ", null);
        Comment elsewhere = comment("3.1", "ระยะเวลาสั้นเกินไป", null);
        Comment whole = comment(null, "เห็นด้วยทั้งฉบับ", null);
        answer(answered, "pranee", "NOTED", "รับทราบ จะพิจารณาในการปรับปรุงครั้งถัดไป", null).andExpect(status().is3xxRedirection());

        String notAnswered = page("/work/hearings/{id}/comments?show=not-answered", "anan");
        assertThat(notAnswered).contains(open.referenceNo()).contains(elsewhere.referenceNo()).contains(whole.referenceNo())
                .doesNotContain(answered.referenceNo()).contains("รายการที่ 1–3 จาก 3 รายการ");
        assertThat(page("/work/hearings/{id}/comments?show=answered", "anan")).contains(answered.referenceNo())
                .doesNotContain(open.referenceNo()).doesNotContain(whole.referenceNo());
        String onClause = page("/work/hearings/{id}/comments?show=not-answered&clause=ข้อ ๒.๑", "anan");
        assertThat(onClause).contains(open.referenceNo()).doesNotContain(answered.referenceNo()).doesNotContain(elsewhere.referenceNo())
                .contains("<option value=\"2.1\" selected=\"selected\">ข้อ 2.1 บริการดิจิทัล (2 รายการ)</option>")
                // an answer sent from here comes back to the same list
                .contains("action=\"/work/comments/" + open.id() + "/answer?show=not-answered&amp;clause=2.1\"");
        answer(open, "anan", "ACCEPTED", "เพิ่มตัวอย่างแล้ว", null, "show=not-answered&clause=2.1")
                .andExpect(redirectedUrl("/work/hearings/" + hearing.id() + "/comments?show=not-answered&clause=2.1#c-" + open.id()));
        // the address of a refused answer, opened again, is the comment in its list
        mvc.perform(get("/work/comments/{id}/answer?show=answered", open.id()).with(as("anan")))
                .andExpect(redirectedUrl("/work/hearings/" + hearing.id() + "/comments?show=answered#c-" + open.id()));

        mvc.perform(get("/work/hearings/{id}/comments", hearing.id()).param("show", "บางส่วน").with(as("anan")))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("ไม่มีตัวเลือก «บางส่วน»")));
        mvc.perform(get("/work/hearings/{id}/comments", hearing.id()).param("clause", "9.9").with(as("anan")))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("ไม่มีข้อ «9.9» ในร่างที่รับฟังความคิดเห็น")));
    }

    @Test
    void thePageOffersTheResolutionMatrixAsPdfExcelAndCsvWhateverTheFilter() throws Exception {
        Comment comment = comment("2.1", "นิยามไม่ชัดเจน", null);
        String matrix = "/api/hearings/" + hearing.id() + "/comments/export";

        String page = page("/work/hearings/{id}/comments?show=answered&clause=2.1", "pranee");

        assertThat(page).contains("ดาวน์โหลดตารางสรุปข้อคิดเห็นและผลการพิจารณา")
                .contains("<a href=\"" + matrix + ".pdf\" aria-label=\"ตารางสรุปข้อคิดเห็นและผลการพิจารณา (PDF)\">PDF</a>")
                .contains("<a href=\"" + matrix + ".xlsx\" aria-label=\"ตารางสรุปข้อคิดเห็นและผลการพิจารณา (Excel)\">Excel</a>")
                .contains("<a href=\"" + matrix + ".csv\" aria-label=\"ตารางสรุปข้อคิดเห็นและผลการพิจารณา (CSV)\">CSV</a>");
        // each link downloads the matrix of every comment, for the same people as the page
        mvc.perform(get(matrix + ".pdf").with(as("pranee"))).andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"));
        mvc.perform(get(matrix + ".xlsx").with(as("pranee"))).andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        mvc.perform(get(matrix + ".csv").with(as("pranee"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(comment.referenceNo())));
    }

    @Test
    void aLongListIsReadTwentyFiveAtATime() throws Exception {
        List<Comment> sent = new ArrayList<>();
        for (int i = 1; i <= CommentTriagePages.PAGE_SIZE + 2; i++) {
            sent.add(comment(i % 2 == 0 ? "2.1" : "3.1", "ข้อคิดเห็นที่ " + i, null));
        }

        String first = page("/work/hearings/{id}/comments", "anan");
        assertThat(articles(first)).isEqualTo(CommentTriagePages.PAGE_SIZE);
        assertThat(first).contains(sent.get(0).referenceNo()).contains(sent.get(24).referenceNo()).doesNotContain(sent.get(25).referenceNo())
                .contains("รายการที่ 1–25 จาก 27 รายการ").contains("หน้า 1 จาก 2")
                .contains("href=\"/work/hearings/" + hearing.id() + "/comments?page=2\"").doesNotContain("rel=\"prev\"");

        String second = page("/work/hearings/{id}/comments?page=2", "anan");
        assertThat(articles(second)).isEqualTo(2);
        assertThat(second).contains(sent.get(25).referenceNo()).contains(sent.get(26).referenceNo()).contains("รายการที่ 26–27 จาก 27 รายการ")
                .contains("หน้า 2 จาก 2").contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
        // a page past the last, as answering the last comment of a filtered list leaves it, shows the last
        assertThat(page("/work/hearings/{id}/comments?page=9", "anan")).contains("หน้า 2 จาก 2");

        mvc.perform(get("/work/hearings/{id}/comments", hearing.id()).param("page", "สอง").with(as("anan")))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("ไม่มีหน้า «สอง»")));
    }

    @Test
    void isForTheSecretariatAndTheStandardsWorkingGroupOnly() throws Exception {
        Comment comment = comment("2.1", "นิยามไม่ชัดเจน", null);

        page("/work/hearings/{id}/comments", "somsri");
        page("/work/hearings/{id}/comments", "pranee");
        // another project's working group, and the technical working group of this one
        for (String outsider : new String[] {"kittipong", "malee"}) {
            mvc.perform(get("/work/hearings/{id}/comments", hearing.id()).with(as(outsider))).andExpect(status().isForbidden())
                    .andExpect(content().string(containsString("คณะทำงานของมาตรฐานนี้")));
            answer(comment, outsider, "ACCEPTED", "รับ", null).andExpect(status().isForbidden());
        }
        assertThat(comments.get(comment.id()).disposition()).isNull();
        mvc.perform(get("/work/hearings/{id}/comments", hearing.id()).accept(MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/work/hearings/{id}/comments", 999_999).with(as("somsri"))).andExpect(status().isNotFound());
    }

    @Test
    void readsInEnglishOnRequest() throws Exception {
        comment("2.1", "นิยามไม่ชัดเจน", null);

        assertThat(page("/work/hearings/{id}/comments?lang=en", "anan")).contains("Answer comments one by one").contains("Not answered yet (1)")
                .contains("Record the disposition").contains(">Download the comment resolution matrix</span>")
                .contains("aria-label=\"Comment resolution matrix (PDF)\"").doesNotContain("??").doesNotContain("ยังไม่ได้พิจารณา");
    }

    @Test
    void aPageIsReadInTheSameFewStatementsWhateverTheNumberOfComments() throws Exception {
        for (int i = 0; i < 3; i++) {
            comment("2.1", "ข้อคิดเห็นที่ " + i, null);
        }
        page("/work/hearings/{id}/comments", "anan");
        int few = SqlStatements.countedWhile(() -> page("/work/hearings/{id}/comments", "anan"));
        for (int i = 0; i < 30; i++) {
            comment(i % 2 == 0 ? "2.1" : null, "ข้อคิดเห็นเพิ่มเติมที่ " + i, null);
        }
        int many = SqlStatements.countedWhile(() -> page("/work/hearings/{id}/comments", "anan"));
        int filtered = SqlStatements.countedWhile(() -> page("/work/hearings/{id}/comments?show=not-answered&clause=2.1&page=2", "anan"));

        assertThat(many).isEqualTo(few);
        assertThat(filtered).isEqualTo(few);
        assertThat(many).as("statements for a page of comments").isLessThanOrEqualTo(12);
    }

    private Comment comment(String clause, String text, String proposed) {
        return comments.submit(hearing.id(), new NewComment("(ร่าง) มสพร.", clause, CommentType.TECHNICAL, text, proposed, "สมหญิง ตัวอย่าง",
                "กรมการปกครอง", "somying@example.go.th", comments.privacyNoticeVersion()));
    }

    private void sendDraft(String version, byte[] file) throws Exception {
        mvc.perform(multipart("/api/standards/{id}/drafts", project.id())
                        .file(new MockMultipartFile("file", "ร่าง-" + version + ".docx", DOCX, file))
                        .param("version", version).with(as("anan")))
                .andExpect(status().isCreated());
    }

    private ResultActions answer(Comment comment, String user, String disposition, String response, String answeredIn) throws Exception {
        return answer(comment, user, disposition, response, answeredIn, null);
    }

    private ResultActions answer(Comment comment, String user, String disposition, String response, String answeredIn, String query)
            throws Exception {
        MockHttpServletRequestBuilder request = post("/work/comments/" + comment.id() + "/answer" + (query == null ? "" : "?" + query))
                .param("disposition", disposition).param("response", response).with(as(user)).with(csrf());
        if (answeredIn != null) {
            request.param("answeredIn", answeredIn);
        }
        return mvc.perform(request);
    }

    private String page(String uri, String user) throws Exception {
        return mvc.perform(get(uri, hearing.id()).with(as(user))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static int articles(String page) {
        return page.split("class=\"triage-comment\"", -1).length - 1;
    }
}
