package th.go.dga.standards.security;

import java.util.Base64;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import th.go.dga.standards.support.ApplicationTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One password policy wherever a password is set, while the demo accounts keep the password the README gives. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.generate-unique-process-engine-name=false")
class PasswordPolicyTests extends ApplicationTestSupport {

    @LocalServerPort
    int port;

    private RestClient http;

    @BeforeEach
    void client() {
        http = RestClient.builder().baseUrl("http://localhost:" + port + "/engine-rest").requestFactory(new JdkClientHttpRequestFactory()).build();
    }

    @AfterEach
    void nobody() {
        identityService.clearAuthentication();
    }

    @Test
    void theDemoAccountsOpenWithTheDocumentedPassword() {
        assertThat(identityService.checkPassword("somsri", "demo")).isTrue();
        assertThat(identityService.checkPassword("admin", "demo")).isTrue();
    }

    @Test
    void noOneSetsTheirOwnPasswordToTheDemoPasswordOrAnotherWeakOne() {
        for (String weak : new String[] {"demo", "password1234", "somsri-2569-dga"}) {
            assertThat(call("somsri", HttpMethod.PUT, "/user/somsri/credentials", Map.of("password", weak, "authenticatedUserPassword", "demo")))
                    .as(weak).startsWith("400").contains("\"field\":\"password\"");
        }
        assertThat(identityService.checkPassword("somsri", "demo")).isTrue();
    }

    @Test
    void anAdministratorCreatesNoUserWithAWeakPassword() {
        assertThat(call("admin", HttpMethod.POST, "/user/create", newUser("policy-weak", "a"))).startsWith("400").contains("12");
        assertThat(call("admin", HttpMethod.POST, "/user/create", newUser("policy-common", "Password@1234"))).startsWith("400");
        assertThat(identityService.createUserQuery().userIdIn("policy-weak", "policy-common").count()).isZero();

        assertThat(call("admin", HttpMethod.POST, "/user/create", newUser("policy-strong", "ช้างเผือกสามเชือกกินหญ้า"))).startsWith("204");
        assertThat(identityService.checkPassword("policy-strong", "ช้างเผือกสามเชือกกินหญ้า")).isTrue();
    }

    @Test
    void theEngineItselfRefusesAWeakPasswordFromAnyoneLoggedIn() {
        identityService.setAuthentication("admin", java.util.List.of("admin"));
        User user = identityService.newUser("policy-engine");
        user.setFirstName("ทดสอบ");
        user.setLastName("นโยบาย");
        user.setPassword("demo");

        assertThatThrownBy(() -> identityService.saveUser(user)).isInstanceOf(ProcessEngineException.class).hasMessageContaining("policy");
        assertThat(call("somsri", HttpMethod.GET, "/identity/password-policy", null)).startsWith("200").contains("PASSWORD_POLICY_LENGTH")
                .contains("\"minLength\":\"12\"");
    }

    private static Map<String, Object> newUser(String id, String password) {
        return Map.of("profile", Map.of("id", id, "firstName", "ทดสอบ", "lastName", "นโยบาย", "email", id + "@example.go.th"),
                "credentials", Map.of("password", password));
    }

    private String call(String user, HttpMethod method, String path, Object body) {
        RestClient.RequestBodySpec request = http.method(method).uri(path).header(HttpHeaders.AUTHORIZATION,
                "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes()));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return request.exchange((req, response) -> response.getStatusCode().value() + " " + new String(response.getBody().readAllBytes()));
    }
}
