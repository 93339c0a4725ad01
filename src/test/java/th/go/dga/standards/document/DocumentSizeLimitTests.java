package th.go.dga.standards.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import th.go.dga.standards.config.StandardsProperties;
import th.go.dga.standards.registry.Standard;
import th.go.dga.standards.registry.StandardKind;
import th.go.dga.standards.support.ApplicationTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The size limit over real HTTP, with a limit of one megabyte so that the test never holds a large file: Tomcat stops
 * reading the upload at the limit and the caller receives a 413 problem, not a reset connection.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "standards.documents.max-size=1MB")
class DocumentSizeLimitTests extends ApplicationTestSupport {

    private static final int LIMIT = 1024 * 1024;
    private static final String BOUNDARY = "----dga-standards-test-boundary";

    @LocalServerPort int port;
    @Autowired MockMvc mvc;
    @Autowired StandardsProperties properties;
    @Autowired ObjectMapper json;

    private final HttpClient http = HttpClient.newHttpClient();
    private Standard draft;

    @BeforeEach
    void aDraft() {
        draft = registeredProject(StandardKind.MSPR);
    }

    @Test
    void refusesAnUploadOverTheLimitWith413BeforeReadingItAll() throws Exception {
        long before = filesInStore();
        byte[] body = body(SampleFiles.pdf(), 3 * LIMIT);

        HttpResponse<String> response = http.send(upload(HttpRequest.BodyPublishers.ofByteArray(body)), HttpResponse.BodyHandlers.ofString());

        assertTooLarge(response);
        assertThat(filesInStore()).isEqualTo(before);
    }

    @Test
    void refusesAChunkedUploadOverTheLimitWith413() throws Exception {
        // no Content-Length: the limit is found while the file arrives
        byte[] head = head();
        InputStream stream = new SequenceInputStream(Collections.enumeration(List.of(
                new ByteArrayInputStream(head), new ByteArrayInputStream(SampleFiles.pdf()), new Zeros(3L * LIMIT),
                new ByteArrayInputStream(tail()))));

        HttpResponse<String> response = http.send(upload(HttpRequest.BodyPublishers.ofInputStream(() -> stream)), HttpResponse.BodyHandlers.ofString());

        assertTooLarge(response);
    }

    @Test
    void acceptsAFileOfExactlyTheLimit() throws Exception {
        HttpResponse<String> response = http.send(upload(HttpRequest.BodyPublishers.ofByteArray(body(SampleFiles.pdf(), LIMIT))),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(json.readTree(response.body()).get("size").asLong()).isEqualTo(LIMIT);
    }

    @Test
    void refusesAFileOverTheLimitThatReachesTheApplicationWith413() throws Exception {
        byte[] pdf = pad(SampleFiles.pdf(), LIMIT + 1);

        mvc.perform(multipart("/api/standards/{id}/documents", draft.id()).file(new MockMultipartFile("file", "ร่าง.pdf", "application/pdf", pdf))
                        .param("type", "DRAFT").param("label", "ร่าง").with(httpBasic("somsri", "demo")))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.type").value("/problems/too-large"));
    }

    private void assertTooLarge(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("type").asText()).isEqualTo("/problems/too-large");
        assertThat(problem.get("detail").asText()).contains("1 MB");
    }

    private HttpRequest upload(HttpRequest.BodyPublisher body) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/standards/" + draft.id() + "/documents"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("somsri:demo".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .header("Accept-Language", "en")
                .POST(body)
                .build();
    }

    /** A multipart body whose file is the PDF padded to {@code fileSize} bytes. */
    private static byte[] body(byte[] pdf, int fileSize) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream(fileSize + 1024);
        body.write(head());
        body.write(pad(pdf, fileSize));
        body.write(tail());
        return body.toByteArray();
    }

    private static byte[] head() {
        return ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\nDRAFT\r\n"
                + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"label\"\r\n\r\nร่างมาตรฐาน\r\n"
                + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"ร่าง.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] tail() {
        return ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The PDF followed by blank lines, which readers skip, up to {@code size} bytes. */
    private static byte[] pad(byte[] pdf, int size) {
        byte[] padded = new byte[size];
        System.arraycopy(pdf, 0, padded, 0, pdf.length);
        java.util.Arrays.fill(padded, pdf.length, size, (byte) '\n');
        return padded;
    }

    private long filesInStore() throws IOException {
        try (Stream<Path> files = Files.walk(properties.documents().directory())) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    /** So many zero bytes, made as they are read. */
    private static final class Zeros extends InputStream {

        private long left;

        Zeros(long count) {
            this.left = count;
        }

        @Override
        public int read() {
            return left-- > 0 ? 0 : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(length, left);
            java.util.Arrays.fill(buffer, offset, offset + n, (byte) 0);
            left -= n;
            return n;
        }
    }
}
