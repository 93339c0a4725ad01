package th.go.dga.standards.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URL;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The image and the two-node cluster in {@code docker/}: what an edit of the compose file, the Dockerfile or the
 * balancer's configuration would break, found without starting them. Each message says what an operator would see go
 * wrong.
 */
class DockerFilesTests {

    private static final Path DOCKER = Path.of("docker");
    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final int MANAGEMENT_PORT = 8081;
    private static final String READINESS = "http://localhost:" + MANAGEMENT_PORT + "/actuator/health/readiness";
    /** Environment variables under these prefixes are Spring properties by relaxed binding. */
    private static final List<String> PROPERTY_PREFIXES = List.of("SPRING_", "STANDARDS_", "SERVER_", "MANAGEMENT_", "CAMUNDA_", "LOGGING_");

    private final Map<String, Object> compose = yaml(DOCKER.resolve("compose.yaml"));
    private final Dockerfile dockerfile = Dockerfile.read(DOCKER.resolve("Dockerfile"));
    private final String nginx = read(DOCKER.resolve("nginx.conf"));
    private final Map<String, Object> application = flatten(yaml(RESOURCES.resolve("application.yaml")));

    DockerFilesTests() throws IOException {
    }

    @Test
    void theClusterHasItsFiveServices() {
        assertThat(services().keySet())
                .as("compose.yaml must run the database, the mail catcher, both nodes and the balancer")
                .contains("postgres", "mailpit", "app1", "app2", "balancer");
        assertThat(nodes()).as("app1 and app2 must be built from the Dockerfile").contains("app1", "app2");
    }

    @Test
    void everyNodeIsBuiltFromTheDockerfileWithTheRepositoryAsContext() {
        for (String node : nodes()) {
            Map<String, Object> build = map(service(node).get("build"));
            assertThat(build.get("context"))
                    .as(node + " must be built with the repository as context (..), or the Dockerfile cannot copy target/*.jar")
                    .isEqualTo("..");
            assertThat(build.get("dockerfile")).as(node + " must be built from docker/Dockerfile").isEqualTo("docker/Dockerfile");
            assertThat(DOCKER.resolve(String.valueOf(build.get("context"))).resolve(String.valueOf(build.get("dockerfile"))).normalize())
                    .as(node + "'s Dockerfile must exist where its build section says").isRegularFile();
            assertThat(service(node).get("image"))
                    .as(node + " must run app1's image, or the nodes would run different versions of the application")
                    .isNotNull().isEqualTo(service("app1").get("image"));
        }
    }

    @Test
    void everyNodeRunsWithTheSameSettingsAndDocuments() {
        for (String node : nodes()) {
            assertThat(environment(node))
                    .as(node + " must run with app1's environment: a request must be answered alike whichever node takes it")
                    .isEqualTo(environment("app1"));
            assertThat(service(node).get("volumes"))
                    .as(node + " must mount app1's volumes at the same paths")
                    .isEqualTo(service("app1").get("volumes"));
        }
    }

    @Test
    void theNodesRunInProductionOnPostgresql() {
        for (String node : nodes()) {
            String profiles = environment(node).get("SPRING_PROFILES_ACTIVE");
            assertThat(profiles).as(node + " must set SPRING_PROFILES_ACTIVE").isNotNull();
            assertThat(Arrays.stream(profiles.split(",")).map(String::trim))
                    .as(node + " must run the production profile (no demo users) and the postgres profile (the shared database)")
                    .contains("production", "postgres");
        }
    }

