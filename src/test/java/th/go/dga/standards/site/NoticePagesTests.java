package th.go.dga.standards.site;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

import th.go.dga.standards.support.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Cookie consent, the notices, and the language switch.
 */
class NoticePagesTests extends ApiTestSupport {

    @Test
    void theBannerAsksUntilAChoiceIsMadeAndNothingOptionalIsSetBefore() throws Exception {
        MvcResult first = mvc.perform(get("/")).andExpect(content().string(containsString("cookie-banner"))).andReturn();
        assertThat(first.getResponse().getCookies()).as("before a choice, only the forms' token, strictly necessary")
                .extracting(Cookie::getName).containsOnly("XSRF-SITE");

        mvc.perform(post("/cookies").with(csrf()).param("all", "true").param("back", "/hearings"))
                .andExpect(redirectedUrl("/hearings"))
                .andExpect(cookie().value(CookieConsent.COOKIE, "v1.p1f1t1"))
                .andExpect(cookie().httpOnly(CookieConsent.COOKIE, true));
        mvc.perform(get("/").cookie(new Cookie(CookieConsent.COOKIE, "v1.p1f1t1")))
                .andExpect(content().string(not(containsString("class=\"cookie-banner\""))));
    }

    @Test
    void chosenSettingsAreRememberedAndShown() throws Exception {
        mvc.perform(post("/cookies").with(csrf()).param("functional", "true"))
                .andExpect(redirectedUrl("/cookies?saved"))
                .andExpect(cookie().value(CookieConsent.COOKIE, "v1.p0f1t0"));
        String page = mvc.perform(get("/cookies").param("saved", "").cookie(new Cookie(CookieConsent.COOKIE, "v1.p0f1t0")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("บันทึกการตั้งค่าคุกกี้แล้ว")
                .containsPattern("id=\"cookie-functional\"[^>]*checked")
                .doesNotContainPattern("id=\"cookie-performance\"[^>]*checked");
        // only a path of this site is followed back
        mvc.perform(post("/cookies").with(csrf()).param("all", "true").param("back", "//evil.example/")).andExpect(redirectedUrl("/cookies?saved"));
        mvc.perform(post("/cookies").with(csrf()).param("all", "true").param("back", "https://evil.example/")).andExpect(redirectedUrl("/cookies?saved"));
    }

    @Test
    void thePrivacyNoticeNamesItsVersionAndTheLanguageSwitchIsRemembered() throws Exception {
        mvc.perform(get("/privacy")).andExpect(content().string(allOf(containsString("ฉบับที่ 1.0"), containsString("ระยะเวลาเก็บรักษา"))));
        mvc.perform(get("/privacy").param("lang", "en"))
                .andExpect(cookie().value("lang", "en"))
                .andExpect(content().string(allOf(containsString("<html lang=\"en\">"), containsString("Privacy notice"), containsString("ภาษาไทย"))));
        mvc.perform(get("/privacy").cookie(new Cookie("lang", "en"))).andExpect(content().string(containsString("Version 1.0")));
        mvc.perform(get("/api/hearings").cookie(new Cookie("lang", "en")).param("state", "nonsense"))
                .andExpect(content().string(containsString("ข้อมูลไม่ถูกต้อง")));
    }
}
