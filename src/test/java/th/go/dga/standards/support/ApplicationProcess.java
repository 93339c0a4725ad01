package th.go.dga.standards.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import th.go.dga.standards.StandardsApplication;

/**
 * The application in a JVM of its own, as it runs in production, started from the test's class path. Never two
 * applications in the test's JVM: the Camunda webapps keep static state. The process's output goes to
 * {@code <directory>/<name>.log}, which stays for whoever looks into a failure.
 */
public final class ApplicationProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Launch launch;
    private final Process process;

    private ApplicationProcess(Launch launch, Process process) {
        this.launch = launch;
        this.process = process;
    }

    /**
     * How to start one application.
     *
     * @param name           names the log file, {@code <directory>/<name>.log}
     * @param port           the HTTP port ({@code --server.port})
     * @param managementPort the port of the health probes and metrics ({@code --management.server.port}); 0, any free
     *                       one, so that two applications, or an application and another build, do not both ask for 8081
     * @param mainClass      {@link StandardsApplication}, or a class of the tests that wraps it: only that class's own
     *                       class files join the class path, never the other test classes, whose configurations the
     *                       application's component scan would take for its own
     * @param jvmArguments   the JVM's options, after the time zone and encoding every run of the application has
     * @param arguments      the application's arguments
     * @param environment    added to the test's environment
     */
    public record Launch(String name, Path directory, int port, int managementPort, Class<?> mainClass, List<String> jvmArguments,
                         List<String> arguments, Map<String, String> environment) {

        public static Launch of(String name, Path directory, int port) {
            return new Launch(name, directory, port, 0, StandardsApplication.class, List.of(), List.of(), Map.of());
        }

        public Launch withManagementPort(int managementPort) {
            return new Launch(name, directory, port, managementPort, mainClass, jvmArguments, arguments, environment);
        }

        public Launch withMainClass(Class<?> mainClass) {
            return new Launch(name, directory, port, managementPort, mainClass, jvmArguments, arguments, environment);
        }

        public Launch withJvmArguments(String... more) {
            return new Launch(name, directory, port, managementPort, mainClass, concat(jvmArguments, more), arguments, environment);
        }

        public Launch withArguments(String... more) {
            return new Launch(name, directory, port, managementPort, mainClass, jvmArguments, concat(arguments, more), environment);
        }

        public Launch withEnvironment(Map<String, String> more) {
            return new Launch(name, directory, port, managementPort, mainClass, jvmArguments, arguments,
                    Stream.concat(environment.entrySet().stream(), more.entrySet().stream())
                            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue)));
        }

        public Path log() {
            return directory.resolve(name + ".log");
        }

        private static List<String> concat(List<String> list, String... more) {
            return Stream.concat(list.stream(), Arrays.stream(more)).toList();
        }
    }

    /** Starts the application and waits until it is ready for requests. */
    public static ApplicationProcess start(Launch launch) throws IOException, InterruptedException {
        Files.createDirectories(launch.directory());
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.timezone=Asia/Bangkok", "-Dfile.encoding=UTF-8"));
        command.addAll(launch.jvmArguments());
        command.addAll(List.of("-cp", classPath(launch), launch.mainClass().getName(),
                "--server.port=" + launch.port(), "--management.server.port=" + launch.managementPort()));
        command.addAll(launch.arguments());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(launch.log().toFile());
        builder.environment().putAll(launch.environment());
        ApplicationProcess application = new ApplicationProcess(launch, builder.start());
        try {
            application.awaitAnswer();
        } catch (RuntimeException | InterruptedException e) {
            application.kill();
            throw e;
        }
        return application;
    }

    /** A port nobody listens on now. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String name() {
        return launch.name();
    }

    public URI uri(String path) {
        return URI.create(baseUrl() + path);
    }

    public String baseUrl() {
        return "http://localhost:" + launch.port();
    }

    /** The processor time the JVM has used so far, where the system tells. */
    public Optional<Duration> cpuTime() {
        return process.info().totalCpuDuration();
    }

    /**
     * What the readiness probe answers ({@code /actuator/health/readiness} on the management port): 200 when the node
     * takes requests, 503 when it should not be sent any; empty when nothing answers.
     */
    public Optional<Integer> readiness() throws InterruptedException {
        if (launch.managementPort() == 0) {
            throw new IllegalStateException(launch.name() + " was started on any free management port: give it one to ask");
        }
        return status(URI.create("http://localhost:" + launch.managementPort() + "/actuator/health/readiness"));
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Ends the JVM at once, as {@code kill -9} does: nothing of the application runs after this. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Stops the application as its service manager would, and kills it if it does not stop in time. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            kill();
        }
    }

    /**
     * The application's classes and libraries as Surefire has them, without the test classes; a main class of the
     * tests joins them in a directory of its own.
     */
    private static String classPath(Launch launch) throws IOException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> entries = Arrays.stream(classPath.split(File.pathSeparator)).filter(entry -> !entry.endsWith("test-classes"))
                .collect(Collectors.toCollection(ArrayList::new));
        Path testClasses = codeSource(launch.mainClass());
        if (testClasses.endsWith("test-classes")) {
            entries.add(0, copyOwnClassFiles(launch.mainClass(), testClasses, launch.directory().resolve(launch.name() + "-classes")).toString());
        }
        return String.join(File.pathSeparator, entries);
    }

    private static Path copyOwnClassFiles(Class<?> type, Path from, Path to) throws IOException {
        String packagePath = type.getPackageName().replace('.', '/');
        Path target = to.resolve(packagePath);
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(from.resolve(packagePath))) {
            for (Path file : files.filter(f -> f.getFileName().toString().equals(type.getSimpleName() + ".class")
                    || f.getFileName().toString().startsWith(type.getSimpleName() + "$")).toList()) {
                Files.copy(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return to;
    }

    private static Path codeSource(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits until the application is ready for requests, as a load balancer's probe would see it: its readiness probe
     * says so, or, on any free management port, the catalogue answers.
     */
    private void awaitAnswer() throws InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(launch.name() + " stopped while starting: see " + launch.log());
            }
            if ((launch.managementPort() == 0 ? status(uri("/api/catalogue")) : readiness()).orElse(0) == 200) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(launch.name() + " was not ready within " + START_TIMEOUT + ": see " + launch.log());
    }

    private static Optional<Integer> status(URI uri) throws InterruptedException {
        try {
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build();
            return Optional.of(HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
        } catch (IOException unreachable) {
            return Optional.empty();
        }
    }
}