    @Test
    void theNodesUseThePostgresServiceItsDatabaseAndItsAccount() {
        Map<String, String> postgres = environment("postgres");
        Pattern jdbcUrl = Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/([^?]+).*");
        for (String node : nodes()) {
            Map<String, String> env = environment(node);
            Matcher url = jdbcUrl.matcher(String.valueOf(env.get("DB_URL")));
            assertThat(url.matches()).as(node + "'s DB_URL must be a PostgreSQL JDBC URL, not " + env.get("DB_URL")).isTrue();
            assertThat(url.group(1)).as(node + "'s DB_URL must name the postgres service as its host").isEqualTo("postgres");
            if (url.group(2) != null) {
                assertThat(url.group(2)).as(node + "'s DB_URL must use PostgreSQL's port inside the network").isEqualTo("5432");
            }
            assertThat(url.group(3)).as(node + "'s DB_URL must name the database the postgres service creates (POSTGRES_DB)")
                    .isEqualTo(postgres.get("POSTGRES_DB"));
            assertThat(env.get("DB_USER")).as(node + "'s DB_USER must be the postgres service's POSTGRES_USER")
                    .isNotNull().isEqualTo(postgres.get("POSTGRES_USER"));
            assertThat(env.get("DB_PASSWORD")).as(node + "'s DB_PASSWORD must be the postgres service's POSTGRES_PASSWORD")
                    .isNotNull().isEqualTo(postgres.get("POSTGRES_PASSWORD"));
        }
    }

    @Test
    void theAdministratorsPasswordMustBeGivenToStart() {
        for (String node : nodes()) {
            assertThat(environment(node).get("ADMIN_PASSWORD"))
                    .as(node + "'s ADMIN_PASSWORD must come from the environment with ${ADMIN_PASSWORD:?message}, so that compose stops "
                            + "with the message when it is missing, and never be written in the file")
                    .matches("\\$\\{ADMIN_PASSWORD:\\?[^}]+}");
        }
    }

    @Test
    void theSigningKeysComeFromAReadOnlyMountAndTheirPasswordsFromTheEnvironment() {
        for (String node : nodes()) {
            Map<String, String> env = environment(node);
            for (String role : List.of("DIRECTOR", "CHAIRMAN")) {
                assertThat(env.get("STANDARDS_SIGNATURE_" + role + "_KEYSTORE")).as(node + "'s " + role + " keystore must be in the keys mount")
                        .startsWith("/etc/standards/keys/");
                assertThat(env.get("STANDARDS_SIGNATURE_" + role + "_PASSWORD"))
                        .as(node + "'s " + role + " keystore password must come from the environment with ${NAME:?message}, never be written here")
                        .matches("\\$\\{[A-Z_]+:\\?[^}]+}");
            }
            assertThat(env.get("STANDARDS_SIGNATURE_TIMESTAMPAUTHORITY_URL")).as(node + " must be given a timestamp authority")
                    .matches("\\$\\{[A-Z_]+:\\?[^}]+}");
            assertThat(env.get("STANDARDS_SIGNATURE_TRUSTANCHORS")).startsWith("/etc/standards/keys/");
            assertThat(mounts(node)).as(node + " must mount the signing keys read-only").contains("./keys:/etc/standards/keys:ro");
        }
    }

    @Test
    void mailGoesToMailpitAndItsLinksToTheBalancer() {
        for (String node : nodes()) {
            Map<String, String> env = environment(node);
            assertThat(env.get("SPRING_MAIL_HOST")).as(node + " must send its mail to the mailpit service").isEqualTo("mailpit");
            assertThat(env.get("SPRING_MAIL_PORT")).as(node + " must send its mail to Mailpit's SMTP port, 1025").isEqualTo("1025");
            assertThat(env.get("STANDARDS_MAIL_SITEURL"))
                    .as(node + "'s STANDARDS_MAIL_SITEURL must point at the port the balancer is published on, or links in mails lead nowhere")
                    .isEqualTo("http://localhost:" + publishedBalancerPort());
        }
    }

