package th.go.dga.standards.catalogue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import th.go.dga.standards.support.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class CatalogueApiTests extends ApiTestSupport {

    @Test
    void listsPublishedAndInForceStandardsWithoutLogin() throws Exception {
        mvc.perform(get("/api/catalogue"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].status", everyItem(in(new String[] {"PUBLISHED", "IN_FORCE"}))))
                .andExpect(jsonPath("$[*].code", hasItem("มสพร. 6-1 : 2566")))
                .andExpect(jsonPath("$[*].code", not(hasItem("มสพร. 6 : 2565"))))
                .andExpect(jsonPath("$[?(@.code == 'มสพร. 6-1 : 2566')].announcement").value(hasItem("ม 3/2566")))
                .andExpect(jsonPath("$[?(@.code == 'มสพร. 6-1 : 2566')].supersedes").value(hasItem("มสพร. 6 : 2565")))
                .andExpect(jsonPath("$[?(@.code == 'มรด. 1-1 : 2564')].effectiveOn").value(hasItem("2023-10-12")));
    }

    @Test
    void filtersByKindStatusYearAndText() throws Exception {
        mvc.perform(get("/api/catalogue").param("kind", "MRD").param("status", "IN_FORCE"))
                .andExpect(jsonPath("$[*].kind", everyItem(in(new String[] {"MRD"}))))
                .andExpect(jsonPath("$", hasSize(3)));
        mvc.perform(get("/api/catalogue").param("status", "SUPERSEDED")).andExpect(jsonPath("$[*].code", hasItem("มสพร. 6 : 2565")));
        mvc.perform(get("/api/catalogue").param("status", "DRAFTING")).andExpect(jsonPath("$", hasSize(0)));
        mvc.perform(get("/api/catalogue").param("year", "2566").param("q", "วิธีการระดับ")).andExpect(jsonPath("$", hasSize(2)));
        mvc.perform(get("/api/catalogue").param("kind", "ISO")).andExpect(status().isUnprocessableEntity());
    }

    @Test
    void offersTheCatalogueAsOpenDataInCsvAndJson() throws Exception {
        byte[] csv = mvc.perform(get("/api/catalogue/open-data.csv"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text.lines().findFirst().orElseThrow()).endsWith("code,kind,title_th,title_en,version,subject_group,status,published_on,"
                + "effective_on,announcement,announcement_pdf,announcement_sha256,gazette,supersedes,superseded_by,promoted_from,promoted_to");
        assertThat(text).contains("มสพร. 6-1 : 2566,MSPR,");

        mvc.perform(get("/api/catalogue/open-data.json"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("dga-standards.json")))
                .andExpect(jsonPath("$[*].code", hasItem("มรด. 12001 : 2563")));
    }
}
