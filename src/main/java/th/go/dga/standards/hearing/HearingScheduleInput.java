package th.go.dga.standards.hearing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import th.go.dga.standards.taskform.FormValues;
import th.go.dga.standards.validation.Violation;

/**
 * The scheduling form's dates, read into a {@link HearingWindow}.
 */
final class HearingScheduleInput {

    private HearingScheduleInput() {
    }

    /** The window, when all four dates can be read. */
    static Optional<HearingWindow> window(Map<String, Object> values) {
        var start = FormValues.date(values.get(HearingWindow.START));
        var end = FormValues.date(values.get(HearingWindow.END));
        var meetingStart = FormValues.instant(values.get(HearingWindow.MEETING_START));
        var meetingEnd = FormValues.instant(values.get(HearingWindow.MEETING_END));
        if (start.isEmpty() || end.isEmpty() || meetingStart.isEmpty() || meetingEnd.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new HearingWindow(start.get(), end.get(), meetingStart.get(), meetingEnd.get()));
    }

    /** Dates that are missing or unreadable, each named. */
    static List<Violation> unreadable(Map<String, Object> values) {
        List<Violation> violations = new ArrayList<>();
        for (String key : List.of(HearingWindow.START, HearingWindow.END)) {
            if (FormValues.date(values.get(key)).isEmpty()) {
                violations.add(Violation.of(key, "form.not-a-date", key));
            }
        }
        for (String key : List.of(HearingWindow.MEETING_START, HearingWindow.MEETING_END)) {
            if (FormValues.instant(values.get(key)).isEmpty()) {
                violations.add(Violation.of(key, "form.not-a-date", key));
            }
        }
        return violations;
    }
}
