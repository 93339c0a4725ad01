package th.go.dga.standards.site;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import th.go.dga.standards.registry.NewStandard;
import th.go.dga.standards.registry.Standard;
import th.go.dga.standards.registry.StandardCode;
import th.go.dga.standards.registry.StandardKind;
import th.go.dga.standards.registry.StandardStatus;
import th.go.dga.standards.support.ApiTestSupport;
import th.go.dga.standards.time.BuddhistEra;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The home page and the standards catalogue, on the agency's published standards.
 */
class CataloguePagesTests extends ApiTestSupport {

    @Test
    void theHomePageListsOpenHearingsWithTheDaysLeftAndTheLatestStandards() throws Exception {
        openHearing();
        Standard published = registry.register(new NewStandard(StandardKind.MSPR, 9501, null, "มาตรฐานที่เพิ่งประกาศ", "Just published", "WEBSITE",
                "wg-process", "twg-process", null, null, StandardStatus.PUBLISHED));
        registry.assignCode(published.id(), new StandardCode(StandardKind.MSPR, 9501, null, 2569));
        // the latest of all: other tests of this context publish standards at other moments
        LocalDate latest = registry.findAll().stream().map(Standard::publishedOn).filter(java.util.Objects::nonNull)
                .max(LocalDate::compareTo).orElseThrow().plusDays(1);
        registry.recordPublication(published.id(), latest, null);

        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("เปิดรับฟังความคิดเห็นอยู่ในขณะนี้"), containsString("เหลืออีก 36 วัน"),
                        containsString("มสพร. 9501 : 2569"), containsString(BuddhistEra.format(latest)), containsString("action=\"/standards\""))));
    }

    @Test
    void searchesByTextKindSubjectStatusAndBuddhistEraYear() throws Exception {
        mvc.perform(get("/standards").param("q", "ดิจิทัลไอดี"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("มรด. 1-1 : 2564"), not(containsString("มสพร. 6-1 : 2566")))));
        mvc.perform(get("/standards").param("kind", "MSPR").param("year", "2566"))
                .andExpect(content().string(allOf(containsString("มสพร. 6-1 : 2566"), containsString("มสพร. 6-4 : 2566"),
                        not(containsString("มสพร. 1 : 2564")), not(containsString("มรด.</a>")))));
        mvc.perform(get("/standards").param("subject", "CORE_DATA"))
                .andExpect(content().string(containsString("พบ 2 รายการ")));
        mvc.perform(get("/standards").param("status", "SUPERSEDED"))
                .andExpect(content().string(allOf(containsString("มสพร. 6 : 2565"), containsString("ยกเลิกและใช้ฉบับใหม่แทน"))));
        mvc.perform(get("/standards").param("year", "66"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("role=\"alert\"")));
    }

    @Test
    void aStandardsPageShowsItsAnnouncementAndItsChainOfRevisions() throws Exception {
        String revised = registry.findByCode(StandardCode.parse("มสพร. 6-2565")).orElseThrow().id();
        String current = registry.findByCode(StandardCode.parse("มสพร. 6-1 : 2566")).orElseThrow().id();

        mvc.perform(get("/standards/{id}", current))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("ม 3/2566"), containsString("22 สิงหาคม 2566"),
                        containsString("href=\"/standards/" + revised + "\""),
                        containsString("ผู้ลงนาม</dt>"), containsString("ศุภชัย ธนากร"), containsString("(ผู้อำนวยการสำนักงานพัฒนารัฐบาลดิจิทัล)"),
                        containsString("มาตรา 8 แห่งพระราชกฤษฎีกาจัดตั้งสำนักงานพัฒนารัฐบาลดิจิทัล (องค์การมหาชน) พ.ศ. 2561"))));
        mvc.perform(get("/standards/{id}", revised).param("lang", "en"))
                .andExpect(content().string(allOf(containsString("Replaced by"), containsString("href=\"/standards/" + current + "\""))));
        mvc.perform(get("/standards/{id}", registeredProject(StandardKind.MSPR).id())).andExpect(status().isNotFound());
    }
}
