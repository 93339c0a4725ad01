package th.go.dga.standards.hearing;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How hearings are scheduled, under {@code standards.hearing}.
 *
 * @param minimumCommentDays   the shortest comment period, in days, first and last included
 * @param privacyNoticeVersion the version of the privacy notice that commenters and registrants consent to
 */
public record HearingSettings(@DefaultValue("15") int minimumCommentDays, @DefaultValue("1.0") String privacyNoticeVersion) {
}
