package th.go.dga.standards.workspace;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import th.go.dga.standards.hearing.Hearing;
import th.go.dga.standards.hearing.HearingService;
import th.go.dga.standards.registry.StandardRegistry;
import th.go.dga.standards.time.EngineTime;

/**
 * The secretariat's calendar of hearings, a month at a time ({@code ?month=2569-12}, a Buddhist-era year): when comment
 * periods open and close, and when meetings are held, in Bangkok time. Two queries: the month's hearings and their
 * standards.
 */
@Controller
@PreAuthorize(SecretariatPages.ALLOWED)
class CalendarPages {

    /** The most hearings a month shows; a month with more says so. */
    static final int MOST = 200;

    private final HearingService hearings;
    private final StandardRegistry registry;

    CalendarPages(HearingService hearings, StandardRegistry registry) {
        this.hearings = hearings;
        this.registry = registry;
    }

    @GetMapping("/work/calendar")
    String calendar(@RequestParam(required = false) String month, Model model) {
        LocalDate today = EngineTime.today();
        YearMonth shown = MonthCalendar.parse(month, today);
        List<Hearing> found = hearings.during(shown.atDay(1), shown.atEndOfMonth(), MOST + 1);
        List<Hearing> listed = found.size() > MOST ? found.subList(0, MOST) : found;
        model.addAttribute("calendar", MonthCalendar.of(shown, listed,
                registry.findAll(listed.stream().map(Hearing::standardId).distinct().toList()), today, found.size() > MOST));
        model.addAttribute("thisMonth", MonthCalendar.parameter(YearMonth.from(today)));
        model.addAttribute("most", MOST);
        return "work/calendar";
    }
}
