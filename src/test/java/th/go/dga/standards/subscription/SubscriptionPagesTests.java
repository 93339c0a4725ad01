package th.go.dga.standards.subscription;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import th.go.dga.standards.hearing.Hearing;
import th.go.dga.standards.notification.Notification;
import th.go.dga.standards.notification.Notifications;
import th.go.dga.standards.support.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Subscribing on the site, double opt-in: the form, the confirmation mail, the confirm and unsubscribe pages, and a
 * mail program's one-click unsubscribe.
 */
class SubscriptionPagesTests extends ApiTestSupport {

    private static final AtomicInteger PEOPLE = new AtomicInteger();

    @Autowired Subscriptions subscriptions;
    @Autowired Notifications notifications;

    private SubscriberSteps subscriber;
    private String email;

    @BeforeEach
    void someone() {
        subscriber = new SubscriberSteps(subscriptions, notifications);
        email = "page-subscriber-" + PEOPLE.incrementAndGet() + "@example.go.th";
    }

    @Test
    void theHomePageAndTheHearingsLeadToTheFormInBothLanguages() throws Exception {
        mvc.perform(get("/")).andExpect(content().string(containsString("href=\"/subscribe\">รับข่าวการรับฟังความคิดเห็นทางอีเมล</a>")));
        mvc.perform(get("/hearings")).andExpect(content().string(containsString("href=\"/subscribe\">รับข่าวการรับฟังความคิดเห็นทางอีเมล</a>")));
        mvc.perform(get("/hearings").param("lang", "en")).andExpect(content().string(containsString("href=\"/subscribe\">Hearing announcements by e-mail</a>")));
        mvc.perform(get("/subscribe"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("name=\"email\""), containsString("name=\"consent\""),
                        containsString("คำชี้แจงการคุ้มครองข้อมูลส่วนบุคคล (ฉบับที่ 1.0)"))));
    }

    @Test
    void badInputIsShownNextToItsFieldsWithTheTextKeptAndNothingStored() throws Exception {
        mvc.perform(post("/subscribe").with(csrf()).param("email", "not-an-address").param("privacyNoticeVersion", "1.0"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(
                        containsString("id=\"email-error\">«อีเมล» ไม่ใช่ที่อยู่อีเมล</p>"),
                        containsString("id=\"consent-error\">ต้องให้ความยินยอมตามคำชี้แจงการคุ้มครองข้อมูลส่วนบุคคล</p>"),
                        containsString("value=\"not-an-address\""))));
        mvc.perform(post("/subscribe").with(csrf()).cookie(new Cookie("lang", "en")).param("email", "").param("consent", "true")
                        .param("privacyNoticeVersion", "1.0"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"email-error\">&quot;E-mail&quot; is required</p>")));
        mvc.perform(post("/subscribe").with(csrf()).param("email", email).param("privacyNoticeVersion", "1.0"))
                .andExpect(status().isBadRequest());

        assertThat(subscriptions.byEmail(email)).isEmpty();
        assertThat(notifications.toAddress(email)).isEmpty();
    }

    @Test
    void onlyAConfirmedSubscriberIsToldOfAHearingAndFollowingTheLinkConfirmsNothing() throws Exception {
        mvc.perform(post("/subscribe").with(csrf()).param("email", "  " + email.toUpperCase() + " ").param("consent", "true")
                        .param("privacyNoticeVersion", "1.0"))
                .andExpect(redirectedUrl("/subscribe/sent"));
        mvc.perform(get("/subscribe/sent")).andExpect(content().string(containsString("โปรดตรวจสอบอีเมลของท่าน")));

        List<Notification> confirmations = notifications.log(null, email, Subscriptions.CONFIRMATION, 10);
        assertThat(confirmations).hasSize(1);
        Notification confirmation = confirmations.get(0);
        assertThat(confirmation.subject()).isEqualTo("โปรดยืนยันการรับข่าวการรับฟังความคิดเห็นทางอีเมล");
        assertThat(confirmation.body()).contains("http://localhost:8080/subscriptions/confirm?token=");
        assertThat(confirmation.unsubscribe()).as("no list mail until confirmed").isNull();
        String token = SubscriberSteps.token(confirmation.body());
        assertThat(token).hasSizeGreaterThanOrEqualTo(43);

        Hearing before = openHearing();
        assertThat(notifications.byKey("hearing-opened:" + before.id() + ":" + email)).as("not confirmed yet").isEmpty();

        // a mail scanner follows the link: the page asks, and nothing changes
        mvc.perform(get("/subscriptions/confirm").param("token", token))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("ยืนยันการรับข่าวสาร"), containsString(email),
                        containsString("action=\"/subscriptions/confirm?token=" + token + "\""))));
        assertThat(subscriptions.byToken(token).orElseThrow().status()).isEqualTo(SubscriptionStatus.PENDING);
        mvc.perform(post("/subscriptions/confirm").param("token", token)).andExpect(status().isForbidden());
        assertThat(subscriptions.byToken(token).orElseThrow().status()).as("the confirmation needs the page's token").isEqualTo(SubscriptionStatus.PENDING);

        mvc.perform(post("/subscriptions/confirm").with(csrf()).param("token", token))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ยืนยันการรับข่าวสารแล้ว")));
        Subscription active = subscriptions.byToken(token).orElseThrow();
        assertThat(active.status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(active.confirmedAt()).isEqualTo(START);
        assertThat(active.privacyNoticeVersion()).isEqualTo("1.0");

        Hearing hearing = openHearing();
        Notification opened = notifications.byKey("hearing-opened:" + hearing.id() + ":" + email).orElseThrow();
        assertThat(opened.subject()).startsWith("เปิดรับฟังความคิดเห็น: (ร่าง) มสพร. ").endsWith("ร่างมาตรฐานทดสอบ");
        assertThat(opened.body()).contains("เรียน ผู้รับข่าวสาร",
                "ระยะเวลารับฟังความคิดเห็น: 26 พฤศจิกายน 2569 ถึง 31 ธันวาคม 2569",
                "งานประชุมรับฟังความคิดเห็น: วันพฤหัสบดีที่ 10 ธันวาคม 2569 เวลา 13:30–15:30 น.",
                "http://localhost:8080/hearings/" + hearing.id(),
                "เลิกรับข่าวสาร: http://localhost:8080/subscriptions/unsubscribe?token=" + token);
        assertThat(opened.unsubscribe()).isEqualTo("http://localhost:8080/subscriptions/unsubscribe?token=" + token);
        assertThat(opened.locale()).isEqualTo("th");
    }

    @Test
    void subscribingAgainCreatesNoSecondSubscriptionAndAnswersTheSame() throws Exception {
        Subscription first = subscriber.confirmed(email, "th");
        int mailsBefore = notifications.toAddress(email).size();

        mvc.perform(post("/subscribe").with(csrf()).param("email", email).param("consent", "true").param("privacyNoticeVersion", "1.0"))
                .andExpect(redirectedUrl("/subscribe/sent"));

        assertThat(subscriptions.byEmail(email)).extracting(Subscription::id).containsExactly(first.id());
        assertThat(subscriptions.byEmail(email).get(0).status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(notifications.toAddress(email)).as("no mail to an address that is subscribed").hasSize(mailsBefore);
    }

    @Test
    void aPendingSubscriptionIsReconfirmedAtMostOnceADay() throws Exception {
        subscriptions.subscribe(email, "th", "1.0");
        subscriptions.subscribe(email, "th", "1.0");
        assertThat(subscriptions.byEmail(email)).hasSize(1);
        assertThat(notifications.log(null, email, Subscriptions.CONFIRMATION, 10)).hasSize(1);

        moveClockTo(START.plusSeconds(24 * 3600));
        subscriptions.subscribe(email, "th", "1.0");
        assertThat(notifications.log(null, email, Subscriptions.CONFIRMATION, 10)).hasSize(2);
    }

    @Test
    void theUnsubscribePageAsksThenItsButtonUnsubscribes() throws Exception {
        Subscription subscription = subscriber.confirmed(email, "th");

        mvc.perform(get("/subscriptions/unsubscribe").param("token", subscription.token()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("เลิกรับข่าวสาร"),
                        containsString("action=\"/subscriptions/unsubscribe?token=" + subscription.token() + "\""))));
        assertThat(subscriptions.byToken(subscription.token()).orElseThrow().status()).isEqualTo(SubscriptionStatus.ACTIVE);

        mvc.perform(post("/subscriptions/unsubscribe").with(csrf()).param("token", subscription.token()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("เลิกรับข่าวสารแล้ว")));
        Subscription ended = subscriptions.byToken(subscription.token()).orElseThrow();
        assertThat(ended.status()).isEqualTo(SubscriptionStatus.UNSUBSCRIBED);
        assertThat(ended.unsubscribedAt()).isEqualTo(START);

        Hearing hearing = openHearing();
        assertThat(notifications.byKey("hearing-opened:" + hearing.id() + ":" + email)).isEmpty();

        // the address may subscribe again, with a new subscription and a new token
        subscriptions.subscribe(email, "th", "1.0");
        assertThat(subscriptions.current(email).orElseThrow().token()).isNotEqualTo(subscription.token());
    }

    @Test
    void aMailProgramUnsubscribesWithOneClickWithoutACsrfToken() throws Exception {
        Subscription subscription = subscriber.confirmed(email, "en");

        mvc.perform(post("/subscriptions/unsubscribe").queryParam("token", subscription.token())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("List-Unsubscribe=One-Click"))
                .andExpect(status().isOk());
        assertThat(subscriptions.byToken(subscription.token()).orElseThrow().status()).isEqualTo(SubscriptionStatus.UNSUBSCRIBED);

        // again changes nothing
        mvc.perform(post("/subscriptions/unsubscribe").queryParam("token", subscription.token())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("List-Unsubscribe=One-Click"))
                .andExpect(status().isOk());
        assertThat(subscriptions.byToken(subscription.token()).orElseThrow().unsubscribedAt()).isEqualTo(START);

        // the exemption is this address's only: the other forms still need the token
        mvc.perform(post("/subscriptions/confirm").queryParam("token", subscription.token())).andExpect(status().isForbidden());
        mvc.perform(post("/subscribe").param("email", email).param("consent", "true")).andExpect(status().isForbidden());
    }

    @Test
    void anUnknownTokenShowsThatTheLinkDoesNotWork() throws Exception {
        mvc.perform(get("/subscriptions/confirm").param("token", "no-such-token"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("ลิงก์นี้ใช้ไม่ได้")));
        mvc.perform(post("/subscriptions/unsubscribe").param("token", "no-such-token"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/subscriptions/unsubscribe"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("<form method=\"post\" action=\"/subscriptions"))));
    }
}
