package th.go.dga.standards.api;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import th.go.dga.standards.support.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The OpenAPI document is part of the contract: it is kept in {@code src/test/resources/openapi/api-docs.json}, and
 * this test fails when the code no longer produces it. After a deliberate change to the API, copy
 * {@code target/openapi/api-docs.json} over the kept document and review the difference like any other change.
 */
class OpenApiDocumentTests extends ApiTestSupport {

    static final Path KEPT = Path.of("src/test/resources/openapi/api-docs.json");
    static final Path PRODUCED = Path.of("target/openapi/api-docs.json");
    private static final ObjectMapper CANONICAL = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    @Test
    void theDocumentMatchesTheKeptContract() throws Exception {
        String produced = canonical(document());
        Files.createDirectories(PRODUCED.getParent());
        Files.writeString(PRODUCED, produced, StandardCharsets.UTF_8);

        assertThat(KEPT).as("the kept OpenAPI document; create it from " + PRODUCED).exists();
        assertThat(produced).as("the API differs from its kept OpenAPI document: review " + PRODUCED + " and copy it to " + KEPT)
                .isEqualTo(Files.readString(KEPT, StandardCharsets.UTF_8));
    }

    @Test
    void everyOperationIsDescribedWithItsSuccessAndItsErrors() throws Exception {
        JsonNode paths = document().path("paths");
        List<String> undocumented = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> p = paths.fields(); p.hasNext(); ) {
            Map.Entry<String, JsonNode> path = p.next();
            for (Iterator<Map.Entry<String, JsonNode>> o = path.getValue().fields(); o.hasNext(); ) {
                Map.Entry<String, JsonNode> operation = o.next();
                String name = operation.getKey().toUpperCase() + " " + path.getKey();
                JsonNode op = operation.getValue();
                if (op.path("summary").asText().isBlank()) {
                    undocumented.add(name + ": no summary");
                }
                if (!op.has("tags")) {
                    undocumented.add(name + ": no tag");
                }
                boolean success = false;
                boolean failure = false;
                for (Iterator<String> codes = op.path("responses").fieldNames(); codes.hasNext(); ) {
                    String code = codes.next();
                    success |= code.startsWith("2") || code.startsWith("3");
                    failure |= code.startsWith("4");
                }
                if (!success || !failure) {
                    undocumented.add(name + ": success or error responses missing");
                }
                for (JsonNode parameter : op.path("parameters")) {
                    if (parameter.path("in").asText().equals("query") && !parameter.has("example") && !parameter.path("schema").has("example")) {
                        undocumented.add(name + ": query parameter " + parameter.path("name").asText() + " has no example");
                    }
                }
            }
        }
        assertThat(undocumented).isEmpty();
    }

    @Test
    void everyRequestBodyHasExamples() throws Exception {
        JsonNode schemas = document().path("components").path("schemas");
        List<String> withoutExamples = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> s = schemas.fields(); s.hasNext(); ) {
            Map.Entry<String, JsonNode> schema = s.next();
            if (schema.getKey().endsWith("Request") && !schema.getValue().toString().contains("\"example\"")) {
                withoutExamples.add(schema.getKey());
            }
        }
        assertThat(withoutExamples).isEmpty();
    }

    @Test
    void swaggerUiIsServed() throws Exception {
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
    }

    private JsonNode document() throws Exception {
        return json.readTree(mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    private static String canonical(JsonNode document) throws Exception {
        Object tree = CANONICAL.treeToValue(document, Object.class);
        return CANONICAL.writeValueAsString(tree) + "\n";
    }
}
