package th.go.dga.standards.support;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.test.web.support.WebTestUtils;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.WebApplicationContext;

import com.fasterxml.jackson.databind.ObjectMapper;

import th.go.dga.standards.hearing.Hearing;
import th.go.dga.standards.hearing.HearingService;
import th.go.dga.standards.hearing.HearingWindow;
import th.go.dga.standards.registry.StandardKind;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * The application's API driven through MockMvc, as a client would over HTTP, with the demo users.
 */
public abstract class ApiTestSupport extends ApplicationTestSupport {

    /** A path of each filter chain that checks CSRF tokens: the site's, the API's, the engine REST API's. */
    private static final List<String> CSRF_CHAINS = List.of("/", "/api/standards", "/engine-rest/task");
    /** The CSRF token repositories of each application context's filter chains, as the application made them. */
    private static final Map<WebApplicationContext, Map<String, CsrfTokenRepository>> CSRF_TOKENS = new ConcurrentHashMap<>();

    @Autowired protected MockMvc mvc;
    @Autowired protected ObjectMapper json;
    @Autowired protected HearingService hearings;
    @Autowired private WebApplicationContext context;

    /**
     * MockMvc's {@code csrf()} puts a token repository of its own, which keeps tokens in the session, into the filter
     * chain for the rest of the context's life. Each test starts with the application's own (the {@code XSRF-SITE}
     * cookie), so that a page answers a test with the cookies it gives a browser, and no session it would not.
     */
    @BeforeEach
    void theApplicationsOwnCsrfTokens() {
        CSRF_TOKENS.computeIfAbsent(context, c -> {
            Map<String, CsrfTokenRepository> own = new HashMap<>();
            CSRF_CHAINS.forEach(path -> own.put(path, WebTestUtils.getCsrfTokenRepository(request(path))));
            return own;
        }).forEach((path, repository) -> WebTestUtils.setCsrfTokenRepository(request(path), repository));
    }

    private MockHttpServletRequest request(String path) {
        MockHttpServletRequest request = new MockHttpServletRequest(context.getServletContext(), "GET", path);
        request.setServletPath(path);
        return request;
    }

    /** HTTP Basic as a demo user. */
    protected static RequestPostProcessor as(String user) {
        return httpBasic(user, "demo");
    }

    protected String body(Object value) throws Exception {
        return json.writeValueAsString(value);
    }

    /** A hearing from today to 31 December 2569, meeting on 10 December, opened. */
    protected Hearing openHearing() {
        Hearing hearing = scheduledHearing();
        return hearings.open(hearing.id());
    }

    protected Hearing scheduledHearing() {
        return scheduledHearing(registeredProject(StandardKind.MSPR).id());
    }

    /** A hearing of this standard from today to 31 December 2569, meeting on 10 December. */
    protected Hearing scheduledHearing(String standardId) {
        return hearings.schedule(standardId, new HearingWindow(LocalDate.of(2026, 11, 26), LocalDate.of(2026, 12, 31),
                        OffsetDateTime.parse("2026-12-10T13:30+07:00").toInstant(), OffsetDateTime.parse("2026-12-10T15:30+07:00").toInstant()),
                "https://teams.example.org/hearing", "https://forms.example.org/register", "ความเป็นมาและวัตถุประสงค์\n\nย่อหน้าที่สอง");
    }

    /** A comment as the public sends it, with consent to the current privacy notice. */
    protected static Map<String, Object> publicComment(String text) {
        Map<String, Object> comment = new HashMap<>();
        comment.put("document", "(ร่าง) มสพร. 6-5");
        comment.put("clause", "5.2");
        comment.put("type", "TECHNICAL");
        comment.put("comment", text);
        comment.put("proposedChange", "เพิ่มตารางเทียบระดับ");
        comment.put("name", "สมหญิง ตัวอย่าง");
        comment.put("organisation", "กรมการปกครอง");
        comment.put("email", "somying@example.go.th");
        comment.put("consent", true);
        comment.put("privacyNoticeVersion", "1.0");
        return comment;
    }
}
