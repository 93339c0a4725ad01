package th.go.dga.standards.notification.hearing;

import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

import jakarta.mail.internet.InternetAddress;

import org.springframework.stereotype.Component;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import th.go.dga.standards.hearing.Hearing;
import th.go.dga.standards.notification.MailSettings;
import th.go.dga.standards.notification.Recipient;
import th.go.dga.standards.registry.Standard;
import th.go.dga.standards.time.BuddhistEra;

/**
 * The iCalendar invitation to a hearing meeting (RFC 5545, METHOD:REQUEST). Every invitation to the same meeting has
 * the same UID, and a SEQUENCE that goes up each time the meeting moves, so that a calendar that holds the event
 * moves it instead of adding another. Times are in Bangkok time with the zone's definition included.
 */
@Component
class MeetingInvitations {

    static final String PRODUCT = "-//Digital Government Development Agency//Standards workflow//TH";

    private final MailSettings settings;
    private final VTimeZone bangkok;

    MeetingInvitations(MailSettings settings) {
        this.settings = settings;
        TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();
        this.bangkok = zones.getTimeZone(BuddhistEra.BANGKOK.getId()).getVTimeZone();
    }

    /** The UID of every invitation to the meeting of this hearing. */
    String uid(long hearingId) {
        return "hearing-" + hearingId + "@" + settings.senderDomain();
    }

    /**
     * The invitation of one registrant.
     *
     * @param sequence how many times the meeting has moved
     * @param now      the moment the invitation is made (DTSTAMP)
     */
    String invitation(Hearing hearing, Standard standard, Recipient to, int sequence, Instant now) {
        Instant start = hearing.window().meetingStart();
        Instant end = hearing.window().meetingEnd();
        VEvent event = new VEvent(start.atZone(BuddhistEra.BANGKOK), end.atZone(BuddhistEra.BANGKOK), summary(standard, to.locale()));
        event.replace(new DtStamp(now));
        event.add(new Uid(uid(hearing.id())));
        event.add(new Sequence(sequence));
        event.add(new Description(description(standard, hearing, to.locale())));
        event.add(new Location(hearing.meetingLink()));
        event.add(new Url(URI.create(hearing.meetingLink())));
        InternetAddress sender = settings.sender();
        event.add(new Organizer(parameters(sender.getPersonal() == null ? null : new Cn(sender.getPersonal())),
                URI.create("mailto:" + sender.getAddress())));
        event.add(new Attendee(parameters(new Cn(to.name()), Role.REQ_PARTICIPANT, PartStat.NEEDS_ACTION, Rsvp.TRUE),
                URI.create("mailto:" + to.address())));
        Calendar calendar = new Calendar()
                .withProdId(PRODUCT)
                .withDefaults()
                .withProperty(ImmutableMethod.REQUEST)
                .withComponent(bangkok)
                .withComponent(event)
                .getFluentTarget();
        return calendar.toString();
    }

    /** "งานประชุมรับฟังความคิดเห็น (ร่าง) มสพร. 6-5 มาตรฐาน…" / "Hearing meeting: draft มสพร. 6-5 Standard…". */
    static String summary(Standard standard, Locale locale) {
        String code = standard.displayCode().startsWith("(ร่าง)") ? standard.displayCode() : "(ร่าง) " + standard.displayCode();
        if (Locale.ENGLISH.getLanguage().equals(locale.getLanguage())) {
            return "Hearing meeting: draft " + code.substring("(ร่าง) ".length()) + " "
                    + (standard.titleEn() == null ? standard.titleTh() : standard.titleEn());
        }
        return "งานประชุมรับฟังความคิดเห็น " + code + " " + standard.titleTh();
    }

    private String description(Standard standard, Hearing hearing, Locale locale) {
        String page = settings.link("/hearings/" + hearing.id());
        if (Locale.ENGLISH.getLanguage().equals(locale.getLanguage())) {
            return summary(standard, locale) + "\nJoin the meeting: " + hearing.meetingLink() + "\nThe hearing and its documents: " + page;
        }
        return summary(standard, locale) + "\nเข้าร่วมงานประชุม: " + hearing.meetingLink() + "\nรายละเอียดและเอกสาร: " + page;
    }

    private static ParameterList parameters(Parameter... parameters) {
        return new ParameterList(Arrays.stream(parameters).filter(Objects::nonNull).toList());
    }
}
