package th.go.dga.standards.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser's cookies over real HTTP: logged in through the login page as a person does, and, when asked, with
 * Tasklist's page opened so that the session holds the webapps' CSRF token.
 */
public final class BrowserSession {

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final int port;
    private final HttpClient client;

    private BrowserSession(int port) {
        this.port = port;
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Logged in as {@code user} with the demo password. */
    public static BrowserSession loggedIn(int port, String user) {
        BrowserSession session = new BrowserSession(port);
        String page = session.send(HttpRequest.newBuilder(session.uri("/login")).build()).body();
        Matcher token = FORM_TOKEN.matcher(page);
        assertThat(token.find()).as("the login page's CSRF token").isTrue();
        HttpResponse<String> login = session.send(HttpRequest.newBuilder(session.uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=demo&_csrf=" + token.group(1))).build());
        assertThat(login.statusCode()).as("logging in as " + user).isEqualTo(302);
        return session;
    }

    /** Logged in, with Tasklist's page opened: the webapps' calls carry the {@code XSRF-TOKEN} cookie's value. */
    public static BrowserSession inTasklist(int port, String user) {
        BrowserSession session = loggedIn(port, user);
        session.send(HttpRequest.newBuilder(session.uri("/camunda/app/tasklist/default/")).build());
        return session;
    }

    public HttpClient client() {
        return client;
    }

    public String cookie(String name) {
        return ((CookieManager) client.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name)).map(HttpCookie::getValue).findFirst().orElse("");
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
