package th.go.dga.standards.security;

import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import th.go.dga.standards.support.ApiTestSupport;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class WebSecurityTests extends ApiTestSupport {

    @Test
    void showsAThaiLoginPage() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("lang=\"th\"")))
                .andExpect(content().string(containsString("เข้าสู่ระบบ")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
    }

    @Test
    void sendsAnyoneNotLoggedInFromTasklistToTheLoginPage() throws Exception {
        mvc.perform(get("/camunda/app/tasklist/")).andExpect(status().isFound()).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/camunda/api/engine/engine/default/task")).andExpect(status().isUnauthorized());
    }

    @Test
    void wrongPasswordsSlowTheAddressNotTheUser() throws Exception {
        for (int i = 0; i < 10; i++) {
            mvc.perform(post("/login").with(csrf()).with(from("10.9.9.9")).param("username", "thawatchai").param("password", "guess-" + i))
                    .andExpect(redirectedUrl("/login?error"));
        }
        // the eleventh attempt from that address waits, even with the right password
        mvc.perform(post("/login").with(csrf()).with(from("10.9.9.9")).param("username", "thawatchai").param("password", "demo"))
                .andExpect(redirectedUrlPattern("/login?wait=*"))
                .andExpect(header().exists("Retry-After"));
        mvc.perform(get("/api/tasks").with(httpBasic("thawatchai", "demo")).with(from("10.9.9.9")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.type").value("/problems/too-many-requests"));

        // the chairman logs in from his own address as usual
        mvc.perform(post("/login").with(csrf()).with(from("10.1.1.1")).param("username", "thawatchai").param("password", "demo"))
                .andExpect(redirectedUrl("/work"));
        mvc.perform(get("/api/tasks").with(httpBasic("thawatchai", "demo")).with(from("10.1.1.2"))).andExpect(status().isOk());
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/login").param("username", "somsri").param("password", "demo")).andExpect(status().isForbidden());
    }

    @Test
    void aChangeAuthenticatedByTheSessionCookieNeedsTheCsrfToken() throws Exception {
        Cookie session = login("somsri", "demo", "10.1.0.3");
        String registration = body(Map.of("titleTh", "x", "titleEn", "x", "kind", "MSPR", "number", 951, "subjectGroup", "WEBSITE",
                "workingGroup", "wg-process", "technicalWorkingGroup", "twg-process"));

        mvc.perform(post("/api/standards").cookie(session).contentType(MediaType.APPLICATION_JSON).content(registration))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/standards").cookie(session).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(registration))
                .andExpect(status().isCreated());
    }

    @Test
    void httpBasicAndAnonymousCallsHaveNoCookieToForge() throws Exception {
        mvc.perform(get("/api/tasks").with(httpBasic("somsri", "demo"))).andExpect(status().isOk());
        mvc.perform(post("/api/hearings/{id}/comments", openHearing().id()).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("type", "GENERAL", "comment", "ไม่มีคุกกี้", "name", "ก", "email", "a@example.org",
                                "consent", true, "privacyNoticeVersion", "1.0"))))
                .andExpect(status().isCreated());
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        for (String path : new String[] {"/login", "/api/catalogue", "/api/tasks", "/engine-rest/task", "/camunda/app/tasklist/", "/nothing-here"}) {
            mvc.perform(get(path))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(header().string("Referrer-Policy", "same-origin"))
                    .andExpect(header().string("X-Frame-Options", "DENY"));
        }
        for (String path : new String[] {"/login", "/api/catalogue", "/engine-rest/task"}) {
            mvc.perform(get(path))
                    .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                    .andExpect(header().string("Content-Security-Policy", containsString("object-src 'none'")));
        }
        mvc.perform(get("/login")).andExpect(header().doesNotExist("Strict-Transport-Security"));
        mvc.perform(get("/login").secure(true)).andExpect(header().string("Strict-Transport-Security", containsString("max-age=")));
    }

    /** The session cookie of a login through the login page. */
    private Cookie login(String user, String password, String address) throws Exception {
        return mvc.perform(post("/login").with(csrf()).with(from(address)).param("username", user).param("password", password))
                .andExpect(redirectedUrl("/work"))
                .andReturn().getResponse().getCookie("SESSION");
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
