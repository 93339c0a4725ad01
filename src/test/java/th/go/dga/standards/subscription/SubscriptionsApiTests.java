package th.go.dga.standards.subscription;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import com.fasterxml.jackson.databind.JsonNode;

import th.go.dga.standards.notification.Notifications;
import th.go.dga.standards.support.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Subscribing through the API, and the secretariat's stakeholder list.
 */
class SubscriptionsApiTests extends ApiTestSupport {

    private static final AtomicInteger PEOPLE = new AtomicInteger();

    @Autowired Subscriptions subscriptions;
    @Autowired Stakeholders stakeholders;
    @Autowired Notifications notifications;

    @Test
    void subscribingAnswersTheSameWhetherTheAddressWasSubscribedOrNot() throws Exception {
        String email = "api-subscriber-" + PEOPLE.incrementAndGet() + "@example.go.th";
        String first = subscribe(Map.of("email", email, "locale", "en", "consent", true, "privacyNoticeVersion", "1.0"))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.email").value(email))
                .andReturn().getResponse().getContentAsString();
        Subscription pending = subscriptions.current(email).orElseThrow();
        assertThat(pending.status()).isEqualTo(SubscriptionStatus.PENDING);
        assertThat(pending.locale()).isEqualTo("en");
        assertThat(notifications.log(null, email, Subscriptions.CONFIRMATION, 10).get(0).subject())
                .isEqualTo("Please confirm your subscription to the hearing announcements");

        subscriptions.confirm(pending.token());
        String again = subscribe(Map.of("email", email.toUpperCase(), "locale", "en", "consent", true, "privacyNoticeVersion", "1.0"))
                .andExpect(status().isAccepted())
                .andReturn().getResponse().getContentAsString();
        assertThat(again).isEqualTo(first);
        assertThat(subscriptions.byEmail(email)).hasSize(1);
    }

    @Test
    void badInputIsAProblemListingEveryFieldAndNothingIsStored() throws Exception {
        Map<String, Object> bad = new HashMap<>();
        bad.put("email", "x".repeat(250) + "@example.go.th");
        bad.put("locale", "de");
        bad.put("consent", true);
        bad.put("privacyNoticeVersion", "0.9");
        subscribe(bad)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("/problems/invalid-input"))
                .andExpect(jsonPath("$.errors[?(@.field == 'email')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'locale')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'privacyNoticeVersion')]").exists());
        subscribe(Map.of("email", "no-consent@example.go.th"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("consent"));
        mvc.perform(post("/api/subscriptions").contentType(MediaType.APPLICATION_JSON).content("{not json"))
                .andExpect(status().isBadRequest());
        assertThat(subscriptions.byEmail("no-consent@example.go.th")).isEmpty();
        assertThat(notifications.toAddress("no-consent@example.go.th")).isEmpty();
    }

    @Test
    void onlyTheSecretariatKeepsTheStakeholderList() throws Exception {
        String email = "stakeholder-" + PEOPLE.incrementAndGet() + "@example.go.th";
        String entry = body(Map.of("name", "สมชาย ใจดี", "organisation", "กรมการปกครอง", "email", email));

        mvc.perform(get("/api/stakeholders")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/stakeholders").contentType(MediaType.APPLICATION_JSON).content(entry)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/stakeholders").with(as("anan"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/stakeholders").with(as("anan")).contentType(MediaType.APPLICATION_JSON).content(entry))
                .andExpect(status().isForbidden());
        assertThat(stakeholders.byEmail(email)).isEmpty();

        JsonNode added = json.readTree(mvc.perform(post("/api/stakeholders").with(as("somsri")).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("name", " สมชาย ใจดี ", "organisation", "กรมการปกครอง", "email", email.toUpperCase()))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.email").value(email))
                .andExpect(jsonPath("$.name").value("สมชาย ใจดี"))
                .andExpect(jsonPath("$.locale").value("th"))
                .andExpect(jsonPath("$.addedBy").value("somsri"))
                .andReturn().getResponse().getContentAsString());
        long id = added.path("id").asLong();

        mvc.perform(post("/api/stakeholders").with(as("wichai")).contentType(MediaType.APPLICATION_JSON).content(entry))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("stakeholder.exists"));
        mvc.perform(get("/api/stakeholders").with(as("wichai")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("\"email\":\"" + email + "\"")));

        mvc.perform(delete("/api/stakeholders/{id}", id)).andExpect(status().isUnauthorized());
        mvc.perform(delete("/api/stakeholders/{id}", id).with(as("anan"))).andExpect(status().isForbidden());
        mvc.perform(delete("/api/stakeholders/{id}", id).with(as("wichai"))).andExpect(status().isNoContent());
        mvc.perform(delete("/api/stakeholders/{id}", id).with(as("wichai"))).andExpect(status().isNotFound());
        assertThat(stakeholders.byEmail(email)).isEmpty();
    }

    @Test
    void aStakeholderNeedsANameAndAnAddressInThaiOrEnglish() throws Exception {
        mvc.perform(post("/api/stakeholders").with(as("somsri")).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("name", " ", "email", "not-an-address", "locale", "fr", "organisation", "ก".repeat(301)))))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[?(@.field == 'name')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'email')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'locale')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'organisation')]").exists());
        mvc.perform(post("/api/stakeholders").with(as("somsri")).header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("name", "Jane Doe", "email", "jane@example.org", "locale", "xx"))))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].message").value("The language \"xx\" is not offered: th or en"));
        assertThat(stakeholders.byEmail("jane@example.org")).isEmpty();
    }

    private org.springframework.test.web.servlet.ResultActions subscribe(Map<String, Object> request) throws Exception {
        return mvc.perform(post("/api/subscriptions").contentType(MediaType.APPLICATION_JSON).content(body(request)));
    }
}
