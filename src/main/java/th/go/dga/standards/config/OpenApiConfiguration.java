package th.go.dga.standards.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The OpenAPI document of {@code /api}, served at {@code /v3/api-docs} and shown by Swagger UI at
 * {@code /swagger-ui.html}.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BASIC = "basic";

    @Bean
    OpenAPI standardsApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("DGA standards workflow API")
                        .version("1")
                        .description("""
                                The lifecycle of Thai digital-government standards: projects, tasks, documents, public hearings, \
                                comments and the catalogue of published standards. Times are ISO-8601 with the +07:00 offset. \
                                Errors are RFC 9457 problem details whose title follows Accept-Language (th or en). \
                                Staff endpoints use HTTP Basic with a user of the system; hearings, comments, meeting \
                                registrations, the catalogue and public documents need no login.""")
                        .license(new License().name("Apache-2.0")))
                .components(new Components().addSecuritySchemes(BASIC,
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("A user of the system, e.g. somsri / demo on the embedded default")));
    }
}
