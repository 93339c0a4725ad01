package th.go.dga.standards.signing;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import th.go.dga.standards.registry.Standard;
import th.go.dga.standards.registry.StandardKind;
import th.go.dga.standards.registry.StandardStatus;
import th.go.dga.standards.support.ApplicationTestSupport;
import th.go.dga.standards.validation.StateConflictException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnnouncementServiceTests extends ApplicationTestSupport {

    @Autowired AnnouncementService announcements;
    @Autowired TransactionTemplate transactions;
    @Autowired ChairSignatureService chair;

    @Test
    void numbersRunWithinTheYearAndARolledBackSigningGivesItsNumberBack() {
        moveClockTo(OffsetDateTime.parse("2031-03-01T10:00+07:00").toInstant());
        Standard first = awaitingSignature();
        Standard second = awaitingSignature();
        Standard third = awaitingSignature();

        assertThat(sign(first).number()).isEqualTo(new AnnouncementNumber(1, 2574));
        assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
            announcements.issue(second.id(), "supachai");
            throw new IllegalStateException("the signing failed after the number was taken");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(registry.get(second.id()).status()).isEqualTo(StandardStatus.AWAITING_SIGNATURE);
        assertThat(announcements.forStandard(second.id())).isEmpty();

        assertThat(sign(third).number()).as("the rolled-back number is not skipped").isEqualTo(new AnnouncementNumber(2, 2574));
        assertThat(sign(second).number()).isEqualTo(new AnnouncementNumber(3, 2574));
    }

    @Test
    void aNewBuddhistEraYearStartsAgainAtOne() {
        moveClockTo(OffsetDateTime.parse("2032-12-31T23:00+07:00").toInstant());
        sign(awaitingSignature());
        sign(awaitingSignature());

        moveClockTo(OffsetDateTime.parse("2033-01-01T00:30+07:00").toInstant());
        Announcement newYear = sign(awaitingSignature());

        assertThat(newYear.number()).isEqualTo(new AnnouncementNumber(1, 2576));
    }

    @Test
    void aNumberIssuedBeforeTheSystemIsNeverGivenAgain() {
        moveClockTo(OffsetDateTime.parse("2034-05-01T10:00+07:00").toInstant());
        transactions.executeWithoutResult(tx -> announcements.recordIssued(new AnnouncementNumber(7, 2577), "supachai",
                LocalDate.of(2034, 4, 1), List.of(awaitingSignature().id())));

        assertThat(sign(awaitingSignature()).number()).isEqualTo(new AnnouncementNumber(8, 2577));
    }

    @Test
    void theChairmansSignaturesAreNumberedInTheCommitteesOwnSeries() {
        moveClockTo(OffsetDateTime.parse("2036-02-01T10:00+07:00").toInstant());
        Announcement director = sign(awaitingSignature());
        Standard government = registeredProject(StandardKind.MRD);

        ChairSignatureService.Signed first = transactions.execute(tx -> chair.sign(government.id(), "chairman"));
        ChairSignatureService.Signed second = transactions.execute(tx -> chair.sign(registeredProject(StandardKind.MRD).id(), "chairman"));

        assertThat(director.number()).isEqualTo(new AnnouncementNumber(1, 2579));
        assertThat(first.announcement().number()).isEqualTo(new AnnouncementNumber(AnnouncementIssuer.DGDC, 1, 2579));
        assertThat(second.announcement().number()).isEqualTo(new AnnouncementNumber(AnnouncementIssuer.DGDC, 2, 2579));
        assertThat(announcements.forStandard(government.id())).contains(first.announcement());
        assertThat(sign(awaitingSignature()).number()).as("the DGA's series runs on by itself").isEqualTo(new AnnouncementNumber(2, 2579));
    }

    @Test
    void onlyACommunityStandardAwaitingSignatureCanBeIssued() {
        Standard drafting = registeredProject(StandardKind.MSPR);

        assertThatThrownBy(() -> sign(drafting)).isInstanceOf(StateConflictException.class).hasMessageContaining("ไม่ได้รอลงนาม");
        assertThatThrownBy(() -> sign(registeredProject(StandardKind.MRD))).isInstanceOf(StateConflictException.class);
    }

    @Test
    void theStandardGetsItsCodeWithTheYearOfSigning() {
        moveClockTo(OffsetDateTime.parse("2035-07-01T10:00+07:00").toInstant());
        Standard standard = awaitingSignature();
        sign(standard);

        Standard published = registry.get(standard.id());
        assertThat(published.code().format()).isEqualTo("มสพร. " + standard.number() + "-1 : 2578");
        assertThat(published.status()).isEqualTo(StandardStatus.PUBLISHED);
        assertThat(published.publishedOn()).isEqualTo(LocalDate.of(2035, 7, 1));
    }

    private Standard awaitingSignature() {
        Standard standard = registeredProject(StandardKind.MSPR);
        return registry.changeStatus(standard.id(), StandardStatus.AWAITING_SIGNATURE, "ทดสอบ");
    }

    private Announcement sign(Standard standard) {
        return transactions.execute(tx -> announcements.issue(standard.id(), "supachai"));
    }
}
