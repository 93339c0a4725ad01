package th.go.dga.standards.site;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;

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
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public page of what a hearing's comments changed: the draft heard clause by clause, each comment with its
 * answer, and what became of the clause in the next version.
 */
@Import(SqlStatements.Counting.class)
class WhatChangedPagesTests extends ApiTestSupport {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Autowired CommentService comments;

    private Standard project;

    @BeforeEach
    void aProjectOfTheProcessWorkingGroup() {
        project = registeredProject(StandardKind.MSPR);
    }

    /** Version 1.0, as the working group sends it to the hearing. */
    static byte[] heardDraft() {
        return new DraftDocx()
                .title("(ร่าง) มาตรฐานสำนักงานพัฒนารัฐบาลดิจิทัล ว่าด้วยการจัดระดับบริการดิจิทัลภาครัฐ")
                .heading(1, "1 ขอบข่าย")
                .paragraph("มาตรฐานนี้ใช้กับหน่วยงานของรัฐที่ให้บริการดิจิทัลแก่ประชาชน")
                .heading(1, "2 บทนิยาม")
                .heading(2, "2.1 บริการดิจิทัล")
                .paragraph("บริการที่ประชาชนยื่นคำขอและรับผลผ่านช่องทางดิจิทัล")
                .heading(1, "3 หลักเกณฑ์")
                .paragraph("3.1 หน่วยงานของรัฐต้องจัดเก็บข้อมูลการให้บริการไว้อย่างน้อยหนึ่งปี")
                .bytes();
    }

    /** Version 2.0, revised after the hearing: a longer period in 3.1, and a new clause 3.2. */
    static byte[] revisedDraft() {
        return new DraftDocx()
                .title("(ร่าง) มาตรฐานสำนักงานพัฒนารัฐบาลดิจิทัล ว่าด้วยการจัดระดับบริการดิจิทัลภาครัฐ")
                .heading(1, "1 ขอบข่าย")
                .paragraph("มาตรฐานนี้ใช้กับหน่วยงานของรัฐที่ให้บริการดิจิทัลแก่ประชาชน")
                .heading(1, "2 บทนิยาม")
                .heading(2, "2.1 บริการดิจิทัล")
                .paragraph("บริการที่ประชาชนยื่นคำขอและรับผลผ่านช่องทางดิจิทัล")
                .heading(1, "3 หลักเกณฑ์")
                .paragraph("3.1 หน่วยงานของรัฐต้องจัดเก็บข้อมูลการให้บริการไว้อย่างน้อยสองปี")
                .paragraph("3.2 หน่วยงานของรัฐต้องรายงานผลการจัดระดับต่อสำนักงานทุกปี")
                .bytes();
    }

    @Test
    void isNotFoundUntilTheSummaryIsPublished() throws Exception {
        Hearing hearing = heardHearing();
        Comment comment = comments.submit(hearing.id(), onClause("3.1", "ควรเก็บข้อมูลนานกว่าหนึ่งปี", true));
        mvc.perform(get("/hearings/{id}/changes", hearing.id())).andExpect(status().isNotFound());

        hearings.close(hearing.id());
        send("2.0", revisedDraft());
        answer(comment, "ACCEPTED", "ขยายเป็นสองปี", "3.1");
        // answered, revised, but the working group's until the summary is published
        mvc.perform(get("/hearings/{id}/changes", hearing.id()))
                .andExpect(status().isNotFound()).andExpect(content().string(not(containsString("ขยายเป็นสองปี"))));
        mvc.perform(get("/hearings/{id}", hearing.id())).andExpect(content().string(not(containsString("/changes"))));

        hearings.publishSummary(hearing.id());
        mvc.perform(get("/hearings/{id}/changes", hearing.id())).andExpect(status().isOk());
        mvc.perform(get("/hearings/{id}", hearing.id()))
                .andExpect(content().string(containsString("href=\"/hearings/" + hearing.id() + "/changes\"")));
        mvc.perform(get("/hearings/{id}/summary", hearing.id()))
                .andExpect(content().string(containsString("href=\"/hearings/" + hearing.id() + "/changes\"")));
    }

