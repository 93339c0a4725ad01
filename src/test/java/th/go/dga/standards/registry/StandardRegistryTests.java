package th.go.dga.standards.registry;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import th.go.dga.standards.support.ApplicationTestSupport;
import th.go.dga.standards.validation.NotFoundException;
import th.go.dga.standards.validation.StateConflictException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StandardRegistryTests extends ApplicationTestSupport {

    @Autowired StandardRegistry standards;

    @Test
    void recordsWhoChangedTheStatusWhenAndWhy() {
        Standard standard = registeredProject(StandardKind.MSPR);
        actAs("somsri");
        standards.changeStatus(standard.id(), StandardStatus.TWG_REVIEW, "ส่งคณะทำงานเทคนิค");
        identityService.clearAuthentication();

        assertThat(standards.timeline(standard.id())).extracting(c -> c.from() + ">" + c.to() + " " + c.changedBy() + " " + c.reason())
                .containsExactly("null>DRAFTING system ลงทะเบียนโครงการ", "DRAFTING>TWG_REVIEW somsri ส่งคณะทำงานเทคนิค");
        assertThat(standards.timeline(standard.id()).get(1).changedAt()).isEqualTo(START);
    }

    @Test
    void aStandardThatIsWithdrawnOrSupersededMovesNoFurther() {
        Standard standard = registeredProject(StandardKind.MSPR);
        standards.changeStatus(standard.id(), StandardStatus.WITHDRAWN, "ถอน");

        assertThatThrownBy(() -> standards.changeStatus(standard.id(), StandardStatus.DRAFTING, "กลับมา"))
                .isInstanceOf(StateConflictException.class).hasMessageContaining("ถอนเรื่อง");
    }

    @Test
    void seedsThePublishedStandardsOfTheAgencyOnce() {
        assertThat(standards.findByCode(StandardCode.parse("มสพร. 6-1 : 2566")).orElseThrow())
                .satisfies(s -> {
                    assertThat(s.status()).isEqualTo(StandardStatus.PUBLISHED);
                    assertThat(s.supersedesId()).isEqualTo(standards.findByCode(StandardCode.parse("มสพร. 6-2565")).orElseThrow().id());
                });
        assertThat(standards.findByCode(StandardCode.parse("มสพร. 6-2565")).orElseThrow().status()).isEqualTo(StandardStatus.SUPERSEDED);
        assertThat(standards.findByCode(StandardCode.parse("มรด. 2-1:2565")).orElseThrow().status()).isEqualTo(StandardStatus.AWAITING_GAZETTE);
        assertThat(standards.findAll().stream().filter(s -> s.code() != null && s.createdAt().isBefore(START.plusSeconds(86400 * 365))).count())
                .isGreaterThanOrEqualTo(15);
    }

    @Test
    void answersNotFoundForAnUnknownId() {
        assertThatThrownBy(() -> standards.get("STD-99999")).isInstanceOf(NotFoundException.class).hasMessageContaining("STD-99999");
    }
}