    @Test
    void everyNodeMountsTheSharedDocumentsVolumeAtTheDocumentsDirectory() {
        String directory = dockerfile.finalStage().env().get("STANDARDS_DOCUMENTS_DIRECTORY");
        assertThat(directory).as("the Dockerfile must set STANDARDS_DOCUMENTS_DIRECTORY, where the server keeps uploaded documents")
                .isNotBlank();
        assertThat(dockerfile.finalStage().instructions("RUN"))
                .as("the Dockerfile must make the documents directory and give it to the server's user, or uploads fail")
                .anyMatch(run -> run.contains("chown") && (run.contains(directory) || run.contains("$STANDARDS_DOCUMENTS_DIRECTORY")
                        || run.contains("${STANDARDS_DOCUMENTS_DIRECTORY}")));
        assertThat(map(compose.get("volumes"))).as("compose.yaml must declare the named volume documents").containsKey("documents");
        for (String node : nodes()) {
            assertThat(mounts(node))
                    .as(node + " must mount the shared volume documents, read-write, at the image's documents directory (" + directory
                            + ", STANDARDS_DOCUMENTS_DIRECTORY in the Dockerfile), or a document uploaded through one node is missing on the other")
                    .contains("documents:" + directory);
            String set = environment(node).get("STANDARDS_DOCUMENTS_DIRECTORY");
            if (set != null) {
                assertThat(set).as(node + "'s STANDARDS_DOCUMENTS_DIRECTORY must be where the documents volume is mounted").isEqualTo(directory);
            }
        }
    }

    @Test
    void everyServiceHasAHealthCheck() {
        for (String name : services().keySet()) {
            Object test = map(service(name).get("healthcheck")).get("test");
            assertThat(test).as(name + " must have a health check: others wait for it to be healthy, and operators look at it")
                    .isNotNull().isNotEqualTo(List.of("NONE"));
        }
    }

    @Test
    void theNodesHealthChecksAskForReadinessOnTheManagementPort() {
        for (String node : nodes()) {
            assertThat(commandOf(map(service(node).get("healthcheck")).get("test")))
                    .as(node + "'s health check must ask for readiness on the management port: " + READINESS)
                    .contains(READINESS);
        }
        assertThat(dockerfile.finalStage().instructions("HEALTHCHECK"))
                .as("the image's HEALTHCHECK must ask for readiness on the management port: " + READINESS)
                .singleElement().asString().contains(READINESS);
    }

    @Test
    void servicesWaitForWhatTheyNeedToBeHealthy() {
        assertThat(dependencies("app1")).as("app1 must wait for the database to be healthy")
                .containsEntry("postgres", "service_healthy");
        for (String node : nodes()) {
            if (!node.equals("app1")) {
                assertThat(dependencies(node))
                        .as(node + " must wait for the database and for app1 to be healthy, so that only app1 creates the schema and the administrator")
                        .containsEntry("postgres", "service_healthy").containsEntry("app1", "service_healthy");
            }
        }
        assertThat(dependencies("balancer")).as("the balancer must wait for a node to be healthy")
                .containsEntry("app1", "service_healthy");
        for (String name : services().keySet()) {
            assertThat(dependencies(name).values())
                    .as(name + " must wait for its dependencies to be healthy, not just started")
                    .allMatch("service_healthy"::equals);
        }
    }

    @Test
    void theBalancerSendsToEveryNodeOnItsHttpPort() {
        Matcher upstream = Pattern.compile("upstream\\s+(\\S+)\\s*\\{([^}]*)}").matcher(nginx);
        assertThat(upstream.find()).as("nginx.conf must define the nodes as an upstream").isTrue();
        List<String> servers = directives(upstream.group(2), "server").stream().map(args -> args.get(0)).toList();
        int httpPort = ((Number) application.get("server.port")).intValue();
        assertThat(servers).as("the balancer must send requests to every node on the application's port, and nowhere else")
                .containsExactlyInAnyOrderElementsOf(nodes().stream().map(node -> node + ":" + httpPort).toList());
        for (List<String> server : directives(upstream.group(2), "server")) {
            assertThat(server).as("the balancer must stop sending to a failing node for a while (max_fails, fail_timeout): " + server)
                    .anyMatch(arg -> arg.startsWith("max_fails=")).anyMatch(arg -> arg.startsWith("fail_timeout="));
        }
        assertThat(directives(nginx, "proxy_pass")).as("the balancer must pass requests to the upstream of the nodes")
                .containsExactly(List.of("http://" + upstream.group(1)));
        int listen = Integer.parseInt(directives(nginx, "listen").get(0).get(0));
        assertThat(publishedBalancerPort())
                .as("the balancer must be published on 8080, the port it listens on: the nodes build redirects from that port")
                .isEqualTo(8080).isEqualTo(listen);
    }

