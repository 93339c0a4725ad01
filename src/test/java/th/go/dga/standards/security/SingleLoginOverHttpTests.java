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
    void aVisitorReadingTheSiteIsGivenNoSessionOnlyTheFormsToken() throws Exception {
        HttpClient visitor = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        for (String path : List.of("/", "/standards", "/privacy")) {
            HttpResponse<String> page = visitor.send(get(path), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            List<String> cookies = page.headers().allValues("Set-Cookie");
            assertThat(cookies).as(path).noneMatch(c -> c.startsWith("JSESSIONID")).allMatch(c -> c.startsWith("XSRF-SITE="));
        }
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

    @Test
    void httpBasicAndRefusedCallsLeaveNoSessionAndTheCookieStaysTheLoggedInUsers() throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        for (String path : List.of("/api/tasks", "/engine-rest/task/no-such-task", "/engine-rest/task?maxResults=1")) {
            HttpResponse<String> anonymous = client.send(get(path), HttpResponse.BodyHandlers.ofString());
            assertThat(anonymous.statusCode()).as(path).isEqualTo(401);
            assertThat(anonymous.headers().allValues("Set-Cookie")).as(path).isEmpty();
            HttpResponse<String> basic = client.send(HttpRequest.newBuilder(uri(path)).header("Authorization", basic("admin")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(basic.statusCode()).as(path).isIn(200, 404);
            assertThat(basic.headers().allValues("Set-Cookie")).as(path).isEmpty();
        }

        HttpClient browser = loggedIn("anan");
        String session = cookie(browser, "JSESSIONID");
        HttpResponse<String> asAdmin = client.send(HttpRequest.newBuilder(uri("/engine-rest/task?maxResults=1"))
                .header("Authorization", basic("admin")).header("Cookie", "JSESSIONID=" + session).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(asAdmin.statusCode()).isEqualTo(200);
        assertThat(browser.send(get("/camunda/api/admin/auth/user/default"), HttpResponse.BodyHandlers.ofString()).body())
                .as("the session is still anan's").contains("\"userId\":\"anan\"");
    }

    @Test
    void eachUserFindsTheirOwnTasklistFiltersAfterLoggingIn() throws Exception {
        String project = steps().register(th.go.dga.standards.registry.StandardKind.MSPR, 7900, null);
        HttpClient browser = loggedIn("pranee");

        String filters = browser.send(get("/camunda/api/engine/engine/default/filter?resourceType=Task&firstResult=0&maxResults=2000"), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(filters).contains("งานของฉัน").contains("งานของกลุ่มฉัน").contains("\"owner\":\"pranee\"").doesNotContain("\"owner\":\"anan\"");
        String groupFilter = match(filters, "\"id\":\"([^\"]+)\",\"resourceType\":\"Task\",\"name\":\"งานของกลุ่มฉัน\"");
        String tasks = browser.send(HttpRequest.newBuilder(uri("/camunda/api/engine/engine/default/filter/" + groupFilter + "/list?firstResult=0&maxResults=50"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(tasks).contains(task(project, th.go.dga.standards.lifecycle.StandardLifecycleProcess.PREPARE_DRAFT).getId());
    }

    private HttpClient loggedIn(String user) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        String token = match(browser.send(get("/login"), HttpResponse.BodyHandlers.ofString()).body(), "name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=demo&_csrf=" + token)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(browser.send(get("/camunda/app/tasklist/default/"), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        return browser;
    }

    private static String cookie(HttpClient browser, String name) {
        return ((CookieManager) browser.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name)).findFirst().orElseThrow().getValue();
    }

    private static String basic(String user) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":demo").getBytes());
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
