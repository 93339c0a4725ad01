package th.go.dga.standards.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The application in a JVM of its own, as it runs in production, on a fresh H2 file database that the benchmark
 * can also open (H2's automatic mixed mode) to count what was stored. The load driver runs in the test's JVM, so
 * the two do not share a heap or a garbage collector. The server runs with ZGC: on two cores, G1's young
 * collections paused it for 50 to 140 ms, ZGC's pauses stay under a millisecond.
 */
final class ServerProcess implements AutoCloseable {

    private final Process process;
    final int port;
    final String jdbcUrl;

    private ServerProcess(Process process, int port, String jdbcUrl) {
        this.process = process;
        this.port = port;
        this.jdbcUrl = jdbcUrl;
    }

    static ServerProcess start(String... extraArguments) throws IOException, InterruptedException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path dir = Path.of("target/benchmark").toAbsolutePath();
        Files.createDirectories(dir);
        String jdbcUrl = "jdbc:h2:file:" + dir.resolve("db-" + UUID.randomUUID()) + ";AUTO_SERVER=TRUE";
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.timezone=Asia/Bangkok", "-Xms1g", "-Xmx1g", "-XX:+UseZGC", "-Xlog:gc:file=" + dir.resolve("gc-" + port + ".log"),
                "-cp", applicationClassPath(),
                "th.go.dga.standards.StandardsApplication",
                "--server.port=" + port,
                // a port of its own, so that two servers, or a server and another build, do not both ask for 8081
                "--management.server.port=0",
                "--spring.datasource.url=" + jdbcUrl,
                "--logging.level.root=warn",
                // the load comes from one address, which the public's per-address limits would hold back
                "--standards.limits.comments=100000000",
                "--standards.limits.registrations=100000000"));
        command.addAll(List.of(extraArguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("server-" + port + ".log").toFile()).start();
        ServerProcess server = new ServerProcess(process, port, jdbcUrl);
        server.awaitReady(Duration.ofMinutes(3));
        return server;
    }

    /** The application's classes and libraries, without the tests'. Surefire names them in a property of its own. */
    private static String applicationClassPath() {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return java.util.Arrays.stream(classPath.split(java.io.File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes"))
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private void awaitReady(Duration timeout) throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server stopped while starting: see target/benchmark/server-" + port + ".log");
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(uri("/api/catalogue")).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the server did not start in " + timeout);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
