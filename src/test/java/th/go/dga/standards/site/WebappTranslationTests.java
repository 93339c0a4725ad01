package th.go.dga.standards.site;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Thai translation of Tasklist and of the welcome page against the English one of the Camunda version in use:
 * every label there, each with the same placeholders and markup, so that an upgrade that adds labels is noticed.
 */
class WebappTranslationTests {

    private static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";
    /** Interpolations and the markup the English labels use; "<null>" and "<undefined>" are words, not markup. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}|</?(a|br)\\b[^>]*>");
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "welcome"})
    void everyEnglishLabelHasAThaiOneWithTheSamePlaceholders(String app) throws IOException {
        JsonNode english = read(app, "en");
        JsonNode thai = read(app, "th");
        List<String> problems = new ArrayList<>();
        compare("", english, thai, problems);
        assertThat(problems).as("%s/locales/th.json", app).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "welcome"})
    void theWebappOffersThaiAndShowsNoMigrationBanner(String app) throws IOException {
        assertThat(text("META-INF/resources/webjars/camunda/app/" + app + "/scripts/config.js")).contains("availableLocales: ['th', 'en']");
        assertThat(text("META-INF/resources/webjars/camunda/app/" + app + "/styles/user-styles.css"))
                .containsPattern("\\.ce-eol-banner\\s*\\{\\s*display: none");
    }

    private static void compare(String path, JsonNode english, JsonNode thai, List<String> problems) {
        if (thai == null || thai.isMissingNode()) {
            problems.add(path + " is missing");
            return;
        }
        if (english.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = english.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                compare(path + "/" + field.getKey(), field.getValue(), thai.get(field.getKey()), problems);
            }
            thai.fieldNames().forEachRemaining(name -> {
                if (!english.has(name)) {
                    problems.add(path + "/" + name + " is not in en.json");
                }
            });
        } else if (english.isArray()) {
            if (english.size() != thai.size()) {
                problems.add(path + " has " + thai.size() + " items, not " + english.size());
            }
        } else if (english.isTextual() && !placeholders(english.asText()).equals(placeholders(thai.asText()))) {
            problems.add(path + " has " + placeholders(thai.asText()) + " instead of " + placeholders(english.asText()));
        }
    }

    private static TreeSet<String> placeholders(String text) {
        TreeSet<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group().replaceAll("\\s+", ""));
        }
        return found;
    }

    private static JsonNode read(String app, String language) throws IOException {
        return JSON.readTree(text(LOCALES.formatted(app, language)).replaceFirst("^\uFEFF", ""));
    }

    private static String text(String resource) throws IOException {
        try (InputStream in = WebappTranslationTests.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
