package th.go.dga.standards.config;

import java.util.List;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

/**
 * The OpenAPI document of {@code /api}, served at {@code /v3/api-docs} and shown by Swagger UI at
 * {@code /swagger-ui.html}. Every error response is described as an RFC 9457 problem.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BASIC = "basic";
    static final String PROBLEM = "Problem";

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
                .servers(List.of(new Server().url("/")))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("A user of the system, e.g. somsri / demo on the embedded default"))
                        .addSchemas(PROBLEM, problem()));
    }

    /** Every 4xx and 5xx answer is a problem, whatever the operation returns when it succeeds. */
    @Bean
    OpenApiCustomizer errorsAreProblems() {
        Content problem = new Content().addMediaType("application/problem+json",
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
        return openApi -> openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation ->
                operation.getResponses().forEach((code, response) -> {
                    if (code.startsWith("4") || code.startsWith("5")) {
                        response.setContent(problem);
                    }
                })));
    }

    private static Schema<?> problem() {
        ObjectSchema fieldError = new ObjectSchema();
        fieldError.addProperty("field", new StringSchema().example("commentPeriodEnd"));
        fieldError.addProperty("code", new StringSchema().example("hearing.too-short"));
        fieldError.addProperty("message", new StringSchema().example("ระยะเวลารับฟังความคิดเห็นต้องไม่น้อยกว่า 15 วัน (กรอกไว้ 10 วัน)"));
        ObjectSchema problem = new ObjectSchema();
        problem.setDescription("An RFC 9457 problem. The title follows Accept-Language; a conflict may add facts such as closedAt.");
        problem.addProperty("type", new StringSchema().example("/problems/invalid-input"));
        problem.addProperty("title", new StringSchema().example("ข้อมูลไม่ถูกต้อง"));
        problem.addProperty("status", new IntegerSchema().example(422));
        problem.addProperty("detail", new StringSchema().example("commentPeriodEnd: ระยะเวลารับฟังความคิดเห็นต้องไม่น้อยกว่า 15 วัน (กรอกไว้ 10 วัน)"));
        problem.addProperty("instance", new StringSchema().example("/api/hearings/7/comments"));
        problem.addProperty("errors", new ArraySchema().items(fieldError).description("the fields at fault, for bad input"));
        return problem;
    }
}