    @Test
    void theBalancerRetriesOnlyWhatIsSafeAndPassesTheClientsAddress() {
        List<List<String>> nextUpstream = directives(nginx, "proxy_next_upstream");
        assertThat(nextUpstream).as("the balancer must try the other node when one is down or overloaded").singleElement()
                .satisfies(args -> assertThat(args).contains("error", "timeout", "http_502", "http_503", "http_504"))
                .satisfies(args -> assertThat(args)
                        .as("the balancer must never resend a POST to the other node (non_idempotent): a comment or an approval would be made twice")
                        .doesNotContain("non_idempotent"));
        Map<String, String> headers = directives(nginx, "proxy_set_header").stream()
                .collect(Collectors.toMap(args -> args.get(0).toLowerCase(Locale.ROOT), args -> args.get(1), (a, b) -> b));
        assertThat(headers)
                .as("the balancer must tell the nodes the client's address (per-address limits), scheme (Secure cookies), host and port (redirects)")
                .containsEntry("x-forwarded-for", "$remote_addr")
                .containsEntry("x-forwarded-proto", "$scheme")
                .containsKey("x-forwarded-host")
                .containsEntry("x-forwarded-port", "$server_port");
    }

    @Test
    void theBalancerTakesTheLargestUpload() {
        String maxSize = String.valueOf(application.get("standards.documents.max-size"));
        DataSize largest = DataSize.parse(maxSize);
        List<List<String>> bodySize = directives(nginx, "client_max_body_size");
        assertThat(bodySize).as("nginx.conf must set client_max_body_size; nginx's 1 MB would refuse most documents").hasSize(1);
        assertThat(nginxSize(bodySize.get(0).get(0)))
                .as("the balancer's client_max_body_size must exceed standards.documents.max-size (" + maxSize
                        + ") with room for the form around the file, or uploads the application takes are refused")
                .isGreaterThan(largest.toBytes());
    }

    @Test
    void theNodesSiteIsReachedOnlyThroughTheBalancer() {
        int httpPort = ((Number) application.get("server.port")).intValue();
        for (String node : nodes()) {
            for (String published : ports(node)) {
                List<String> parts = Arrays.asList(published.split(":"));
                assertThat(parts).as(node + " publishes " + published + ": a node's ports must be bound to 127.0.0.1, never to every interface")
                        .hasSize(3).first().isEqualTo("127.0.0.1");
                assertThat(parts.get(2)).as(node + " publishes " + published + ": the site must be reached only through the balancer")
                        .isNotEqualTo(String.valueOf(httpPort));
                assertThat(parts.get(2)).as(node + " publishes " + published + ": only the management port may be published")
                        .isEqualTo(String.valueOf(MANAGEMENT_PORT));
            }
        }
    }

    @Test
    void theImageRunsAsAnOrdinaryUser() {
        List<String> user = dockerfile.finalStage().instructions("USER");
        assertThat(user).as("the image must set USER, or the server runs as root").isNotEmpty();
        String name = user.get(user.size() - 1).split(":")[0];
        assertThat(name).as("the image's USER must not be root").isNotIn("root", "0");
    }

    @Test
    void theImageExposesTheSiteAndTheManagementPort() {
        Set<String> exposed = dockerfile.finalStage().instructions("EXPOSE").stream()
                .flatMap(args -> Arrays.stream(args.split("\\s+"))).map(port -> port.replace("/tcp", "")).collect(Collectors.toSet());
        assertThat(exposed).as("the image must expose the site's port and the management port")
                .contains(String.valueOf(application.get("server.port")), String.valueOf(MANAGEMENT_PORT));
    }

