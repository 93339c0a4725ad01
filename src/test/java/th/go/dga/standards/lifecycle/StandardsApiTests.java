package th.go.dga.standards.lifecycle;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

import th.go.dga.standards.registry.StandardCode;
import th.go.dga.standards.registry.StandardStatus;
import th.go.dga.standards.support.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class StandardsApiTests extends ApiTestSupport {

    @Test
    void theSecretariatRegistersAProjectAndItsLifecycleStarts() throws Exception {
        MvcResult result = mvc.perform(post("/api/standards").with(as("somsri")).contentType(MediaType.APPLICATION_JSON)
                        .content(body(registration(801))))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/standards/STD-")))
                .andExpect(jsonPath("$.status").value("DRAFTING"))
                .andExpect(jsonPath("$.displayCode").value("(ร่าง) มสพร. 801-2"))
                .andExpect(jsonPath("$.openTasks[0].step").value("UserTask_PrepareDraft"))
                .andExpect(jsonPath("$.openTasks[0].candidateGroups[0]").value("wg-process"))
                .andExpect(jsonPath("$.currentSteps[0]").value("จัดทำร่างมาตรฐาน"))
                .andReturn();

        String id = json.readTree(result.getResponse().getContentAsString()).get("id").asText();
        assertThat(registry.timeline(id)).singleElement().satisfies(c -> assertThat(c.changedBy()).isEqualTo("somsri"));
        mvc.perform(get("/api/standards/{id}/timeline", id).with(as("anan")))
                .andExpect(jsonPath("$[0].to").value("DRAFTING")).andExpect(jsonPath("$[0].changedBy").value("somsri"));
    }

    @Test
    void refusesARegistrationThatBreaksARuleNamingEachField() throws Exception {
        Map<String, Object> bad = registration(802);
        bad.put("revisesCode", "มสพร. x-1:25");
        bad.put("workingGroup", "wg-nobody");
        bad.remove("titleTh");

        mvc.perform(post("/api/standards").with(as("somsri")).contentType(MediaType.APPLICATION_JSON).content(body(bad)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[*].field", hasItem("revisesCode")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("workingGroup")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("titleTh")));
        mvc.perform(post("/api/standards").with(as("somsri")).contentType(MediaType.APPLICATION_JSON).content("{\"number\": \"six\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("number"));
    }

    @Test
    void aSignedStandardsNumberIsTakenAgainOnlyByItsRevision() throws Exception {
        Map<String, Object> again = registration(6);
        again.put("part", 1);

        mvc.perform(post("/api/standards").with(as("somsri")).contentType(MediaType.APPLICATION_JSON).content(body(again)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("number"))
                .andExpect(jsonPath("$.errors[0].message", startsWith("มสพร. 6-1 : 2566 ลงนามแล้ว")));
        again.put("revisesCode", "มสพร. 6-1 : 2566");
        mvc.perform(post("/api/standards").with(as("somsri")).contentType(MediaType.APPLICATION_JSON).content(body(again)))
                .andExpect(status().isCreated());
    }

    @Test
    void onlyTheSecretariatRegistersProjects() throws Exception {
        mvc.perform(post("/api/standards").with(as("anan")).contentType(MediaType.APPLICATION_JSON).content(body(registration(803))))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.type").value("/problems/forbidden"));
        mvc.perform(post("/api/standards").contentType(MediaType.APPLICATION_JSON).content(body(registration(803))))
                .andExpect(status().isUnauthorized());
        // a user no other test acts as: the engine delays a user's next login after a wrong password
        mvc.perform(post("/api/standards").with(httpBasic("nattaya", "wrong")).contentType(MediaType.APPLICATION_JSON).content(body(registration(803))))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void searchesByStatusKindYearAndTextPageByPage() throws Exception {
        mvc.perform(get("/api/standards").with(as("somsri")).param("status", "PUBLISHED").param("kind", "MSPR").param("year", "2566"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(4)))
                .andExpect(jsonPath("$.items[*].code", everyItem(startsWith("มสพร. 6-"))))
                .andExpect(jsonPath("$.totalItems").value(4));
        mvc.perform(get("/api/standards").with(as("somsri")).param("q", "ดิจิทัลไอดี"))
                .andExpect(jsonPath("$.items[*].code", containsInAnyOrder("มรด. 1-1 : 2564", "มรด. 1-2 : 2564")));
        mvc.perform(get("/api/standards").with(as("somsri")).param("q", "Digital ID"))
                .andExpect(jsonPath("$.items", hasSize(2)));
        mvc.perform(get("/api/standards").with(as("somsri")).param("status", "PUBLISHED,IN_FORCE").param("size", "3").param("page", "1")
                        .param("sort", "code,desc"))
                .andExpect(jsonPath("$.items", hasSize(3))).andExpect(jsonPath("$.page").value(1)).andExpect(jsonPath("$.size").value(3));
        mvc.perform(get("/api/standards").with(as("somsri")).param("sort", "colour").param("size", "500").param("status", "DONE"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("status", "size", "sort")));
    }

    @Test
    void showsAStandardWithItsLinks() throws Exception {
        String old = registry.findByCode(StandardCode.parse("มสพร. 6-2565")).orElseThrow().id();
        String successor = registry.findByCode(StandardCode.parse("มสพร. 6-1 : 2566")).orElseThrow().id();

        mvc.perform(get("/api/standards/{id}", old).with(as("somsri")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUPERSEDED"))
                .andExpect(jsonPath("$.links.supersededBy.id").value(successor));
        mvc.perform(get("/api/standards/{id}", successor).with(as("somsri")))
                .andExpect(jsonPath("$.announcement").value("ม 3/2566"))
                .andExpect(jsonPath("$.links.supersedes.code").value("มสพร. 6 : 2565"));
        mvc.perform(get("/api/standards/{id}", "STD-99999").with(as("somsri"))).andExpect(status().isNotFound());
    }

    @Test
    void withdrawsAProjectButNotASignedStandard() throws Exception {
        String id = register(804);
        mvc.perform(post("/api/standards/{id}/withdrawal", id).with(as("somsri")).contentType(MediaType.APPLICATION_JSON).content(body(Map.of("reason", " "))))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(post("/api/standards/{id}/withdrawal", id).with(as("anan")).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("reason", "ซ้ำ")))).andExpect(status().isForbidden());

        mvc.perform(post("/api/standards/{id}/withdrawal", id).with(as("somsri")).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("reason", "รวมกับโครงการอื่น"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("WITHDRAWN"))
                .andExpect(jsonPath("$.openTasks", hasSize(0)));
        mvc.perform(post("/api/standards/{id}/withdrawal", id).with(as("somsri")).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("reason", "อีกครั้ง"))))
                .andExpect(status().isConflict());

        String signed = registry.findByCode(StandardCode.parse("มสพร. 5-2565")).orElseThrow().id();
        mvc.perform(post("/api/standards/{id}/withdrawal", signed).with(as("somsri")).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("reason", "ทดสอบ"))))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("withdrawal.signed"));
        assertThat(registry.get(signed).status()).isEqualTo(StandardStatus.PUBLISHED);
    }

    @Test
    void promotesAPublishedCommunityStandard() throws Exception {
        String source = registry.findByCode(StandardCode.parse("มสพร. 4-2565")).orElseThrow().id();

        MvcResult result = mvc.perform(post("/api/standards/{id}/promotion", source).with(as("somsri")).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("number", 44))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("MRD"))
                .andExpect(jsonPath("$.status").value("PROMOTION"))
                .andExpect(jsonPath("$.links.promotedFrom.id").value(source))
                .andReturn();
        String promoted = json.readTree(result.getResponse().getContentAsString()).get("id").asText();

        mvc.perform(get("/api/standards/{id}", source).with(as("somsri"))).andExpect(jsonPath("$.links.promotedTo.id").value(promoted));
        mvc.perform(post("/api/standards/{id}/promotion", source).with(as("somsri")).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("number", 45))))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].field").value("sourceCode"));
        mvc.perform(post("/api/standards/{id}/promotion", register(805)).with(as("somsri")).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("number", 46))))
                .andExpect(status().isConflict());
    }

    private String register(int number) throws Exception {
        return json.readTree(mvc.perform(post("/api/standards").with(as("somsri")).contentType(MediaType.APPLICATION_JSON)
                        .content(body(registration(number))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asText();
    }

    static Map<String, Object> registration(int number) {
        Map<String, Object> registration = new HashMap<>();
        registration.put("titleTh", "มาตรฐานทดสอบผ่าน API " + number);
        registration.put("titleEn", "API test standard " + number);
        registration.put("kind", "MSPR");
        registration.put("number", number);
        registration.put("part", 2);
        registration.put("subjectGroup", "DIGITAL_PROCESS");
        registration.put("workingGroup", "wg-process");
        registration.put("technicalWorkingGroup", "twg-process");
        return registration;
    }
}
