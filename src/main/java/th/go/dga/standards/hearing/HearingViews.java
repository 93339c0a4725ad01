package th.go.dga.standards.hearing;

import java.util.List;

import org.springframework.stereotype.Component;

import th.go.dga.standards.registry.Standard;
import th.go.dga.standards.registry.StandardRegistry;
import th.go.dga.standards.time.EngineTime;

/**
 * Builds what the public sees of a hearing from the stored schedule, the standard, its extensions and comments.
 * The meeting's materials are shown once the meeting has ended, the FAQ once the period has closed.
 */
@Component
public class HearingViews {

    private final StandardRegistry registry;
    private final HearingService hearings;
    private final CommentService comments;

    HearingViews(StandardRegistry registry, HearingService hearings, CommentService comments) {
        this.registry = registry;
        this.hearings = hearings;
        this.comments = comments;
    }

    public HearingView of(Hearing hearing) {
        Standard standard = registry.get(hearing.standardId());
        HearingWindow window = hearing.window();
        boolean meetingOver = window.meetingOverAt(EngineTime.now());
        boolean closed = hearing.status() == HearingStatus.CLOSED;
        List<HearingView.Extension> extensions = hearings.extensions(hearing.id()).stream()
                .map(e -> new HearingView.Extension(e.previousEnd(), e.newEnd(), e.reason(), e.extendedAt())).toList();
        return new HearingView(hearing.id(), standard.id(), standard.displayCode(), standard.titleTh(), standard.titleEn(), hearing.round(),
                hearing.status().name(), window.commentPeriodStart(), window.commentPeriodEnd(), window.opensAt(), window.closesAt(),
                new HearingView.Meeting(window.meetingStart(), window.meetingEnd(), hearing.meetingLink(), hearing.registrationLink()),
                hearing.background(),
                meetingOver ? hearing.slidesRef() : null,
                meetingOver ? hearing.recordingLink() : null,
                closed ? hearing.faq() : null,
                extensions, comments.count(hearing.id()), comments.privacyNoticeVersion());
    }
}