    @Test
    void theImageIsMadeFromTheJarMavenBuilds() throws Exception {
        org.w3c.dom.Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        String jar = "target/" + child(pom.getDocumentElement(), "artifactId") + "-" + child(pom.getDocumentElement(), "version") + ".jar";

        List<Stage> copying = dockerfile.stages().stream()
                .filter(stage -> stage.copySources().stream().anyMatch(source -> glob(source, jar))).toList();
        assertThat(copying).as("the Dockerfile must copy " + jar + ", the jar `mvn package` makes (pom.xml's artifactId and version)")
                .isNotEmpty();
        Stage from = copying.get(0);
        if (from != dockerfile.finalStage()) {
            assertThat(dockerfile.finalStage().instructions("COPY"))
                    .as("the image must take the application from the stage that copies the jar (" + from.name() + ")")
                    .anyMatch(copy -> Arrays.asList(copy.split("\\s+")).contains("--from=" + from.name()));
        }
        assertThat(dockerignoreLetsThrough(jar))
                .as(".dockerignore must let " + jar + " through to the builder, or the image cannot be built").isTrue();
    }

    @Test
    void theImageRunsWithZgcInBangkokTime() {
        String options = dockerfile.finalStage().env().get("JAVA_TOOL_OPTIONS");
        assertThat(options).as("the image must set JAVA_TOOL_OPTIONS").isNotNull();
        assertThat(options.split("\\s+"))
                .as("the server must run with ZGC (G1 paused it 50-140 ms on two cores) and in Bangkok time")
                .contains("-XX:+UseZGC", "-Duser.timezone=Asia/Bangkok");
        for (String node : nodes()) {
            String replaced = environment(node).get("JAVA_TOOL_OPTIONS");
            if (replaced != null) {
                assertThat(replaced.split("\\s+"))
                        .as(node + " replaces the image's JAVA_TOOL_OPTIONS: it must keep ZGC and Bangkok time")
                        .contains("-XX:+UseZGC", "-Duser.timezone=Asia/Bangkok");
            }
        }
    }

    @Test
    void everySettingTheNodesPassIsOneTheApplicationKnows() throws IOException {
        Set<String> known = knownProperties();
        assertThat(known).as("the applications's configuration metadata must be on the class path")
                .contains("STANDARDS_DOCUMENTS_DIRECTORY", "STANDARDS_MAIL_SITEURL", "SPRING_MAIL_HOST");
        Set<String> placeholders = placeholders();
        for (String node : nodes()) {
            for (String variable : environment(node).keySet()) {
                if (PROPERTY_PREFIXES.stream().anyMatch(variable::startsWith)) {
                    assertThat(known.contains(variable) || known.stream().anyMatch(map -> map.endsWith("_") && variable.startsWith(map))
                            || placeholders.contains(variable))
                            .as(node + " sets " + variable + ", which no setting of the application reads: a misspelt name is silently ignored")
                            .isTrue();
                }
            }
        }
    }

    @Test
    void everyOtherVariableTheNodesPassIsReadByTheirProfiles() throws IOException {
        Set<String> placeholders = placeholders();
        List<String> unread = environment("app1").keySet().stream()
                .filter(variable -> PROPERTY_PREFIXES.stream().noneMatch(variable::startsWith))
                .filter(variable -> !variable.equals("JAVA_TOOL_OPTIONS") && !placeholders.contains(variable)).toList();
        List<String> missingProfiles = new ArrayList<>();
        for (String profile : environment("app1").get("SPRING_PROFILES_ACTIVE").split(",")) {
            if (!hasProfile(profile.trim())) {
                missingProfiles.add(profile.trim());
            }
        }
        assumeTrue(unread.isEmpty() || missingProfiles.isEmpty(),
                "the profiles " + missingProfiles + " are not in this build, so what reads " + unread + " cannot be checked");
        assertThat(unread).as("the nodes set variables that no configuration of the application reads as ${NAME}").isEmpty();
    }

    @Test
    void theHealthChecksUseTheManagementPortTheApplicationListensOn() throws IOException {
        Object configured = null;
        for (Path file : configurationFiles()) {
            if (file.toString().endsWith(".yaml") || file.toString().endsWith(".yml")) {
                configured = configured != null ? configured : flatten(yaml(file)).get("management.server.port");
            }
        }
        assumeTrue(configured != null, "the application does not set management.server.port in this build");
        Matcher placeholder = Pattern.compile("\\$\\{[A-Z_]+:(\\d+)}").matcher(String.valueOf(configured));
        String port = placeholder.matches() ? placeholder.group(1) : String.valueOf(configured);
        assertThat(port).as("the health checks and the published management ports use " + MANAGEMENT_PORT
                + ", so the application's management.server.port must default to it").isEqualTo(String.valueOf(MANAGEMENT_PORT));
    }

