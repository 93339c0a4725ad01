package th.go.dga.standards.security;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

import th.go.dga.standards.hearing.Hearing;
import th.go.dga.standards.registry.StandardCode;
import th.go.dga.standards.support.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one login over real HTTP, through the servlets of the Camunda webapps and the engine REST API, which MockMvc
 * does not reach, and its session in the database, where every node of a cluster finds it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.generate-unique-process-engine-name=false")
class SingleLoginOverHttpTests extends ApiTestSupport {

    @LocalServerPort
    int port;

    @Autowired JdbcClient jdbc;
    @Autowired FindByIndexNameSessionRepository<? extends Session> sessions;

    @Test
    void oneLoginServesTasklistTheEngineRestApiAndTheApiUntilTasklistSignsOut() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        String loginPage = browser.send(get("/login"), HttpResponse.BodyHandlers.ofString()).body();
        String token = match(loginPage, "name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=somsri&password=demo&_csrf=" + token)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/work");
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION=")).findFirst().orElseThrow();
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
    void theLoginIsKeptInTheDatabaseWhereANodeThatNeverSawItFindsIt() throws Exception {
        HttpClient browser = loggedIn("somsri");
        String sessionId = sessionId(cookie(browser, "SESSION"));

        assertThat(jdbc.sql("select principal_name from spring_session where session_id = ?").param(sessionId).query(String.class).single())
                .isEqualTo("somsri");
        assertThat(jdbc.sql("select max_inactive_interval from spring_session where session_id = ?").param(sessionId).query(Integer.class).single())
                .as("30 minutes idle").isEqualTo(1800);
        assertThat(jdbc.sql("select a.attribute_name from spring_session_attributes a join spring_session s on s.primary_id = a.session_primary_id "
                        + "where s.session_id = ?").param(sessionId).query(String.class).list())
                .as("Spring Security's login, and the Camunda webapps' own after Tasklist's page")
                .contains("SPRING_SECURITY_CONTEXT", "authenticatedUser");
        assertThat(sessions.findByPrincipalName("somsri")).containsKey(sessionId);

        // the same rows under an id no node has ever handed out: what they hold is all a node has to go on
        String copy = copyOfSession(sessionId);
        HttpClient elsewhere = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        String cookie = "SESSION=" + Base64.getEncoder().encodeToString(copy.getBytes(StandardCharsets.US_ASCII));
        assertThat(elsewhere.send(withCookie("/api/tasks", cookie), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        assertThat(elsewhere.send(withCookie("/engine-rest/task/count", cookie), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        HttpResponse<String> me = elsewhere.send(withCookie("/camunda/api/admin/auth/user/default", cookie), HttpResponse.BodyHandlers.ofString());
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat(me.body()).contains("\"userId\":\"somsri\"");

        // and a session gone from the database is gone for every node
        jdbc.sql("delete from spring_session where session_id = ?").param(sessionId).update();
        assertThat(browser.send(get("/api/tasks"), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
    }

    @Test
    void signingOutRemovesTheSessionFromTheDatabase() throws Exception {
        HttpClient browser = loggedIn("wichai");
        String sessionId = sessionId(cookie(browser, "SESSION"));
        HttpResponse<String> signOut = browser.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/logout"))
                .header("X-XSRF-TOKEN", cookie(browser, "XSRF-TOKEN")).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(signOut.statusCode()).isEqualTo(200);
        assertThat(signOut.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("SESSION=;").contains("Max-Age=0"));
        assertThat(jdbc.sql("select count(*) from spring_session where session_id = ?").param(sessionId).query(Integer.class).single()).isZero();
    }

    @Test
    void aVisitorReadingTheSiteIsGivenNoSessionOnlyTheFormsToken() throws Exception {
        Hearing hearing = openHearing();
        String standard = registry.findByCode(StandardCode.parse("มสพร. 6-1 : 2566")).orElseThrow().id();
        int before = sessionRows();

        HttpClient visitor = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        for (String path : List.of("/", "/?lang=en", "/hearings", "/hearings/" + hearing.id(), "/hearings/" + hearing.id() + "/comments/new",
                "/hearings/" + hearing.id() + "/registration", "/standards", "/standards?q=" + URLEncoder.encode("ข้อมูล", StandardCharsets.UTF_8),
                "/standards/" + standard, "/subscribe", "/cookies", "/privacy", "/login", "/api/hearings", "/api/catalogue")) {
            HttpResponse<String> page = visitor.send(get(path), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.headers().allValues("Set-Cookie")).as(path).noneMatch(c -> c.startsWith("SESSION="))
                    .allMatch(c -> c.startsWith("XSRF-SITE=") || c.startsWith("lang="));
        }
        assertThat(cookie(visitor, "XSRF-SITE")).as("the forms' token, in a cookie of its own").isNotBlank();
        assertThat(sessionRows()).as("rows in spring_session").isEqualTo(before);
    }

    @Test
    void behindHttpsTheSessionCookieIsSecureAndHstsIsSent() throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(uri("/login")).header("X-Forwarded-Proto", "https").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(v -> assertThat(v).contains("max-age="));

        // a client that keeps Secure cookies for HTTPS would not send them back over this plain connection: sent by hand
        String token = match(page.body(), "name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
        String xsrf = match(String.join("\n", page.headers().allValues("Set-Cookie")), "XSRF-SITE=([^;]+)");
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(uri("/login")).header("X-Forwarded-Proto", "https")
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "XSRF-SITE=" + xsrf)
                .POST(HttpRequest.BodyPublishers.ofString("username=somsri&password=demo&_csrf=" + token)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("SESSION=")).singleElement()
                .satisfies(c -> assertThat(c).contains("Secure").contains("HttpOnly").contains("SameSite=Lax"));
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
        String session = cookie(browser, "SESSION");
        HttpResponse<String> asAdmin = client.send(HttpRequest.newBuilder(uri("/engine-rest/task?maxResults=1"))
                .header("Authorization", basic("admin")).header("Cookie", "SESSION=" + session).build(), HttpResponse.BodyHandlers.ofString());
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
        assertThat(tasks).contains(task(project, th.go.dga.standards.process.StandardLifecycleProcess.PREPARE_DRAFT).getId());
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

    /** The id of a session, from the value of its cookie (Base64, as Spring Session writes it). */
    private static String sessionId(String cookieValue) {
        return new String(Base64.getDecoder().decode(cookieValue), StandardCharsets.US_ASCII);
    }

    /** Copies a session's rows under a new id, and returns that id. */
    private String copyOfSession(String sessionId) {
        String primaryId = UUID.randomUUID().toString();
        String copy = UUID.randomUUID().toString();
        jdbc.sql("""
                insert into spring_session (primary_id, session_id, creation_time, last_access_time, max_inactive_interval, expiry_time, principal_name)
                select ?, ?, creation_time, last_access_time, max_inactive_interval, expiry_time, principal_name from spring_session where session_id = ?
                """).params(primaryId, copy, sessionId).update();
        jdbc.sql("""
                insert into spring_session_attributes (session_primary_id, attribute_name, attribute_bytes)
                select ?, a.attribute_name, a.attribute_bytes from spring_session_attributes a
                join spring_session s on s.primary_id = a.session_primary_id where s.session_id = ?
                """).params(primaryId, sessionId).update();
        return copy;
    }

    private int sessionRows() {
        return jdbc.sql("select count(*) from spring_session").query(Integer.class).single();
    }

    private HttpRequest withCookie(String path, String cookie) {
        return HttpRequest.newBuilder(uri(path)).header("Cookie", cookie).build();
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
