package th.go.dga.standards.signing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import th.go.dga.standards.validation.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnnouncementNumberTests {

    @ParameterizedTest
    @ValueSource(strings = {"ม 3/2566", "ม3/2566", "ม. 3 / 2566", "เลขที่ ม 3/2566", "ประกาศ สพร. เลขที่ ม 3/2566", "ม ๓/๒๕๖๖"})
    void parsesTheWaysTheSourceWritesIt(String text) {
        assertThat(AnnouncementNumber.parse(text, "n")).isEqualTo(new AnnouncementNumber(3, 2566));
    }

    @Test
    void formatsAsTheAgencyDoes() {
        assertThat(new AnnouncementNumber(3, 2566).format()).isEqualTo("ม 3/2566");
        assertThat(new AnnouncementNumber(3, 2566).reference()).isEqualTo("เลขที่ ม 3/2566");
    }

    @Test
    void theCommitteesSeriesIsWrittenAfterItsHeading() {
        AnnouncementNumber committee = new AnnouncementNumber(AnnouncementIssuer.DGDC, 1, 2569);

        assertThat(committee.format()).isEqualTo("1/2569");
        assertThat(committee.reference()).isEqualTo("ที่ 1/2569");
        assertThat(committee).isNotEqualTo(new AnnouncementNumber(1, 2569));
    }

    @ParameterizedTest
    @ValueSource(strings = {"3/2566", "ม 3/66", "ม 3/2023", "ม x/2566", ""})
    void refusesWhatIsNotAnAnnouncementNumber(String text) {
        assertThatThrownBy(() -> AnnouncementNumber.parse(text, "n")).isInstanceOf(InvalidInputException.class);
    }
}