    // compose.yaml

    private Map<String, Object> services() {
        return map(compose.get("services"));
    }

    /** The services built from the Dockerfile: the nodes of the cluster. */
    private List<String> nodes() {
        return services().entrySet().stream().filter(service -> map(service.getValue()).containsKey("build")).map(Map.Entry::getKey).toList();
    }

    private Map<String, Object> service(String name) {
        assertThat(services()).as("compose.yaml must have the service " + name).containsKey(name);
        return map(services().get(name));
    }

    private Map<String, String> environment(String service) {
        Object environment = service(service).get("environment");
        Map<String, String> variables = new LinkedHashMap<>();
        if (environment instanceof Map<?, ?> values) {
            values.forEach((key, value) -> variables.put(String.valueOf(key), value == null ? null : String.valueOf(value)));
        } else if (environment instanceof List<?> entries) {
            for (Object entry : entries) {
                String[] pair = String.valueOf(entry).split("=", 2);
                variables.put(pair[0], pair.length > 1 ? pair[1] : null);
            }
        }
        return variables;
    }

    /** Each mount as source:target, with :ro where it is read-only. */
    private List<String> mounts(String service) {
        List<String> mounts = new ArrayList<>();
        for (Object volume : list(service(service).get("volumes"))) {
            if (volume instanceof Map<?, ?> mount) {
                mounts.add(mount.get("source") + ":" + mount.get("target") + (Boolean.TRUE.equals(mount.get("read_only")) ? ":ro" : ""));
            } else {
                mounts.add(String.valueOf(volume).replaceFirst(":rw$", ""));
            }
        }
        return mounts;
    }

    /** Each published port as host_ip:published:target (host_ip empty when it is every interface). */
    private List<String> ports(String service) {
        List<String> ports = new ArrayList<>();
        for (Object port : list(service(service).get("ports"))) {
            if (port instanceof Map<?, ?> published) {
                ports.add((published.get("host_ip") == null ? "" : published.get("host_ip")) + ":" + published.get("published") + ":"
                        + published.get("target"));
            } else {
                String[] parts = String.valueOf(port).replace("/tcp", "").split(":");
                ports.add(parts.length == 3 ? String.join(":", parts) : parts.length == 2 ? ":" + parts[0] + ":" + parts[1] : "::" + parts[0]);
            }
        }
        return ports;
    }

    private int publishedBalancerPort() {
        List<String> published = ports("balancer");
        assertThat(published).as("the balancer must be published").hasSize(1);
        return Integer.parseInt(published.get(0).split(":")[1]);
    }

    /** What a service waits for, and how. */
    private Map<String, String> dependencies(String service) {
        Object dependsOn = service(service).get("depends_on");
        assertThat(dependsOn == null || dependsOn instanceof Map)
                .as(service + "'s depends_on must say for each service the condition it waits for, not list names only").isTrue();
        Map<String, String> conditions = new LinkedHashMap<>();
        map(dependsOn).forEach((name, how) -> conditions.put(name, String.valueOf(map(how).get("condition"))));
        return conditions;
    }

    private static String commandOf(Object test) {
        return test instanceof List<?> words ? words.stream().map(String::valueOf).collect(Collectors.joining(" ")) : String.valueOf(test);
    }

    // nginx.conf

    /** The arguments of every directive with this name, comments left out. */
    private static List<List<String>> directives(String conf, String name) {
        String text = conf.replaceAll("(?m)#.*$", "");
        Matcher directive = Pattern.compile("(?m)(?:^|[;{}])\\s*" + Pattern.quote(name) + "\\s+([^;{]*);").matcher(text);
        List<List<String>> found = new ArrayList<>();
        while (directive.find()) {
            List<String> args = new ArrayList<>();
            Matcher arg = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(directive.group(1));
            while (arg.find()) {
                args.add(arg.group(1) != null ? arg.group(1) : arg.group(2));
            }
            found.add(args);
        }
        return found;
    }

