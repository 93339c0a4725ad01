package th.go.dga.standards.taskform;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import th.go.dga.standards.validation.Violation;

import static org.assertj.core.api.Assertions.assertThat;

class FormCheckTests {

    private final FormSchema schema = FormSchema.parse("""
            {"id": "sample", "components": [
              {"type": "text", "text": "heading"},
              {"type": "textfield", "key": "title", "label": "ชื่อ", "validate": {"required": true, "maxLength": 10}},
              {"type": "textfield", "key": "link", "label": "ลิงก์", "validate": {"pattern": "^https://\\\\S+$"}},
              {"type": "textfield", "key": "email", "label": "อีเมล", "validate": {"validationType": "email"}},
              {"type": "textfield", "key": "shown", "label": "แสดงเท่านั้น", "readonly": true, "validate": {"required": true}},
              {"type": "number", "key": "page", "label": "หน้า", "validate": {"min": 1, "max": 9999}},
              {"type": "radio", "key": "decision", "label": "มติ", "values": [{"label": "เห็นชอบ", "value": "APPROVE"}, {"label": "ไม่เห็นชอบ", "value": "REJECT"}], "validate": {"required": true}},
              {"type": "checkbox", "key": "consent", "label": "ยินยอม", "validate": {"required": true}},
              {"type": "datetime", "key": "day", "subtype": "date", "dateLabel": "วันที่"},
              {"type": "datetime", "key": "moment", "subtype": "datetime", "dateLabel": "เวลา"},
              {"type": "group", "components": [{"type": "textarea", "key": "note", "label": "หมายเหตุ", "validate": {"minLength": 3}}]},
              {"type": "dynamiclist", "path": "items", "components": [
                 {"type": "textfield", "key": "ref", "label": "อ้างอิง", "readonly": true},
                 {"type": "select", "key": "disposition", "label": "ผล", "values": [{"label": "รับ", "value": "ACCEPTED"}], "validate": {"required": true}}
              ]}
            ]}""");

    @Test
    void readsEveryInputOfTheSchemaIncludingGroupsAndLists() {
        assertThat(schema.id()).isEqualTo("sample");
        assertThat(schema.fields()).extracting(FormField::key)
                .containsExactly("title", "link", "email", "shown", "page", "decision", "consent", "day", "moment", "note", "items");
        assertThat(schema.field("items").orElseThrow().items()).extracting(FormField::key).containsExactly("ref", "disposition");
    }

    @Test
    void acceptsGoodInput() {
        assertThat(FormCheck.violations(schema, good())).isEmpty();
    }

    @Test
    void reportsMissingRequiredInputsByTheirLabels() {
        Map<String, Object> input = good();
        input.remove("title");
        input.put("decision", " ");
        input.put("consent", false);

        List<Violation> violations = FormCheck.violations(schema, input);

        assertThat(violations).extracting(Violation::field).containsExactly("title", "decision", "consent");
        assertThat(violations.get(0).message()).contains("ชื่อ");
    }

    @Test
    void checksLengthsPatternsOptionsAndRanges() {
        Map<String, Object> input = good();
        input.put("title", "ชื่อที่ยาวเกินสิบตัวอักษร");
        input.put("link", "http://insecure");
        input.put("email", "not-an-address");
        input.put("page", 0);
        input.put("decision", "MAYBE");
        input.put("note", "ab");

        assertThat(FormCheck.violations(schema, input)).extracting(v -> v.field() + ":" + v.code()).containsExactly(
                "title:form.too-long", "link:form.pattern", "email:form.email", "page:form.below-min",
                "decision:form.not-an-option", "note:form.too-short");
    }

    @Test
    void checksTypes() {
        Map<String, Object> input = good();
        input.put("page", "twelve");
        input.put("consent", "yes");
        input.put("day", "1/ุุ4/2566");
        input.put("moment", "tomorrow");

        assertThat(FormCheck.violations(schema, input)).extracting(v -> v.field() + ":" + v.code()).containsExactly(
                "page:form.not-a-number", "consent:form.not-a-boolean", "day:form.not-a-date", "moment:form.not-a-date");
    }

    @Test
    void checksEveryItemOfAList() {
        Map<String, Object> input = good();
        input.put("items", "[{\"ref\": \"C1\", \"disposition\": \"ACCEPTED\"}, {\"ref\": \"C2\"}, {\"ref\": \"C3\", \"disposition\": \"X\"}]");

        assertThat(FormCheck.violations(schema, input)).extracting(v -> v.field() + ":" + v.code())
                .containsExactly("items[1].disposition:form.required", "items[2].disposition:form.not-an-option");
    }

    @Test
    void leavesReadOnlyInputsAlone() {
        Map<String, Object> input = good();
        input.remove("shown");

        assertThat(FormCheck.violations(schema, input)).isEmpty();
    }

    private static Map<String, Object> good() {
        Map<String, Object> input = new HashMap<>();
        input.put("title", "มาตรฐาน");
        input.put("link", "https://example.org/draft.pdf");
        input.put("email", "somsri@example.org");
        input.put("shown", "x");
        input.put("page", 12L);
        input.put("decision", "APPROVE");
        input.put("consent", true);
        input.put("day", "2024-02-15");
        input.put("moment", "2024-02-29T13:30+07:00");
        input.put("note", "ข้อความ");
        input.put("items", List.of(Map.of("ref", "C1", "disposition", "ACCEPTED")));
        return input;
    }
}
