package th.go.dga.standards.privacy;

import java.time.LocalDate;
import java.time.Period;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import th.go.dga.standards.config.EngineTime;
import th.go.dga.standards.config.StandardsProperties;
import th.go.dga.standards.hearing.CommentService;
import th.go.dga.standards.hearing.MeetingRegistrations;

/**
 * Every night, the personal data of hearings that closed longer ago than {@code standards.privacy.retention}: their
 * comments are anonymised, their registrations removed. Running it again, or on several nodes at once, changes
 * nothing more.
 */
@Component
class PersonalDataRetention {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataRetention.class);

    private final CommentService comments;
    private final MeetingRegistrations registrations;
    private final Period retention;

    PersonalDataRetention(CommentService comments, MeetingRegistrations registrations, StandardsProperties properties) {
        this.comments = comments;
        this.registrations = registrations;
        this.retention = properties.privacy().retention();
    }

    @Scheduled(cron = "${standards.privacy.retention-cron:0 30 2 * * *}", zone = "Asia/Bangkok")
    @Transactional
    public void removeExpired() {
        // a hearing whose comment period ended on this day or later is still within the retention
        LocalDate keepFrom = EngineTime.today().minus(retention);
        int anonymised = comments.anonymiseHearingsEndedBefore(keepFrom);
        int removed = registrations.removeHearingsEndedBefore(keepFrom);
        if (anonymised + removed > 0) {
            log.info("Retention of personal data: {} comments anonymised and {} registrations removed, of hearings ended before {}",
                    anonymised, removed, keepFrom);
        }
    }
}
