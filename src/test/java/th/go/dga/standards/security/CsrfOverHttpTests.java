package th.go.dga.standards.security;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import th.go.dga.standards.support.ApplicationTestSupport;
import th.go.dga.standards.support.BrowserSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A change made with the session cookie carries the CSRF token, taken from the {@code XSRF-SITE} cookie and sent back
 * as the {@code X-XSRF-SITE} header, as the security guide says; without it the change is refused as what it is, and
 * the session lives on. Only HTTP Basic credentials, which authenticate the request on their own, stand in for it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.generate-unique-process-engine-name=false")
class CsrfOverHttpTests extends ApplicationTestSupport {

    private static final String CHANGE = "/api/personal-data/export";
    private static final String BODY = "{\"email\":\"nobody@example.go.th\"}";

    @LocalServerPort
    int port;

    @Test
    void theCookiesTokenSentAsAHeaderIsAccepted() throws Exception {
        HttpClient browser = loggedIn("somsri");
        HttpResponse<String> change = browser.send(post(CHANGE, BODY).header("X-XSRF-SITE", cookie(browser, "XSRF-SITE")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(change.statusCode()).as(change.body()).isEqualTo(200);
    }

    @Test
    void aChangeWithoutTheTokenIsRefusedAsSuchAndTheSessionLivesOn() throws Exception {
        HttpClient browser = loggedIn("somsri");
        HttpResponse<String> change = browser.send(post(CHANGE, BODY).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(change.statusCode()).isEqualTo(403);
        assertThat(change.body()).contains("/problems/csrf").contains("X-XSRF-SITE");
        assertThat(browser.send(get("/api/tasks").build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    }

    @Test
    void anAuthorizationHeaderThatIsNotBasicDoesNotStandInForTheToken() throws Exception {
        HttpClient browser = loggedIn("somsri");
        HttpResponse<String> change = browser.send(post(CHANGE, BODY).header("Authorization", "Bearer anything").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(change.statusCode()).isEqualTo(403);
        assertThat(change.body()).contains("/problems/csrf");
    }

    @Test
    void basicCredentialsNeedNoToken() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> change = client.send(post(CHANGE, BODY)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("somsri:demo".getBytes())).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(change.statusCode()).isEqualTo(200);
    }

    @Test
    void tasklistsSignOutNeedsCamundasToken() throws Exception {
        HttpClient browser = loggedIn("somsri");
        browser.send(get("/camunda/app/tasklist/default/").build(), HttpResponse.BodyHandlers.ofString());
        String logout = "/camunda/api/admin/auth/user/default/logout";

        HttpResponse<String> forged = browser.send(post(logout, "").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(browser.send(get("/api/tasks").build(), HttpResponse.BodyHandlers.ofString()).statusCode()).as("still logged in").isEqualTo(200);

        HttpResponse<String> signOut = browser.send(post(logout, "").header("X-XSRF-TOKEN", cookie(browser, "XSRF-TOKEN")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signOut.statusCode()).isEqualTo(200);
        assertThat(browser.send(get("/api/tasks").build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
    }

    private HttpClient loggedIn(String user) {
        BrowserSession session = BrowserSession.loggedIn(port, user);
        // a page of the site, as a browser would open next, sets the token's cookie
        session.send(get("/").build());
        return session.client();
    }

    private static String cookie(HttpClient browser, String name) {
        return ((CookieManager) browser.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name)).map(HttpCookie::getValue).findFirst().orElse("");
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(uri(path)).header("Accept", "application/json");
    }

    private HttpRequest.Builder post(String path, String json) {
        return HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
