package th.go.dga.standards.workspace;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

class TaskFormViewTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void laysOutTextHeadingsAndInputsInTheFormsOrderWithTheVariablesFilledIn() throws Exception {
        TaskFormView view = TaskFormView.of(form("""
                [{"type": "text", "text": "### ลงมติ: {{votingBodyName}}\\nรหัสโครงการ {{standardId}}\\n\\nย่อหน้าที่สอง"},
                 {"type": "radio", "key": "decision", "label": "มติของท่าน", "validate": {"required": true},
                  "values": [{"label": "เห็นชอบ", "value": "APPROVE"}, {"label": "ไม่เห็นชอบ", "value": "REJECT"}]},
                 {"type": "textfield", "key": "standardTitle", "label": "มาตรฐาน", "readonly": true}]"""),
                Map.of("votingBodyName", "คณะทำงานเทคนิค", "standardId", "STD-00016", "standardTitle", "ส่วนที่ 5", "decision", "REJECT"),
                Map.of(), Map.of());

        assertThat(view.parts()).extracting(TaskFormView.Part::kind).containsExactly("heading", "text", "text", "input", "input");
        assertThat(view.parts().get(0).text()).isEqualTo("ลงมติ: คณะทำงานเทคนิค");
        assertThat(view.parts().get(1).text()).isEqualTo("รหัสโครงการ STD-00016");
        TaskFormView.Input decision = view.parts().get(3).input();
        assertThat(decision.required()).isTrue();
        assertThat(decision.value()).isEqualTo("REJECT");
        assertThat(decision.shown()).isEqualTo("ไม่เห็นชอบ");
        assertThat(view.parts().get(4).input().readonly()).isTrue();
        assertThat(view.hasInputs()).isTrue();
    }

    @Test
    void showsStoredDatesInTheBuddhistEraAndMeetingTimesInBangkok() throws Exception {
        TaskFormView view = TaskFormView.of(form("""
                [{"type": "datetime", "key": "start", "subtype": "date", "dateLabel": "วันเริ่ม"},
                 {"type": "datetime", "key": "meeting", "subtype": "datetime", "dateLabel": "วันประชุม"}]"""),
                Map.of("start", "2026-12-01", "meeting", "2026-12-10T06:30:00Z"), Map.of(), Map.of());

        assertThat(view.parts().get(0).input().dateText()).isEqualTo("1/12/2569");
        assertThat(view.parts().get(1).input().dateText()).isEqualTo("10/12/2569");
        assertThat(view.parts().get(1).input().timeText()).isEqualTo("13:30");
        assertThat(view.parts().get(1).input().shown()).isEqualTo("10 ธันวาคม 2569 เวลา 13:30 น.");
    }

    @Test
    void keepsWhatWasTypedAndTheMessageWhenThePageComesBackRefused() throws Exception {
        TaskFormView view = TaskFormView.of(form("""
                [{"type": "datetime", "key": "start", "subtype": "date", "dateLabel": "วันเริ่ม"},
                 {"type": "dynamiclist", "path": "comments", "label": "ข้อคิดเห็น", "components": [
                   {"type": "textfield", "key": "reference", "label": "เลขที่", "readonly": true},
                   {"type": "select", "key": "disposition", "label": "ผล", "values": [{"label": "รับ", "value": "ACCEPTED"}]}]}]"""),
                Map.of("comments", List.of(Map.of("reference", "C2569-000001"), Map.of("reference", "C2569-000002"))),
                Map.of("start", "12/10/2026", "comments[1].disposition", "ACCEPTED"),
                Map.of("start", "ปี ค.ศ.", "comments[0].disposition", "ต้องกรอก"));

        assertThat(view.parts().get(0).input().dateText()).isEqualTo("12/10/2026");
        assertThat(view.parts().get(0).input().error()).isEqualTo("ปี ค.ศ.");
        List<List<TaskFormView.Input>> items = view.parts().get(1).items();
        assertThat(items).hasSize(2);
        assertThat(items.get(0).get(0).shown()).isEqualTo("C2569-000001");
        assertThat(items.get(0).get(1).error()).isEqualTo("ต้องกรอก");
        assertThat(items.get(1).get(1).value()).isEqualTo("ACCEPTED");
        assertThat(items.get(1).get(1).id()).isEqualTo("f-comments-1--disposition");
    }

    private static JsonNode form(String components) throws Exception {
        return JSON.readTree("{\"components\": " + components + "}");
    }
}
