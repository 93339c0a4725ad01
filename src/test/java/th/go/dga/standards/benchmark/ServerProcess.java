package th.go.dga.standards.benchmark;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.UUID;

import th.go.dga.standards.StandardsApplication;
import th.go.dga.standards.support.ApplicationProcess;

/**
 * The application in a JVM of its own, as it runs in production, on a fresh H2 file database that the benchmark
 * can also open (H2's automatic mixed mode) to count what was stored. The load driver runs in the test's JVM, so
 * the two do not share a heap or a garbage collector. The server runs with ZGC: on two cores, G1's young
 * collections paused it for 50 to 140 ms, ZGC's pauses stay under a millisecond.
 */
final class ServerProcess implements AutoCloseable {

    private final ApplicationProcess application;
    final String jdbcUrl;

    private ServerProcess(ApplicationProcess application, String jdbcUrl) {
        this.application = application;
        this.jdbcUrl = jdbcUrl;
    }

    static ServerProcess start(String... extraArguments) throws IOException, InterruptedException {
        return start(StandardsApplication.class, extraArguments);
    }

    /** The application started by {@code mainClass}: {@link StandardsApplication}, or a class of the benchmarks that wraps it. */
    static ServerProcess start(Class<?> mainClass, String... extraArguments) throws IOException, InterruptedException {
        int port = ApplicationProcess.freePort();
        Path dir = Path.of("target/benchmark").toAbsolutePath();
        String jdbcUrl = "jdbc:h2:file:" + dir.resolve("db-" + UUID.randomUUID()) + ";AUTO_SERVER=TRUE";
        ApplicationProcess application = ApplicationProcess.start(ApplicationProcess.Launch.of("server-" + port, dir, port).withMainClass(mainClass)
                .withJvmArguments("-Xms1g", "-Xmx1g", "-XX:+UseZGC", "-Xlog:gc:file=" + dir.resolve("gc-" + port + ".log"))
                .withArguments(
                        "--spring.datasource.url=" + jdbcUrl,
                        "--logging.level.root=warn",
                        // the benchmarks' own data only
                        "--standards.demo.projects=false",
                        // the load comes from one address, which the public's per-address limits would hold back
                        "--standards.limits.comments=100000000",
                        "--standards.limits.registrations=100000000")
                .withArguments(extraArguments));
        return new ServerProcess(application, jdbcUrl);
    }

    URI uri(String path) {
        return application.uri(path);
    }

    @Override
    public void close() throws InterruptedException {
        application.close();
    }
}