    @Test
    void aHearingOfADraftNotSentAsAWordFileHasNoSuchPage() throws Exception {
        Hearing hearing = openHearing();
        comments.submit(hearing.id(), onClause("5.2", "ควรเพิ่มระดับ IAL", false));
        hearings.close(hearing.id());
        hearings.publishSummary(hearing.id());

        mvc.perform(get("/hearings/{id}/changes", hearing.id())).andExpect(status().isNotFound());
        mvc.perform(get("/hearings/{id}/summary", hearing.id()))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("/changes"))));
        mvc.perform(get("/hearings/{id}/changes", 999999)).andExpect(status().isNotFound());
    }

    @Test
    void showsEachClauseHeardWithItsCommentsTheirAnswersAndTheWordsTheAnswerChanged() throws Exception {
        Hearing hearing = heardHearing();
        Comment onPeriod = comments.submit(hearing.id(), onClause("3.1", "ควรเก็บข้อมูลนานกว่าหนึ่งปี", true));
        Comment onDefinition = comments.submit(hearing.id(), onClause("2.1", "นิยามควรครอบคลุมการรายงานผล", false));
        Comment onWhole = comments.submit(hearing.id(), onClause(null, "เห็นด้วยทั้งฉบับ", false));
        hearings.close(hearing.id());
        send("2.0", revisedDraft());
        answer(onPeriod, "ACCEPTED", "ขยายระยะเวลาจัดเก็บเป็นสองปี", "3.1");
        answer(onDefinition, "PARTLY_ACCEPTED", "คงนิยามไว้ และเพิ่มข้อ 3.2 ว่าด้วยการรายงานผล", "3.2");
        answer(onWhole, "NOTED", "ขอบคุณสำหรับข้อคิดเห็น");
        hearings.publishSummary(hearing.id());

        String page = mvc.perform(get("/hearings/{id}/changes", hearing.id()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<h1>ร่างที่รับฟังความคิดเห็นและสิ่งที่เปลี่ยนไป</h1>"),
                        containsString("ร่างฉบับ 1.0 ที่รับฟังความคิดเห็น → ร่างฉบับ 2.0"),
                        containsString("แก้ไข 1 ข้อ เพิ่ม 1 ข้อ ตัดออก 0 ข้อ ย้ายหรือเปลี่ยนเลขข้อ 0 ข้อ คงเดิม 4 ข้อ"),
                        containsString("id=\"ข้อ-3.1\""), containsString("id=\"ข้อ-2.1\""),
                        containsString("ควรเก็บข้อมูลนานกว่าหนึ่งปี"), containsString("ขยายระยะเวลาจัดเก็บเป็นสองปี"),
                        containsString(">รับ</span>"), containsString(">รับบางส่วน</span>"), containsString(">รับทราบ</span>"),
                        containsString("<del>หนึ่ง</del><ins>สอง</ins>"),
                        containsString("ข้อนี้คงเดิมในร่างฉบับ 2.0"),
                        containsString("ข้อคิดเห็นต่อร่างทั้งฉบับ"), containsString("เห็นด้วยทั้งฉบับ"),
                        containsString("ข้อที่เพิ่มใหม่ในร่างฉบับ 2.0"))))
                .andReturn().getResponse().getContentAsString();

        // in the draft's order: the clause heard, its comment, what it became; then the whole draft's; then what was added
        assertThat(page).containsSubsequence("id=\"ข้อ-2.1\"", "นิยามควรครอบคลุมการรายงานผล", "id=\"ข้อ-3.1\"",
                "ควรเก็บข้อมูลนานกว่าหนึ่งปี", "<del>หนึ่ง</del><ins>สอง</ins>", "เห็นด้วยทั้งฉบับ", "ข้อที่เพิ่มใหม่ในร่างฉบับ 2.0");
        // what clause 3.1 became is shown once, under the clause, not again under the comment whose answer names it
        assertThat(page.split("<del>หนึ่ง</del>", -1)).hasSize(2);
        // clause 3.2, named by the answer to the comment on 2.1, is shown with that comment and among the clauses added
        assertThat(page.split("หน่วยงานของรัฐต้องรายงานผลการจัดระดับต่อสำนักงานทุกปี</ins>", -1)).hasSize(3);

        mvc.perform(get("/hearings/{id}/changes", hearing.id()).param("lang", "en"))
                .andExpect(content().string(allOf(containsString("Draft version 1.0, heard → draft version 2.0"),
                        containsString("Comments on clause 3.1 (1)"), containsString(">Accepted</span>"))));
    }

    @Test
    void withoutANextVersionSentAsAWordFileShowsTheDraftHeardWithTheAnswers() throws Exception {
        Hearing hearing = heardHearing();
        Comment comment = comments.submit(hearing.id(), onClause("3.1", "ควรเก็บข้อมูลนานกว่าหนึ่งปี", true));
        hearings.close(hearing.id());
        answer(comment, "NOT_ACCEPTED", "หนึ่งปีเพียงพอตามกฎหมาย");
        hearings.publishSummary(hearing.id());

        mvc.perform(get("/hearings/{id}/changes", hearing.id()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("ร่างฉบับ 1.0 ที่รับฟังความคิดเห็น</p>"),
                        containsString("ยังไม่มีร่างฉบับถัดไปที่ส่งเป็นไฟล์ Word"), containsString("หนึ่งปีเพียงพอตามกฎหมาย"),
                        containsString(">ไม่รับ</span>"), not(containsString("<del>")), not(containsString("ข้อนี้คงเดิม")))));
    }

    @Test
    void showsANameOnlyWhereItsAuthorAgreedAndWhatThePublicTypedAsText() throws Exception {
        Hearing hearing = heardHearing();
        Comment named = comments.submit(hearing.id(), onClause("3.1", "ควรเก็บข้อมูลนานกว่าหนึ่งปี", true));
        Comment unnamed = comments.submit(hearing.id(), new NewComment("ร่าง", "1", CommentType.EDITORIAL,
                "ขอบข่ายไม่ชัด <img src=x onerror=alert(1)> <script>alert(2)</script>", "<b>ตัวหนา</b>",
                "สมปอง ไม่เปิดเผย", "สำนักงานตัวอย่าง", "sompong@example.go.th", "1.0", false));
        hearings.close(hearing.id());
        send("2.0", revisedDraft());
        answer(named, "ACCEPTED", "ขยายเป็นสองปี", "3.1");
        answer(unnamed, "NOT_ACCEPTED", "ขอบข่ายชัดเจนแล้ว ดู https://www.dga.or.th/faq");
        hearings.publishSummary(hearing.id());

        mvc.perform(get("/hearings/{id}/changes", hearing.id()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("ประภา ยินดีเปิดเผย"), not(containsString("สมปอง")), containsString("ไม่ประสงค์ออกนาม"),
                        containsString("สำนักงานตัวอย่าง"), not(containsString("@example.go.th")),
                        containsString("&lt;img src=x onerror=alert(1)&gt;"), not(containsString("<img src=x")),
                        not(containsString("<script>alert(2)")), containsString("&lt;b&gt;ตัวหนา&lt;/b&gt;"),
                        containsString(">ไม่รับ</span>"),
                        containsString("<a href=\"https://www.dga.or.th/faq\" rel=\"noopener noreferrer\">"))));
    }

    @Test
    void isReadInTheSameStatementsForTwoCommentsAsForEight() throws Exception {
        Hearing fewer = revisedHearingWith(project, 2);
        Hearing more = revisedHearingWith(registeredProject(StandardKind.MSPR), 8);
        page(fewer);
        page(more);

        int forFewer = SqlStatements.countedWhile(() -> page(fewer));
        int forMore = SqlStatements.countedWhile(() -> page(more));

        assertThat(page(more)).contains("ข้อคิดเห็นที่ 8");
        assertThat(forFewer).isPositive();
        assertThat(forMore).isEqualTo(forFewer);
    }

    // --- helpers ---

    /** A hearing of version 1.0, sent as a Word file, opened. */
    private Hearing heardHearing() throws Exception {
        return heardHearing(project);
    }

    private Hearing heardHearing(Standard standard) throws Exception {
        send(standard, "1.0", heardDraft());
        return hearings.open(scheduledHearing(standard.id()).id());
    }

    /** A hearing with comments on clauses 2.1 and 3.1 in turn, each answered by a clause of version 2.0, its summary published. */
    private Hearing revisedHearingWith(Standard standard, int commentCount) throws Exception {
        Hearing hearing = heardHearing(standard);
        for (int i = 1; i <= commentCount; i++) {
            comments.submit(hearing.id(), onClause(i % 2 == 0 ? "2.1" : "3.1", "ข้อคิดเห็นที่ " + i, true));
        }
        hearings.close(hearing.id());
        send(standard, "2.0", revisedDraft());
        for (Comment c : comments.forHearing(hearing.id())) {
            comments.respond(c.id(), Disposition.ACCEPTED, "ปรับแล้ว", List.of(c.clause().equals("2.1") ? "3.2" : "3.1"));
        }
        hearings.publishSummary(hearing.id());
        return hearing;
    }

    private void send(String version, byte[] file) throws Exception {
        send(project, version, file);
    }

    private void send(Standard standard, String version, byte[] file) throws Exception {
        mvc.perform(multipart("/api/standards/{id}/drafts", standard.id())
                        .file(new MockMultipartFile("file", "ร่าง-" + version + ".docx", DOCX, file))
                        .param("version", version).with(as("anan")))
                .andExpect(status().isCreated());
    }

    private void answer(Comment comment, String disposition, String response, String... answeredIn) throws Exception {
        mvc.perform(put("/api/comments/{id}/disposition", comment.id()).with(as("anan")).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("disposition", disposition, "response", response, "answeredIn", List.of(answeredIn)))))
                .andExpect(status().isOk());
    }

    private String page(Hearing hearing) throws Exception {
        return mvc.perform(get("/hearings/{id}/changes", hearing.id())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static NewComment onClause(String clause, String text, boolean publishName) {
        return new NewComment("ร่าง", clause, CommentType.TECHNICAL, text, null, "ประภา ยินดีเปิดเผย", "กรมการปกครอง", "prapa@example.go.th", "1.0",
                publishName);
    }
}
