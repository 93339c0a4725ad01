package th.go.dga.standards.hearing;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;

import th.go.dga.standards.draft.DraftDocx;
import th.go.dga.standards.registry.Standard;
import th.go.dga.standards.registry.StandardKind;
import th.go.dga.standards.support.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class CommentsApiTests extends ApiTestSupport {

    @Autowired CommentService comments;

    @Test
    void staffFilterTheCommentsOfAHearing() throws Exception {
        Hearing hearing = openHearing();
        comments.submit(hearing.id(), comment("ควรเพิ่มระดับ IAL", CommentType.TECHNICAL, "5.2"));
        comments.submit(hearing.id(), comment("แก้คำผิดในบทนำ", CommentType.EDITORIAL, "1"));

        mvc.perform(get("/api/hearings/{id}/comments", hearing.id()).with(as("somsri")))
                .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].email").value("commenter@example.org"));
        mvc.perform(get("/api/hearings/{id}/comments", hearing.id()).param("type", "EDITORIAL").with(as("somsri")))
                .andExpect(jsonPath("$", hasSize(1))).andExpect(jsonPath("$[0].clause").value("1"));
        mvc.perform(get("/api/hearings/{id}/comments", hearing.id()).param("q", "ial").with(as("somsri")))
                .andExpect(jsonPath("$", hasSize(1))).andExpect(jsonPath("$[0].type").value("TECHNICAL"));
        mvc.perform(get("/api/hearings/{id}/comments", hearing.id()).param("answered", "true").with(as("somsri")))
                .andExpect(jsonPath("$", hasSize(0)));
        mvc.perform(get("/api/hearings/{id}/comments", hearing.id()).param("disposition", "MAYBE").with(as("somsri")))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].field").value("disposition"));
    }

    @Test
    void theCommentsOfAHearingAreNotForTheAnonymousPublic() throws Exception {
        Hearing hearing = openHearing();

        mvc.perform(get("/api/hearings/{id}/comments", hearing.id()))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("Basic")))
                .andExpect(jsonPath("$.type").value("/problems/unauthorized"));
        mvc.perform(get("/api/hearings/{id}/comments/export.csv", hearing.id())).andExpect(status().isUnauthorized());
    }

    @Test
    void recordsADispositionFromTheDayTheCommentArrivesUntilTheHearingIsCancelled() throws Exception {
        Hearing hearing = openHearing();
        Comment comment = comments.submit(hearing.id(), comment("ควรเพิ่มระดับ IAL", CommentType.TECHNICAL, "5.2"));
        Map<String, String> answer = Map.of("disposition", "PARTLY_ACCEPTED", "response", "เพิ่มตาราง IAL ในภาคผนวก");

        mvc.perform(put("/api/comments/{id}/disposition", comment.id()).with(as("anan")).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("disposition", "PARTLY_ACCEPTED"))))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].field").value("response"));
        mvc.perform(put("/api/comments/{id}/disposition", comment.id()).with(as("anan")).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("disposition", "NOTED", "response", "ก".repeat(16001)))))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].field").value("response"));
        // no revised draft yet: no clause of it can answer the comment
        mvc.perform(put("/api/comments/{id}/disposition", comment.id()).with(as("anan")).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("disposition", "ACCEPTED", "response", "ปรับแล้ว", "answeredIn", List.of("5.2")))))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].field").value("answeredIn"));
        mvc.perform(put("/api/comments/{id}/disposition", comment.id()).with(as("anan")).contentType(MediaType.APPLICATION_JSON).content(body(answer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.disposition").value("PARTLY_ACCEPTED"))
                .andExpect(jsonPath("$.respondedBy").value("anan"));
        assertThat(comments.get(comment.id()).response()).isEqualTo("เพิ่มตาราง IAL ในภาคผนวก");

        hearings.cancelUnfinished(hearing.standardId());
        mvc.perform(put("/api/comments/{id}/disposition", comment.id()).with(as("anan")).contentType(MediaType.APPLICATION_JSON).content(body(answer)))
                .andExpect(status().isConflict());
        mvc.perform(put("/api/comments/{id}/disposition", 999999).with(as("anan")).contentType(MediaType.APPLICATION_JSON).content(body(answer)))
                .andExpect(status().isNotFound());
    }

    @Test
    void exportsTheResolutionMatrixAsCsvThatExcelReadsAsThaiWithFormulasMadeInert() throws Exception {
        Hearing hearing = openHearing();
        comments.submit(hearing.id(), comment("=HYPERLINK(\"http://evil.example\",\"คลิก\")", CommentType.GENERAL, "2"));
        comments.submit(hearing.id(), comment("ข้อความ, มีจุลภาค \"และอัญประกาศ\"", CommentType.EDITORIAL, "3"));

        byte[] csv = mvc.perform(get("/api/hearings/{id}/comments/export.csv", hearing.id()).with(as("somsri")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(csv, StandardCharsets.UTF_8).substring(1);
        assertThat(text.lines().findFirst().orElseThrow())
                .isEqualTo("เลขที่อ้างอิง,ข้อ / หัวข้อ,ชื่อข้อ,ประเภท,ข้อคิดเห็น,ข้อความที่เสนอให้แก้ไข,ผลการพิจารณา,คำชี้แจง,การเปลี่ยนแปลงในร่างฉบับถัดไป");
        assertThat(text).contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"คลิก\"\")\"").contains("ทั่วไป")
                .contains("\"ข้อความ, มีจุลภาค \"\"และอัญประกาศ\"\"\"");
    }

    @Test
    void exportsTheResolutionMatrixAsAnExcelWorkbook() throws Exception {
        Hearing hearing = openHearing();
        comments.submit(hearing.id(), comment("ควรเพิ่มระดับ IAL", CommentType.TECHNICAL, "5.2"));

        byte[] xlsx = mvc.perform(get("/api/hearings/{id}/comments/export.xlsx", hearing.id()).with(as("somsri")).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("spreadsheetml")))
                .andReturn().getResponse().getContentAsByteArray();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Ref");
            assertThat(header.getCell(2).getStringCellValue()).isEqualTo("Clause heading");
            assertThat(header.getCell(7).getStringCellValue()).isEqualTo("Response");
            assertThat(header.getCell(8).getStringCellValue()).isEqualTo("Change in the next version");
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("TECHNICAL");
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("ควรเพิ่มระดับ IAL");
            // the hearing's draft was a link: clause 5.2 is as the commenter typed it, with no heading and no change to link to
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("5.2");
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEmpty();
            assertThat(sheet.getRow(1).getCell(8).getStringCellValue()).isEmpty();
            assertThat(sheet.getRow(1).getCell(8).getHyperlink()).isNull();
        }
    }

    @Test
    void theMatrixOfADraftSentAsAWordFileGivesEachClauseItsHeadingAndALinkToWhatBecameOfIt() throws Exception {
        Standard project = registeredProject(StandardKind.MSPR);
        byte[] draft = new DraftDocx()
                .heading(1, "1 ขอบข่าย").paragraph("มาตรฐานนี้ใช้กับหน่วยงานของรัฐ")
                .heading(1, "2 =1+1 การคำนวณระดับ").paragraph("ระดับคำนวณจากคะแนนรวม")
                .bytes();
        mvc.perform(multipart("/api/standards/{id}/drafts", project.id()).file(new MockMultipartFile("file", "ร่าง.docx",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", draft)).param("version", "1.0").with(as("anan")))
                .andExpect(status().isCreated());
        Hearing hearing = hearings.open(scheduledHearing(project.id()).id());
        comments.submit(hearing.id(), comment("ขอบข่ายควรรวมรัฐวิสาหกิจ", CommentType.TECHNICAL, "1"));
        comments.submit(hearing.id(), comment("เห็นด้วยทั้งฉบับ", CommentType.GENERAL, null));
        comments.submit(hearing.id(), comment("สูตรไม่ชัด", CommentType.TECHNICAL, "2"));

        String csv = new String(mvc.perform(get("/api/hearings/{id}/comments/export.csv", hearing.id()).with(as("somsri")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8).substring(1);
        List<String> lines = csv.lines().toList();
        List<Comment> received = comments.forHearing(hearing.id());
        String page = "http://localhost/hearings/" + hearing.id() + "/changes";
        assertThat(lines.get(1)).startsWith(received.get(0).referenceNo() + ",1,ขอบข่าย,ด้านเทคนิค,").endsWith("," + page + "#ข้อ-1");
        // on the whole draft: no clause, no heading, no link
        assertThat(lines.get(2)).startsWith(received.get(1).referenceNo() + ",,,ทั่วไป,").endsWith(",เห็นด้วยทั้งฉบับ,,,,");
        // a heading from the Word file is kept from running as a formula, as any cell is
        assertThat(lines.get(3)).contains(",2,'=1+1 การคำนวณระดับ,").endsWith("," + page + "#ข้อ-2");

        byte[] xlsx = mvc.perform(get("/api/hearings/{id}/comments/export.xlsx", hearing.id()).with(as("somsri")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Row row = workbook.getSheetAt(0).getRow(1);
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo("ขอบข่าย");
            assertThat(row.getCell(8).getStringCellValue()).isEqualTo(page + "#ข้อ-1");
            assertThat(row.getCell(8).getHyperlink().getAddress()).isEqualTo(page + "#%E0%B8%82%E0%B9%89%E0%B8%AD-1");
            assertThat(workbook.getSheetAt(0).getRow(3).getCell(2).getCellType()).isEqualTo(CellType.STRING);
            assertThat(workbook.getSheetAt(0).getRow(2).getCell(8).getHyperlink()).isNull();
        }
    }

    static NewComment comment(String text, CommentType type, String clause) {
        return new NewComment("ร่างมาตรฐาน", clause, type, text, null, "ผู้แสดงความคิดเห็น", "กรมตัวอย่าง", "commenter@example.org", "1.0");
    }
}
