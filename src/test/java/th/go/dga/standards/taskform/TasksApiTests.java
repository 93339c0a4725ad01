package th.go.dga.standards.taskform;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import th.go.dga.standards.support.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class TasksApiTests extends ApiTestSupport {

    @Test
    void aWorkingGroupMemberSeesClaimsAndCompletesTheDraftingTaskThroughItsForm() throws Exception {
        String id = register(901);
        String taskId = draftingTask(id);

        mvc.perform(get("/api/tasks").param("scope", "groups").with(as("pranee")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem(taskId)))
                .andExpect(jsonPath("$[?(@.id == '%s')].standard.id".formatted(taskId)).value(hasItem(id)));
        mvc.perform(get("/api/tasks/{id}", taskId).with(as("pranee")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.form.id").value("prepare-draft"))
                .andExpect(jsonPath("$.form.components[*].key", hasItem("draftVersionLabel")))
                .andExpect(jsonPath("$.values.standardId").value(id))
                .andExpect(jsonPath("$.standard.status").value("DRAFTING"));

        mvc.perform(post("/api/tasks/{id}/complete", taskId).with(as("pranee")).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("values", Map.of("draftVersionLabel", "1.0")))))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/tasks/{id}/claim", taskId).with(as("pranee"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.assignee").value("pranee"));
        mvc.perform(post("/api/tasks/{id}/claim", taskId).with(as("anan"))).andExpect(status().isConflict());

        mvc.perform(post("/api/tasks/{id}/complete", taskId).with(as("pranee")).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("values", Map.of("draftVersionLabel", "1.0", "draftDocumentRef", "ftp://old.example/draft")))))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("draftDocumentRef"));
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).as("the task stays open").isEqualTo(1);

        // the reasons a draft was sent back are shown, not entered: Tasklist sends them back empty when there are none
        mvc.perform(post("/api/tasks/{id}/complete", taskId).with(as("pranee")).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("values", Map.of("draftVersionLabel", "1.0", "draftDocumentRef", "https://example.org/d.pdf",
                                "returnReasons", "ไม่มีใครส่งกลับ")))))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("returnReasons"));
        mvc.perform(post("/api/tasks/{id}/complete", taskId).with(as("pranee")).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("values", Map.of("draftVersionLabel", "1.0", "draftDocumentRef", "https://example.org/d.pdf",
                                "returnReasons", "")))))
                .andExpect(status().isNoContent());
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isZero();
        assertThat(registry.get(id).status().name()).isEqualTo("TWG_REVIEW");
        assertThat(registry.timeline(id).get(1).changedBy()).isEqualTo("pranee");
    }

    @Test
    void listsTheTasksOfOneStandardOrOneStep() throws Exception {
        String first = register(911);
        String second = register(912);

        mvc.perform(get("/api/tasks").param("standard", first).with(as("pranee")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].standard.id", everyItem(is(first))))
                .andExpect(jsonPath("$[*].name", hasItem(containsString(registry.get(first).displayCode()))));
        mvc.perform(get("/api/tasks").param("standard", second).param("step", "UserTask_PrepareDraft").with(as("pranee")))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].standard.id").value(second));
        mvc.perform(get("/api/tasks").param("standard", first).param("step", "UserTask_CastVote").with(as("pranee")))
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/api/tasks").param("standard", "P-1' or '1'='1").with(as("pranee")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("standard"));
    }

    @Test
    void aVoteIsPersonalAndItsRejectionNeedsAReason() throws Exception {
        String id = register(902);
        String draft = draftingTask(id);
        mvc.perform(post("/api/tasks/{id}/claim", draft).with(as("anan")));
        mvc.perform(post("/api/tasks/{id}/complete", draft).with(as("anan")).contentType(MediaType.APPLICATION_JSON)
                .content(body(Map.of("values", Map.of("draftVersionLabel", "1.0", "draftDocumentRef", "https://example.org/d.pdf")))));

        String vote = taskService.createTaskQuery().processInstanceBusinessKey(id).taskAssignee("malee").singleResult().getId();
        mvc.perform(get("/api/tasks").param("scope", "mine").with(as("malee"))).andExpect(jsonPath("$[*].id", hasItem(vote)));
        mvc.perform(get("/api/tasks/{id}", vote).with(as("chaiwat"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/tasks/{id}/unclaim", vote).with(as("malee"))).andExpect(status().isConflict());

        mvc.perform(post("/api/tasks/{id}/complete", vote).with(as("malee")).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("values", Map.of("decision", "APPROVE", "technicalWorkingGroup", "twg-security")))))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("technicalWorkingGroup"));
        assertThat(runtimeService.getVariable(taskService.createTaskQuery().taskId(vote).singleResult().getProcessInstanceId(), "technicalWorkingGroup"))
                .as("a value that is not on the form changes nothing").isNotEqualTo("twg-security");
        mvc.perform(post("/api/tasks/{id}/complete", vote).with(as("malee")).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("values", Map.of("decision", "REJECT")))))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post("/api/tasks/{id}/complete", vote).with(as("malee")).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("values", Map.of("decision", "REJECT", "reason", "ขอบเขตไม่ชัดเจน")))))
                .andExpect(status().isNoContent());
    }

    @Test
    void aTaskOfSomeoneElsesGroupIsForbidden() throws Exception {
        String taskId = draftingTask(register(903));

        mvc.perform(get("/api/tasks/{id}", taskId).with(as("somsri"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/tasks/{id}/claim", taskId).with(as("somsri"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/tasks").with(as("somsri"))).andExpect(jsonPath("$[*].id", not(hasItem(taskId))));
        mvc.perform(get("/api/tasks/{id}", "no-such-task").with(as("anan"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/tasks").param("scope", "everyone").with(as("anan"))).andExpect(status().isUnprocessableEntity());
        mvc.perform(get("/api/tasks")).andExpect(status().isUnauthorized());
    }

    @Test
    void aClaimedTaskGoesBackToTheGroup() throws Exception {
        String taskId = draftingTask(register(904));
        mvc.perform(post("/api/tasks/{id}/claim", taskId).with(as("anan"))).andExpect(status().isOk());

        mvc.perform(post("/api/tasks/{id}/unclaim", taskId).with(as("anan")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.assignee").doesNotExist());
    }

    private String register(int number) throws Exception {
        Map<String, Object> registration = new HashMap<>(Map.of("titleTh", "มาตรฐานงาน " + number, "titleEn", "Task standard " + number,
                "kind", "MSPR", "number", number, "subjectGroup", "DIGITAL_PROCESS", "workingGroup", "wg-process", "technicalWorkingGroup", "twg-process"));
        return json.readTree(mvc.perform(post("/api/standards").with(as("somsri")).contentType(MediaType.APPLICATION_JSON).content(body(registration)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asText();
    }

    private String draftingTask(String standardId) {
        return taskService.createTaskQuery().processInstanceBusinessKey(standardId).taskDefinitionKey("UserTask_PrepareDraft").singleResult().getId();
    }
}
