package th.go.dga.standards.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import th.go.dga.standards.hearing.CommentService;
import th.go.dga.standards.hearing.CommentType;
import th.go.dga.standards.hearing.Disposition;
import th.go.dga.standards.hearing.Hearing;
import th.go.dga.standards.hearing.NewComment;
import th.go.dga.standards.support.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A hearing's summary as a PDF, for anyone, exactly when its page is there and with what the page shows; the
 * resolution matrix as a PDF, for the people who run the project only.
 */
class HearingPdfTests extends ApiTestSupport {

    @Autowired CommentService comments;

    @Test
    void theSummaryPdfIsThereWhenThePageIsAndShowsWhatThePageShows() throws Exception {
        Hearing hearing = openHearing();
        long named = comments.submit(hearing.id(), new NewComment("ร่าง", "5.1", CommentType.TECHNICAL, "ควรเพิ่มระดับความน่าเชื่อถือที่สาม", null,
                "ประภา ยินดีเปิดเผย", "กรมการปกครอง", "prapa@example.go.th", "1.0", true)).id();
        comments.submit(hearing.id(), new NewComment("ร่าง", "2", CommentType.EDITORIAL, "แก้คำผิดในบทนำ", null,
                "สมปอง ไม่เปิดเผย", "สำนักงานตัวอย่าง", "sompong@example.go.th", "1.0", false));
        mvc.perform(get("/hearings/{id}/summary.pdf", hearing.id())).andExpect(status().isNotFound());

        hearings.close(hearing.id());
        comments.respond(named, Disposition.PARTLY_ACCEPTED, "เพิ่มในภาคผนวก ข");
        String before = text(summaryPdf(hearing));
        assertThat(before).contains("สรุปผลการรับฟังความคิดเห็น", "ควรเพิ่มระดับความน่าเชื่อถือที่สาม", "อยู่ระหว่างพิจารณา")
                .doesNotContain("รับบางส่วน", "เพิ่มในภาคผนวก");

        hearings.publishSummary(hearing.id());
        String after = text(summaryPdf(hearing));
        assertThat(after).contains("ประภา ยินดีเปิดเผย", "กรมการปกครอง", "ไม่ประสงค์ออกนาม", "สำนักงานตัวอย่าง", "รับบางส่วน", "เพิ่มในภาคผนวก ข",
                "หน้า 1 / 1", "2569").doesNotContain("สมปอง", "prapa@example.go.th");
        mvc.perform(get("/hearings/{id}/summary", hearing.id()))
                .andExpect(content().string(containsString("/hearings/" + hearing.id() + "/summary.pdf")));
    }

    @Test
    void aLongSummaryRepeatsItsTableHeaderAndNumbersEveryPage() throws Exception {
        Hearing hearing = openHearing();
        for (int i = 1; i <= 40; i++) {
            comments.submit(hearing.id(), new NewComment("ร่าง", "4." + i, CommentType.TECHNICAL,
                    ("ข้อคิดเห็นที่ " + i + " หน่วยงานของรัฐควรทบทวนระดับความน่าเชื่อถือของการยืนยันตัวตนทุกปี ").repeat(4), null,
                    "ผู้แสดงความคิดเห็น " + i, null, "c" + i + "@example.go.th", "1.0", true));
        }
        hearings.close(hearing.id());
        hearings.publishSummary(hearing.id());

        byte[] pdf = summaryPdf(hearing);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(2);
            for (int page = 1; page <= pages; page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(document).replace("\n", "")).as("page %d", page).contains("เลขที่อ้างอิง", "ผลการพิจารณา", "หน้า " + page + " / " + pages);
            }
            Path dir = Files.createDirectories(Path.of("target/pdf-previews"));
            ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 150), "png", dir.resolve("hearing-summary.png").toFile());
        }
    }

    @Test
    void theMatrixPdfIsForThePeopleWhoRunTheProjectOnly() throws Exception {
        Hearing hearing = openHearing();
        comments.submit(hearing.id(), new NewComment("ร่าง", "5.2", CommentType.TECHNICAL, "ควรระบุระดับความเชื่อมั่น", "เพิ่มตาราง",
                "สมหญิง", null, "somying@example.go.th", "1.0", false));

        mvc.perform(get("/api/hearings/{id}/comments/export.pdf", hearing.id())).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/hearings/{id}/comments/export.pdf", hearing.id()).with(as("chaiwat"))).andExpect(status().isForbidden());
        byte[] pdf = mvc.perform(get("/api/hearings/{id}/comments/export.pdf", hearing.id()).with(as("somsri")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(text(pdf)).contains("ตารางสรุปข้อคิดเห็นและผลการพิจารณา", "ข้อคิดเห็น", "ควรระบุระดับความเชื่อมั่น", "เพิ่มตาราง");
    }

    private byte[] summaryPdf(Hearing hearing) throws Exception {
        return mvc.perform(get("/hearings/{id}/summary.pdf", hearing.id()))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // a cell's text goes on as many lines as it needs: read it as one line
            return new PDFTextStripper().getText(document).replace("\n", "");
        }
    }
}
