package th.go.dga.standards.security;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import th.go.dga.standards.support.ApplicationTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one login over real HTTP, through the servlets of the Camunda webapps and the engine REST API, which MockMvc
 * does not reach.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.generate-unique-process-engine-name=false")
class SingleLoginOverHttpTests extends ApplicationTestSupport {

    @LocalServerPort
    int port;

    @Test
    void oneLoginServesTasklistTheEngineRestApiAndTheApiUntilTasklistSignsOut() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        String loginPage = browser.send(get("/login"), HttpResponse.BodyHandlers.ofString()).body();
        String token = match(loginPage, "name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=somsri&password=demo&_csrf=" + token)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/camunda/app/tasklist/");
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");

        // as a browser does: Tasklist's page first, which hands the user to the webapps, then its API calls
        HttpResponse<String> tasklist = browser.send(get("/camunda/app/tasklist/default/"), HttpResponse.BodyHandlers.ofString());
        assertThat(tasklist.statusCode()).isEqualTo(200);
        assertThat(tasklist.headers().allValues("Content-Security-Policy")).anySatisfy(csp ->
                assertThat(csp).contains("frame-ancestors 'none'").contains("object-src 'none'"));
        HttpResponse<String> me = browser.send(get("/camunda/api/admin/auth/user/default"), HttpResponse.BodyHandlers.ofString());
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat(me.body()).contains("\"userId\":\"somsri\"");
        assertThat(browser.send(get("/camunda/api/engine/engine/default/task/count"), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        assertThat(browser.send(get("/engine-rest/task/count"), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        assertThat(browser.send(get("/api/tasks"), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);

        String xsrf = ((CookieManager) browser.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("XSRF-TOKEN")).findFirst().map(c -> c.getValue()).orElse("");
        HttpResponse<String> signOut = browser.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/logout"))
                .header("X-XSRF-TOKEN", xsrf).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signOut.statusCode()).isEqualTo(200);
        assertThat(browser.send(get("/api/tasks"), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
        assertThat(browser.send(get("/camunda/app/tasklist/"), HttpResponse.BodyHandlers.ofString()).headers().firstValue("Location").orElseThrow())
                .endsWith("/login");
    }

    @Test
    void behindHttpsTheSessionCookieIsSecureAndHstsIsSent() throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(uri("/login")).header("X-Forwarded-Proto", "https").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(page.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(v -> assertThat(v).contains("max-age="));
        List<String> cookies = page.headers().allValues("Set-Cookie");
        assertThat(cookies).filteredOn(c -> c.startsWith("JSESSIONID")).allSatisfy(c -> assertThat(c).contains("Secure").contains("HttpOnly"));
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(uri(path)).build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String match(String text, String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(text);
        assertThat(m.find()).as(pattern).isTrue();
        return m.group(1);
    }
}