    private static long nginxSize(String size) {
        Matcher m = Pattern.compile("(\\d+)([kKmMgG]?)").matcher(size);
        assertThat(m.matches()).as("an nginx size: " + size).isTrue();
        long units = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "k" -> 1L << 10;
            case "m" -> 1L << 20;
            case "g" -> 1L << 30;
            default -> 1L;
        };
        return Long.parseLong(m.group(1)) * units;
    }

    // .dockerignore and pom.xml

    /** Docker's rule: the last pattern that matches the path or a folder above it decides, ! letting it through. */
    private static boolean dockerignoreLetsThrough(String path) throws IOException {
        Path ignore = Path.of(".dockerignore");
        if (!Files.exists(ignore)) {
            return true;
        }
        boolean through = true;
        for (String line : Files.readAllLines(ignore)) {
            String pattern = line.trim();
            if (pattern.isEmpty() || pattern.startsWith("#")) {
                continue;
            }
            boolean exception = pattern.startsWith("!");
            String glob = exception ? pattern.substring(1).trim() : pattern;
            for (Path candidate = Path.of(path); candidate != null; candidate = candidate.getParent()) {
                if (glob(glob, candidate.toString())) {
                    through = exception;
                    break;
                }
            }
        }
        return through;
    }

    private static boolean glob(String pattern, String path) {
        return FileSystems.getDefault().getPathMatcher("glob:" + pattern).matches(Path.of(path));
    }

    private static String child(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                return element.getTextContent().trim();
            }
        }
        throw new AssertionError("pom.xml has no " + name);
    }

    // the application's configuration

    /** Every property the application and its libraries declare, in the form of an environment variable. */
    private static Set<String> knownProperties() throws IOException {
        Set<String> known = new HashSet<>();
        ObjectMapper json = new ObjectMapper();
        for (URL metadata : Collections.list(DockerFilesTests.class.getClassLoader().getResources("META-INF/spring-configuration-metadata.json"))) {
            try (InputStream in = metadata.openStream()) {
                for (JsonNode property : json.readTree(in).path("properties")) {
                    String variable = environmentVariable(property.path("name").asText());
                    known.add(variable);
                    if (property.path("type").asText().startsWith("java.util.Map")) {
                        known.add(variable + "_");
                    }
                }
            }
        }
        return known;
    }

    /** Spring's relaxed binding: standards.mail.site-url is read from STANDARDS_MAIL_SITEURL. */
    private static String environmentVariable(String property) {
        return property.replace("-", "").replace('.', '_').toUpperCase(Locale.ROOT);
    }

    /** The NAME of every ${NAME} or ${NAME:default} in the application's configuration files. */
    private static Set<String> placeholders() throws IOException {
        Set<String> names = new HashSet<>();
        Pattern placeholder = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");
        for (Path file : configurationFiles()) {
            Matcher m = placeholder.matcher(read(file));
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    /** Whether the application has a configuration file or document for this profile. */
    private static boolean hasProfile(String profile) throws IOException {
        Pattern document = Pattern.compile("on-profile:[^\\n]*\\b" + Pattern.quote(profile) + "\\b");
        for (Path file : configurationFiles()) {
            if (file.getFileName().toString().startsWith("application-" + profile + ".") || document.matcher(read(file)).find()) {
                return true;
            }
        }
        return false;
    }

    private static List<Path> configurationFiles() throws IOException {
        try (var files = Files.list(RESOURCES)) {
            return files.filter(file -> file.getFileName().toString().matches("application(-[\\w-]+)?\\.(yaml|yml|properties)")).sorted().toList();
        }
    }

    // reading

    private static String read(Path file) throws IOException {
        assertThat(file).as(file + " must exist").isRegularFile();
        return Files.readString(file);
    }

    private static Map<String, Object> yaml(Path file) throws IOException {
        assertThat(file).as(file + " must exist").isRegularFile();
        try (Reader reader = Files.newBufferedReader(file)) {
            Map<String, Object> merged = new LinkedHashMap<>();
            for (Object document : new Yaml().loadAll(reader)) {
                if (document instanceof Map<?, ?> values) {
                    values.forEach((key, value) -> merged.putIfAbsent(String.valueOf(key), value));
                }
            }
            return merged;
        }
    }

    /** Nested keys joined with dots, as Spring names properties. */
    private static Map<String, Object> flatten(Map<String, Object> tree) {
        Map<String, Object> flat = new LinkedHashMap<>();
        tree.forEach((key, value) -> {
            if (value instanceof Map<?, ?> nested) {
                flatten(map(nested)).forEach((inner, leaf) -> flat.put(key + "." + inner, leaf));
            } else {
                flat.put(key, value);
            }
        });
        return flat;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        if (value == null) {
            return Map.of();
        }
        assertThat(value).as("a mapping").isInstanceOf(Map.class);
        Map<String, Object> map = new LinkedHashMap<>();
        ((Map<Object, Object>) value).forEach((key, inner) -> map.put(String.valueOf(key), inner));
        return map;
    }

    private static List<?> list(Object value) {
        return value == null ? List.of() : (List<?>) value;
    }

    /** A Dockerfile as its instructions, stage by stage. */
    record Dockerfile(List<Stage> stages) {

        static Dockerfile read(Path file) throws IOException {
            List<Stage> stages = new ArrayList<>();
            StringBuilder instruction = new StringBuilder();
            for (String line : DockerFilesTests.read(file).split("\n")) {
                if (line.trim().startsWith("#")) {
                    continue;
                }
                instruction.append(line.trim());
                if (line.endsWith("\\")) {
                    instruction.setLength(instruction.length() - 1);
                    instruction.append(' ');
                    continue;
                }
                String text = instruction.toString().trim();
                instruction.setLength(0);
                if (text.isEmpty()) {
                    continue;
                }
                String[] words = text.split("\\s+", 2);
                String keyword = words[0].toUpperCase(Locale.ROOT);
                String args = words.length > 1 ? words[1] : "";
                if (keyword.equals("FROM")) {
                    String[] from = args.split("\\s+");
                    stages.add(new Stage(from.length == 3 ? from[2] : String.valueOf(stages.size()), new ArrayList<>()));
                } else {
                    assertThat(stages).as(file + " must start with FROM").isNotEmpty();
                    stages.get(stages.size() - 1).lines().add(new String[] {keyword, args});
                }
            }
            assertThat(stages).as(file + " must have a FROM").isNotEmpty();
            return new Dockerfile(stages);
        }

        Stage finalStage() {
            return stages.get(stages.size() - 1);
        }
    }

    /** One stage of a Dockerfile: its name and its instructions as keyword and arguments. */
    record Stage(String name, List<String[]> lines) {

        List<String> instructions(String keyword) {
            return lines.stream().filter(line -> line[0].equals(keyword)).map(line -> line[1]).toList();
        }

        /** ENV KEY=value pairs, quotes taken off. */
        Map<String, String> env() {
            Map<String, String> env = new LinkedHashMap<>();
            Pattern pair = Pattern.compile("(\\w+)=(?:\"([^\"]*)\"|(\\S*))");
            for (String args : instructions("ENV")) {
                Matcher m = pair.matcher(args);
                while (m.find()) {
                    env.put(m.group(1), m.group(2) != null ? m.group(2) : m.group(3));
                }
            }
            return env;
        }

        /** What the COPY instructions of this stage take from the build context (not from other stages). */
        List<String> copySources() {
            List<String> sources = new ArrayList<>();
            for (String args : instructions("COPY")) {
                List<String> words = Arrays.stream(args.split("\\s+")).toList();
                if (words.stream().noneMatch(word -> word.startsWith("--from="))) {
                    List<String> paths = words.stream().filter(word -> !word.startsWith("--")).toList();
                    sources.addAll(paths.subList(0, paths.size() - 1));
                }
            }
            return sources;
        }
    }
}
