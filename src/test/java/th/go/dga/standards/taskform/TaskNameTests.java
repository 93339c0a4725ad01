package th.go.dga.standards.taskform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TaskNameTests {

    @Test
    void namesTheStepTheBodyAndTheStandard() {
        assertThat(TaskName.of("ลงมติ", "คณะทำงานเทคนิค", "(ร่าง) มสพร. 6-5", "ส่วนที่ 5 การจัดการความเสี่ยง"))
                .isEqualTo("ลงมติ (คณะทำงานเทคนิค): (ร่าง) มสพร. 6-5 — ส่วนที่ 5 การจัดการความเสี่ยง");
        assertThat(TaskName.of("ลงนามประกาศ", null, "มสพร. 6-1 : 2566", "มาตรฐานข้อมูลภาครัฐ"))
                .isEqualTo("ลงนามประกาศ: มสพร. 6-1 : 2566 — มาตรฐานข้อมูลภาครัฐ");
    }

    @Test
    void keepsTheStepAloneWhenTheStandardIsUnknown() {
        assertThat(TaskName.of("ลงทะเบียนโครงการ", null, null, null)).isEqualTo("ลงทะเบียนโครงการ");
    }

    @Test
    void cutsALongTitleToWhatTheEngineStores() {
        String name = TaskName.of("ลงมติ", "คณะกรรมการ", "มสพร. 6-5", "ก".repeat(400));

        assertThat(name).hasSize(TaskName.MAX_LENGTH).endsWith("…").startsWith("ลงมติ (คณะกรรมการ): มสพร. 6-5 — ก");
    }
}
