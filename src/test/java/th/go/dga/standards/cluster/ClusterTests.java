package th.go.dga.standards.cluster;

import java.io.IOException;
import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.zaxxer.hikari.HikariDataSource;

import th.go.dga.standards.document.SampleFiles;
import th.go.dga.standards.process.PublicHearingProcess;
import th.go.dga.standards.support.ApplicationProcess;
import th.go.dga.standards.support.Balancer;
import th.go.dga.standards.support.LifecycleOverHttp;
import th.go.dga.standards.support.PostgresTestDatabases;
import th.go.dga.standards.time.BuddhistEra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static th.go.dga.standards.process.PublicHearingProcess.ATTACH_MEETING_MATERIALS;
import static th.go.dga.standards.process.StandardLifecycleProcess.APPROVE_FINAL_DRAFT;
import static th.go.dga.standards.process.StandardLifecycleProcess.DIRECTOR_SIGNS;
import static th.go.dga.standards.process.StandardLifecycleProcess.PREPARE_DRAFT;
import static th.go.dga.standards.process.StandardLifecycleProcess.REVISE_DRAFT;
import static th.go.dga.standards.process.StandardLifecycleProcess.SCHEDULE_HEARING;
import static th.go.dga.standards.support.LifecycleOverHttp.json;
import static th.go.dga.standards.support.LifecycleOverHttp.schedule;
import static th.go.dga.standards.support.LifecycleOverHttp.string;
import static th.go.dga.standards.process.CommitteeVoteProcess.CAST_VOTE;

/**
 * Two nodes of the application, each in a JVM of its own, on one PostgreSQL database, with their job executors on:
 * hundreds of standards taken from registration to publication over HTTP, spread over both nodes as a load balancer
 * would, and one node killed with SIGKILL while comments arrive and the hearings close. Every process ends, every
 * hearing timer fires once, every comment the public was told was accepted is stored once, and no mail is sent twice
 * unless its node died while handing it to the mail server, which the notification log records.
 * <p>
 * Time: both nodes follow one shifted engine clock ({@link ClusterNode}). The hearings are scheduled on day D, with
 * a comment period from D to D+1 (the shortest there is: the last day must follow the first), so they open at once;
 * then the clock moves, on both nodes together, to a minute before the end of D+1, and every hearing closes at the same
 * midnight. The meeting ends half a minute before.
 * <p>
 * The nodes' output is kept in {@code target/cluster/node-*.log}.
 */
@Tag("cluster")
class ClusterTests {

    static final int LIFECYCLES = Integer.getInteger("cluster.lifecycles", 200);
    static final int COMMENTS_PER_HEARING = 5;
    static final int CLIENTS = 8;
    static final int COMMENT_CLIENTS = 6;
    /** On the nodes' clock, from the move to the last day until the hearings close. */
    static final Duration BEFORE_CLOSE = Duration.ofSeconds(60);
    static final Duration MEETING_BEFORE_CLOSE = Duration.ofSeconds(30);
    /** Comments keep coming after the close, and are refused. */
    static final Duration COMMENTS_AFTER_CLOSE = Duration.ofSeconds(10);
    static final String HISTORY_CLEANUP = "history-cleanup";
    /** Small, so that a few subscriptions reach it: the limit that shows whether the nodes count together. */
    static final int SUBSCRIPTIONS_PER_ADDRESS = 3;

    static final Path DIR = Path.of("target/cluster").toAbsolutePath();
    static final Path CLOCK = DIR.resolve("clock");
    static final ObjectMapper JSON = new ObjectMapper();

    static final List<ApplicationProcess> started = new CopyOnWriteArrayList<>();
    static GreenMail smtp;
    static String databaseUrl;
    static HikariDataSource database;
    static JdbcClient db;
    static volatile long clockOffset;

    final ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    final ExecutorService commenters = Executors.newFixedThreadPool(COMMENT_CLIENTS);

    @BeforeAll
    static void mailServerAndDatabase() throws IOException {
        assumeTrue(PostgresTestDatabases.isOn(), "the cluster test runs on PostgreSQL: POSTGRES_TESTS=required mvn verify");
        Files.createDirectories(DIR);
        // GreenMail announces every new recipient
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("com.icegreen.greenmail")).setLevel(Level.WARN);
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        databaseUrl = PostgresTestDatabases.createDatabase();
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(databaseUrl);
        pool.setUsername(PostgresTestDatabases.user());
        pool.setPassword(PostgresTestDatabases.password());
        pool.setMaximumPoolSize(2);
        database = pool;
        db = JdbcClient.create(pool);
    }

    @AfterEach
    void stopClients() {
        clients.shutdownNow();
        commenters.shutdownNow();
    }

    @AfterAll
    static void stopEverything() throws InterruptedException {
        for (ApplicationProcess node : started) {
            node.kill();
        }
        if (smtp != null) {
            smtp.stop();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void everyHearingClosesOnceAndNothingIsLostOrDoubledWhenANodeIsKilled() throws Exception {
        long began = System.nanoTime();
        SoftAssertions softly = new SoftAssertions();
        LocalDate firstDay = LocalDate.now(BuddhistEra.BANGKOK).plusDays(30);
        Instant closes = BuddhistEra.startOfDay(firstDay.plusDays(2)).toInstant();
        Instant meetingEnds = closes.minus(MEETING_BEFORE_CLOSE);
        setClock(BuddhistEra.startOfDay(firstDay).toInstant().plus(Duration.ofHours(10)));

        int portA = ApplicationProcess.freePort();
        int managementPortA = ApplicationProcess.freePort();
        ApplicationProcess nodeA = startNode("node-a", portA, managementPortA);
        // each start waits for the node's readiness probe, as a balancer does before it sends the node requests; the
        // first node to start seeds the demo users and deploys the models, the second finds them there
        ApplicationProcess nodeB = startNode("node-b", ApplicationProcess.freePort(), ApplicationProcess.freePort());
        report("nodes started (s)", seconds(began));
        Balancer balancer = new Balancer(nodeA.baseUrl(), nodeB.baseUrl());
        LifecycleOverHttp steps = new LifecycleOverHttp(balancer, Duration.ofMinutes(5));

        // day D: hundreds of projects through drafting, both votes and the scheduling of their hearing
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> projects = inParallel(clients, LIFECYCLES, i -> prepareHearing(steps, run, i, firstDay, meetingEnds));
        Map<String, Long> hearings = awaitOpenHearings(balancer, projects);
        awaitNoJobDue("the mails of day D");
        // a member of the secretariat logs in on node A and puts up a document there
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        logIn(browser, nodeA, "somsri");
        long hearingOfFirst = hearings.get(projects.get(0));
        long agenda = upload(nodeA, hearingOfFirst, "somsri", SampleFiles.pdf());
        report("lifecycles", projects.size());
        report("hearings scheduled and open (s)", seconds(began));

        // the last day, a minute before midnight: registrations, comments, and after the meeting its materials
        setClock(closes.minus(BEFORE_CLOSE));
        List<Future<Integer>> registrations = IntStream.range(0, projects.size())
                .mapToObj(i -> clients.submit(() -> register(balancer, hearings.get(projects.get(i)), i))).toList();
        Comments comments = new Comments(balancer, projects.stream().map(hearings::get).toList(), closes.plus(COMMENTS_AFTER_CLOSE));
        List<Future<?>> commenting = each(commenters, COMMENT_CLIENTS, i -> comments.send());
        sleepUntil(meetingEnds);
        List<Future<?>> materials = each(clients, projects.size(), i -> steps.complete(projects.get(i), ATTACH_MEETING_MATERIALS, "somsri",
                Map.of(PublicHearingProcess.Var.RECORDING_LINK, string("https://example.org/recordings/" + projects.get(i)))));

        // midnight: the hearings close, and the working group starts on the comments; node A dies while it holds jobs,
        // a hearing's close among them if it can be caught
        sleepUntil(closes);
        List<Future<?>> afterClose = each(clients, projects.size(), i -> reviseApproveAndSign(steps, projects.get(i)));
        // a node holds a mail's job for milliseconds, and whichever node looks first may take every closing timer
        long catchAClose = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        awaitClosely("node A to hold a job", Duration.ofSeconds(60),
                () -> System.nanoTime() < catchAClose ? lockedBy("node-a", "timer") > 0 : lockedBy("node-a", null) > 0);
        Optional<Duration> cpuOfA = nodeA.cpuTime();
        nodeA.kill();
        Instant killedAt = engineNow();
        long killedNanos = System.nanoTime();
        List<HeldJob> heldByA = db.sql("select id_, handler_type_, process_instance_id_ from act_ru_job where lock_owner_ = 'node-a' and handler_type_ <> ?")
                .param(HISTORY_CLEANUP).query((rs, row) -> new HeldJob(rs.getString(1), rs.getString(2), rs.getString(3))).list();
        // the balancer's probe finds node B ready; the secretariat, sent there now, is still logged in and finds the document
        softly.assertThat(nodeA.readiness()).as("node A's readiness once it is dead").isEmpty();
        softly.assertThat(nodeB.readiness()).as("node B ready while node A is dead").contains(200);
        softly.assertThat(loggedInOn(browser, nodeB)).as("a login made on node A, on node B after A died").isEqualTo(200);
        softly.assertThat(download(nodeB, agenda)).as("a document put up on node A, from node B").isEqualTo(SampleFiles.pdf());

        awaitAll(commenting);
        // the balancer notices that node A is gone; it comes back, a new process on the same address
        balancer.remove(nodeA.baseUrl());
        ApplicationProcess rejoined = startNode("node-a-rejoined", portA, managementPortA);
        balancer.add(rejoined.baseUrl());
        report("from the kill until node A rejoined (s)", seconds(killedNanos));
        softly.assertThat(loggedInOn(browser, rejoined)).as("the same login on node A after its restart").isEqualTo(200);
        softly.assertThat(loggedInOn(HttpClient.newHttpClient(), rejoined)).as("no login without the session").isEqualTo(401);
        assertSubscriptionsLimitedOnceForBothNodes(softly, rejoined, nodeB);

        int registered = 0;
        for (Future<Integer> registration : registrations) {
            registered += registration.get();
        }
        awaitAll(materials);
        awaitAll(afterClose);
        await("every job done", Duration.ofMinutes(4), () -> db.sql("select count(*) from act_ru_job where handler_type_ <> ?")
                .param(HISTORY_CLEANUP).query(Integer.class).single() == 0);
        report("every lifecycle done, every job run (s)", seconds(began));
        report("registrations", registered);
        report("requests sent again to the other node", balancer.failovers());
        report("processor seconds of node-a, node-b, node-a-rejoined", Stream.of(cpuOfA, nodeB.cpuTime(), rejoined.cpuTime())
                .map(cpu -> cpu.map(d -> String.valueOf(d.toSeconds())).orElse("?")).toList());
        assertEverythingEnded(softly, projects);
        assertEveryTimerFiredOnce(softly, projects);
        comments.assertStoredOnceEach(softly);
        assertRegistrationsStored(softly, registered);
        assertNoMailTwice(softly, heldByA);
        assertJobsOfTheKilledNodeRan(softly, heldByA, killedAt);
        softly.assertAll();
    }

    // ---- the work, as the demo users do it

    private String prepareHearing(LifecycleOverHttp steps, String run, int i, LocalDate firstDay, Instant meetingEnds) {
        String id = steps.register(Map.of("titleTh", string("มาตรฐานทดสอบสองโหนด " + run + " " + i), "titleEn", string("Cluster test " + run + " " + i),
                "kind", string("MSPR"), "standardNumber", string(String.valueOf(1000 + i)), "subjectGroup", string("DIGITAL_PROCESS"),
                "workingGroup", string("wg-process"), "technicalWorkingGroup", string("twg-process")));
        steps.complete(id, PREPARE_DRAFT, "anan", Map.of("draftVersionLabel", string("1.0"),
                "draftDocumentRef", string("https://example.org/drafts/" + id + "-1.0.pdf")));
        for (String member : List.of("chaiwat", "malee", "prasert", "wanida", "somchai", "ratana")) {
            steps.complete(id, CAST_VOTE, member, Map.of("decision", string("APPROVE")));
        }
        steps.complete(id, SCHEDULE_HEARING, "somsri", schedule(firstDay.toString(), firstDay.plusDays(1).toString(),
                bangkok(meetingEnds.minus(Duration.ofHours(2))), bangkok(meetingEnds)));
        return id;
    }

    private Map<String, Long> awaitOpenHearings(Balancer balancer, List<String> projects) {
        Set<String> ours = Set.copyOf(projects);
        Map<String, Long> open = new ConcurrentHashMap<>();
        await("every hearing open", Duration.ofMinutes(3), () -> {
            List<?> hearings = balancer.send(client -> client.get().uri("/api/hearings?state=open").retrieve().body(List.class));
            hearings.stream().map(h -> (Map<?, ?>) h).filter(h -> ours.contains((String) h.get("standardId")))
                    .forEach(h -> open.put((String) h.get("standardId"), ((Number) h.get("id")).longValue()));
            return open.size() == projects.size();
        });
        return open;
    }

    /** 1 when the registration is there, whichever node answered. */
    private static int register(Balancer balancer, long hearingId, int i) {
        int status = balancer.send(client -> client.post().uri("/api/hearings/{id}/registrations", hearingId)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("name", "ผู้ลงทะเบียน " + i, "email", "registrant-" + i + "@example.org",
                        "consent", true, "privacyNoticeVersion", "1.0"))
                .exchange((request, response) -> response.getStatusCode().value()));
        assertThat(status).as("registration %d", i).isIn(200, 201, 409);
        return status == 409 ? 0 : 1;
    }

    private void reviseApproveAndSign(LifecycleOverHttp steps, String id) {
        steps.complete(id, REVISE_DRAFT, "anan", (client, taskId) -> Map.of(
                "comments", json(answered(LifecycleOverHttp.formVariable(client, taskId, "comments").get("value"))),
                "revisedVersionLabel", string("1.1"), "revisedDocumentRef", string("https://example.org/drafts/" + id + "-1.1.pdf")));
        steps.complete(id, APPROVE_FINAL_DRAFT, "prasert", Map.of("finalDecision", string("APPROVE")));
        steps.sign(id, DIRECTOR_SIGNS, "supachai", "demo");
    }

    /** Every comment the revision form lists, accepted with a response. */
    private static String answered(Object comments) {
        try {
            List<Map<String, Object>> items = JSON.readValue((String) comments, new TypeReference<>() {
            });
            items.forEach(item -> {
                item.put("disposition", "ACCEPTED");
                item.put("response", "รับไว้ปรับปรุงในร่างฉบับถัดไป");
            });
            return JSON.writeValueAsString(items);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The public's comments, spread evenly from now until a little after the close, each with an Idempotency-Key of
     * its own that its retries on the other node keep.
     */
    static final class Comments {

        private final Balancer balancer;
        private final List<Long> hearings;
        private final int total;
        private final long startNanos = System.nanoTime();
        private final long spanNanos;
        private final AtomicInteger next = new AtomicInteger();
        private final ConcurrentMap<String, Answer> answers = new ConcurrentHashMap<>();
        private final AtomicInteger resent = new AtomicInteger();

        /** What the public was told: the status, and for a stored comment its reference number. */
        record Answer(long hearingId, String text, int status, String reference, boolean replayed) {
        }

        Comments(Balancer balancer, List<Long> hearings, Instant until) {
            this.balancer = balancer;
            this.hearings = hearings;
            this.total = hearings.size() * COMMENTS_PER_HEARING;
            this.spanNanos = Duration.between(engineNow(), until).toNanos();
        }

        void send() {
            for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                long due = startNanos + spanNanos / total * i;
                sleepNanos(due - System.nanoTime());
                send(i);
            }
        }

        private void send(int i) {
            long hearingId = hearings.get(i % hearings.size());
            String key = UUID.randomUUID().toString();
            String text = "ข้อคิดเห็นที่ " + i + " ต่อข้อ 5." + (i % 9);
            AtomicInteger tries = new AtomicInteger();
            Answer answer = balancer.send(client -> {
                if (tries.incrementAndGet() > 1) {
                    resent.incrementAndGet();
                }
                return client.post().uri("/api/hearings/{id}/comments", hearingId).header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(Map.of("type", "GENERAL", "clause", "5." + (i % 9), "comment", text, "name", "ผู้แสดงความคิดเห็น " + i,
                                "email", "commenter-" + i + "@example.org", "consent", true, "privacyNoticeVersion", "1.0"))
                        .exchange((request, response) -> {
                            int status = response.getStatusCode().value();
                            Map<?, ?> body = response.bodyTo(Map.class);
                            return new Answer(hearingId, text, status, status == 201 ? (String) body.get("referenceNo") : null,
                                    "true".equals(response.getHeaders().getFirst("Idempotent-Replayed")));
                        });
            });
            assertThat(answer.status()).as("comment %d: %s", i, answer).isIn(201, 409);
            answers.put(key, answer);
        }

        void assertStoredOnceEach(SoftAssertions softly) {
            Map<String, Answer> accepted = answers.entrySet().stream().filter(e -> e.getValue().status() == 201)
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            Map<String, String> referenceByKey = new HashMap<>();
            db.sql("select s.idempotency_key, c.reference_no from comment_submission s join hearing_comment c on c.id = s.comment_id")
                    .query(rs -> {
                        referenceByKey.put(rs.getString(1), rs.getString(2));
                    });
            List<String> stored = db.sql("select comment_text from hearing_comment").query(String.class).list();
            report("comments sent", answers.size());
            report("comments accepted", accepted.size());
            report("comments stored", stored.size());
            report("comments refused after the close", answers.values().stream().filter(a -> a.status() == 409).count());
            report("comments sent again to the other node", resent.get());
            report("comments answered by a replay", accepted.values().stream().filter(Answer::replayed).count());

            Map<String, Long> timesStored = stored.stream().collect(Collectors.groupingBy(text -> text, TreeMap::new, Collectors.counting()));
            softly.assertThat(timesStored.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList())
                    .as("comments stored more than once").isEmpty();
            softly.assertThat(accepted.entrySet().stream().filter(e -> !e.getValue().reference().equals(referenceByKey.get(e.getKey())))
                    .map(e -> e.getValue().text() + " " + e.getValue().reference()).toList())
                    .as("comments accepted (201) but not stored under their key with the reference given").isEmpty();
            Set<String> acceptedTexts = accepted.values().stream().map(Answer::text).collect(Collectors.toSet());
            softly.assertThat(stored.stream().filter(text -> !acceptedTexts.contains(text)).toList())
                    .as("comments stored although nobody was told they were accepted").isEmpty();
        }
    }

    // ---- what a person notices when the balancer sends them to another node

    /** Logs in through the login form, as a browser does: the form's CSRF token, then the session cookie. */
    private static void logIn(HttpClient browser, ApplicationProcess node, String user) throws IOException, InterruptedException {
        String page = browser.send(HttpRequest.newBuilder(node.uri("/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).as("the login form's CSRF token").isTrue();
        HttpResponse<Void> login = browser.send(HttpRequest.newBuilder(node.uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=demo&_csrf=" + token.group(1))).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(login.statusCode()).as("login on " + node.name()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).as("login on " + node.name()).hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
    }

    /** What the API answers the browser on this node: 200 for a logged-in user, 401 without a login. */
    private static int loggedInOn(HttpClient browser, ApplicationProcess node) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(node.uri("/api/standards?size=1")).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /**
     * A client of this node alone that sends each request once: Apache's client, Spring's default where it is on the
     * class path, would wait out a 429's Retry-After and send the request again.
     */
    private static RestClient client(ApplicationProcess node) {
        return RestClient.builder().baseUrl(node.baseUrl()).requestFactory(new JdkClientHttpRequestFactory()).build();
    }

    /** Puts a file up as the hearing's agenda, on this node; returns the document's id. */
    private static long upload(ApplicationProcess node, long hearingId, String user, byte[] pdf) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(pdf) {
            @Override
            public String getFilename() {
                return "agenda.pdf";
            }
        });
        form.add("type", "AGENDA");
        form.add("label", "กำหนดการประชุมรับฟังความคิดเห็น");
        Map<?, ?> document = client(node).post().uri("/api/hearings/{id}/documents", hearingId)
                .headers(headers -> headers.setBasicAuth(user, "demo")).contentType(MediaType.MULTIPART_FORM_DATA).body(form)
                .retrieve().body(Map.class);
        return ((Number) document.get("id")).longValue();
    }

    private static byte[] download(ApplicationProcess node, long documentId) {
        return client(node).get().uri("/api/documents/{id}/content", documentId).retrieve().body(byte[].class);
    }

    /**
     * Subscriptions from one address, sent to the nodes in turn: the address gets its limit once, whichever node each
     * request reaches, not once per node.
     */
    private static void assertSubscriptionsLimitedOnceForBothNodes(SoftAssertions softly, ApplicationProcess... nodes) {
        List<String> answers = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 2 * SUBSCRIPTIONS_PER_ADDRESS; i++) {
            ApplicationProcess node = nodes[i % nodes.length];
            int status = client(node).post().uri("/api/subscriptions").contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("email", "subscriber-" + i + "@example.org", "consent", true, "privacyNoticeVersion", "1.0"))
                    .exchange((request, response) -> response.getStatusCode().value());
            answers.add(node.name() + " " + status);
            expected.add(node.name() + " " + (i < SUBSCRIPTIONS_PER_ADDRESS ? 202 : 429));
        }
        report("subscriptions from one address, node by node", answers);
        softly.assertThat(answers).as("subscriptions from one address, limited to %d for all nodes together", SUBSCRIPTIONS_PER_ADDRESS)
                .isEqualTo(expected);
    }

    // ---- what must hold at the end

    private static void assertEverythingEnded(SoftAssertions softly, List<String> projects) {
        Map<String, Integer> byState = new TreeMap<>();
        db.sql("select proc_def_key_, state_, count(*) from act_hi_procinst group by proc_def_key_, state_")
                .query(rs -> {
                    byState.put(rs.getString(1) + " " + rs.getString(2), rs.getInt(3));
                });
        report("process instances", byState);
        softly.assertThat(db.sql("select count(*) from act_ru_execution").query(Integer.class).single()).as("process instances still running").isZero();
        softly.assertThat(db.sql("select incident_msg_ from act_ru_incident").query(String.class).list()).as("incidents").isEmpty();
        softly.assertThat(db.sql("select count(*) from act_ru_job where retries_ = 0").query(Integer.class).single()).as("jobs out of retries").isZero();
        softly.assertThat(byState.keySet()).as("process instances by state").allMatch(key -> key.endsWith(" COMPLETED"));
        softly.assertThat(byState.get("standard-lifecycle COMPLETED")).as("lifecycles completed").isEqualTo(projects.size());
        softly.assertThat(byState.get("public-hearing COMPLETED")).as("hearings completed").isEqualTo(projects.size());
        Map<String, Integer> statuses = new TreeMap<>();
        db.sql("select status, count(*) from standard where id in (:ids) group by status").param("ids", projects)
                .query(rs -> {
                    statuses.put(rs.getString(1), rs.getInt(2));
                });
        softly.assertThat(statuses).as("standards by status").isEqualTo(Map.of("PUBLISHED", projects.size()));
    }

    /**
     * Each hearing's three timers fired once: one completed activity and one successful job each, and the hearing
     * closed once in the application's own tables.
     */
    private static void assertEveryTimerFiredOnce(SoftAssertions softly, List<String> projects) {
        List<String> timers = List.of(PublicHearingProcess.COMMENT_PERIOD_OPENS, PublicHearingProcess.MEETING_ENDS, PublicHearingProcess.COMMENT_PERIOD_ENDS);
        Map<String, Map<String, Integer>> fired = new HashMap<>();
        db.sql("select id_ from act_hi_procinst where proc_def_key_ = 'public-hearing'").query(String.class).list()
                .forEach(hearing -> fired.put(hearing, new TreeMap<>()));
        db.sql("""
                select proc_inst_id_, act_id_ from act_hi_actinst
                 where proc_def_key_ = 'public-hearing' and act_id_ in (:timers) and end_time_ is not null and coalesce(act_inst_state_, 0) <> 2""")
                .param("timers", timers)
                .query(rs -> {
                    fired.get(rs.getString(1)).merge(rs.getString(2), 1, Integer::sum);
                });
        Map<String, Integer> jobRuns = new HashMap<>();
        db.sql("select process_instance_id_, act_id_ from act_hi_job_log where process_def_key_ = 'public-hearing' and job_state_ = 2")
                .query(rs -> {
                    jobRuns.merge(rs.getString(1) + " " + rs.getString(2), 1, Integer::sum);
                });
        Map<String, Integer> closedTimes = new HashMap<>();
        db.sql("select standard_id from status_change where to_status = 'HEARING_CLOSED' and standard_id in (:ids)").param("ids", projects)
                .query(String.class).list().forEach(id -> closedTimes.merge(id, 1, Integer::sum));
        report("hearing timers fired", fired.values().stream().mapToInt(m -> m.values().stream().mapToInt(Integer::intValue).sum()).sum());
        report("hearing timer jobs run", jobRuns.values().stream().mapToInt(Integer::intValue).sum());

        Map<String, Integer> once = timers.stream().collect(Collectors.toMap(t -> t, t -> 1));
        softly.assertThat(fired.entrySet().stream().filter(e -> !e.getValue().equals(once)).map(e -> e.getKey() + " " + e.getValue()).toList())
                .as("hearing processes whose timers did not fire exactly once each").isEmpty();
        softly.assertThat(jobRuns.entrySet().stream().filter(e -> e.getValue() != 1).map(Map.Entry::getKey).toList())
                .as("hearing timer jobs that ran more than once").isEmpty();
        softly.assertThat(jobRuns).as("hearing timer jobs run").hasSize(timers.size() * projects.size());
        softly.assertThat(projects.stream().filter(id -> closedTimes.getOrDefault(id, 0) != 1).toList())
                .as("standards whose hearing was not closed exactly once in their timeline").isEmpty();
        softly.assertThat(db.sql("select count(*) from hearing where status = 'CLOSED' and standard_id in (:ids)").param("ids", projects)
                .query(Integer.class).single()).as("hearings closed").isEqualTo(projects.size());
    }

    private static void assertRegistrationsStored(SoftAssertions softly, int registered) {
        softly.assertThat(db.sql("select count(*) from hearing_registration").query(Integer.class).single()).as("registrations stored").isEqualTo(registered);
    }

    /** A job a node had locked, of this type, in this process instance. */
    record HeldJob(String id, String type, String processInstanceId) {
    }

    /**
     * Every mail in the log was sent and received once, by its Message-ID; a second copy only of a mail whose node
     * died between handing it to the mail server and recording that, which the log counts as an interrupted try: the
     * delivery of such a mail must have been one of the jobs node A held when it was killed.
     */
    private static void assertNoMailTwice(SoftAssertions softly, List<HeldJob> heldByA) throws MessagingException {
        Map<String, Integer> received = new HashMap<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            received.merge(message.getMessageID(), 1, Integer::sum);
        }
        Map<String, String> statusById = new HashMap<>();
        Set<String> interrupted = new HashSet<>();
        db.sql("select message_id, status, interrupted_attempts from notification").query(rs -> {
            statusById.put(rs.getString(1), rs.getString(2));
            if (rs.getInt(3) > 0) {
                interrupted.add(rs.getString(1));
            }
        });
        List<String> twice = received.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
        List<String> deliveriesHeldByA = heldByA.isEmpty() ? List.of() : db.sql("""
                        select n.message_id from notification n join act_hi_procinst p on p.business_key_ = n.notification_key
                         where p.proc_def_key_ = 'notification-delivery' and p.id_ in (:ids)""")
                .param("ids", heldByA.stream().map(HeldJob::processInstanceId).toList()).query(String.class).list();
        report("mails sent", statusById.size());
        report("mails received", received.values().stream().mapToInt(Integer::intValue).sum());
        report("mails received twice", twice.size());
        report("mails with an interrupted try", interrupted.size());

        softly.assertThat(db.sql("select notification_key from notification group by notification_key having count(*) > 1").query(String.class).list())
                .as("notices queued twice").isEmpty();
        softly.assertThat(statusById.entrySet().stream().filter(e -> !"SENT".equals(e.getValue())).map(Map.Entry::toString).toList())
                .as("mails not sent").isEmpty();
        softly.assertThat(statusById.keySet().stream().filter(id -> !received.containsKey(id)).toList()).as("mails sent but never received").isEmpty();
        softly.assertThat(received.keySet().stream().filter(id -> !statusById.containsKey(id)).toList()).as("mails received that the log does not know").isEmpty();
        softly.assertThat(twice.stream().filter(id -> !interrupted.contains(id)).toList())
                .as("mails received more than once without an interrupted try in the log").isEmpty();
        softly.assertThat(interrupted.stream().filter(id -> !deliveriesHeldByA.contains(id)).toList())
                .as("mails with an interrupted try that the killed node was not delivering").isEmpty();
    }

    /** Which node ran how many jobs; the jobs node A held when it died were run afterwards, once each. */
    private static void assertJobsOfTheKilledNodeRan(SoftAssertions softly, List<HeldJob> heldByA, Instant killedAt) {
        Map<String, Integer> jobsByNode = new TreeMap<>();
        db.sql("select hostname_, count(*) from act_hi_job_log where job_state_ = 2 group by hostname_")
                .query(rs -> {
                    jobsByNode.put(rs.getString(1), rs.getInt(2));
                });
        Map<String, Integer> runs = new HashMap<>();
        Map<String, Integer> byNode = new TreeMap<>();
        List<Instant> done = new ArrayList<>();
        db.sql("select job_id_, hostname_, timestamp_ from act_hi_job_log where job_state_ = 2 and job_id_ in (:ids)")
                .param("ids", heldByA.isEmpty() ? List.of("") : heldByA.stream().map(HeldJob::id).toList())
                .query(rs -> {
                    runs.merge(rs.getString(1), 1, Integer::sum);
                    byNode.merge(rs.getString(2), 1, Integer::sum);
                    done.add(rs.getTimestamp(3).toInstant());
                });
        report("jobs run by each node", jobsByNode);
        report("jobs node A held when it was killed", heldByA.stream().collect(Collectors.groupingBy(HeldJob::type, TreeMap::new, Collectors.counting())));
        report("  ... run afterwards by", byNode);
        done.stream().max(Instant::compareTo).ifPresent(last -> report("  ... all run, seconds after the kill", round(Duration.between(killedAt, last).toMillis() / 1000.0)));

        softly.assertThat(heldByA).as("jobs node A held when it was killed").isNotEmpty();
        softly.assertThat(heldByA.stream().map(HeldJob::id).filter(id -> runs.getOrDefault(id, 0) != 1).toList())
                .as("jobs of the killed node not run exactly once afterwards").isEmpty();
    }

    // ---- nodes, clock and waiting

    private static ApplicationProcess startNode(String name, int port, int managementPort) throws IOException, InterruptedException {
        ApplicationProcess.Launch launch = ApplicationProcess.Launch.of(name, DIR, port).withManagementPort(managementPort).withMainClass(ClusterNode.class)
                // two nodes, the database and the load share two cores: one GC thread, and no optimising compiler,
                // whose work would cost more processor time than it saves in a run of a few minutes
                .withJvmArguments("-Xmx768m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                        "-D" + ClusterNode.CLOCK_FILE + "=" + CLOCK, "-D" + ClusterNode.NODE_NAME + "=" + name)
                .withArguments(
                        "--spring.profiles.active=postgres",
                        "--camunda.bpm.generic-properties.properties.hostname=" + name,
                        "--spring.mail.host=localhost",
                        "--spring.mail.port=" + smtp.getSmtp().getPort(),
                        "--standards.documents.directory=" + DIR.resolve("documents"),
                        "--standards.hearing.minimum-comment-days=1",
                        // the test's own projects only: the demo's month-long hearing would leave its timers waiting
                        "--standards.demo.projects=false",
                        // all of the test's load comes from one address
                        "--standards.limits.comments=1000000",
                        "--standards.limits.registrations=1000000",
                        "--standards.limits.subscriptions=" + SUBSCRIPTIONS_PER_ADDRESS,
                        // nothing comes back within the run: a node slowed down by the dead node's jobs would otherwise
                        // answer so slowly that the bucket refills between two subscriptions
                        "--standards.limits.window=PT1H")
                .withEnvironment(Map.of("DB_URL", databaseUrl, "DB_USER", PostgresTestDatabases.user(), "DB_PASSWORD", PostgresTestDatabases.password()));
        ApplicationProcess node = ApplicationProcess.start(launch);
        started.add(node);
        return node;
    }

    /** Moves every node's engine clock so that it reads {@code now}, and waits until each running node has. */
    private static void setClock(Instant now) {
        long offset = now.toEpochMilli() - System.currentTimeMillis();
        ClusterNode.write(CLOCK, Long.toString(offset));
        clockOffset = offset;
        await("every node on the moved clock", Duration.ofSeconds(30), () -> started.stream().filter(ApplicationProcess::isAlive)
                .allMatch(node -> ClusterNode.read(ClusterNode.acknowledgement(CLOCK, node.name())) == offset));
    }

    static Instant engineNow() {
        return Instant.now().plusMillis(clockOffset);
    }

    private static void sleepUntil(Instant engineTime) {
        sleepNanos(Duration.between(engineNow(), engineTime).toNanos());
    }

    private static void sleepNanos(long nanos) {
        long until = System.nanoTime() + nanos;
        for (long left = nanos; left > 0; left = until - System.nanoTime()) {
            LockSupport.parkNanos(left);
            if (Thread.currentThread().isInterrupted()) {
                throw new IllegalStateException("interrupted: the test is over");
            }
        }
    }

    /** No job is due or running: what the nodes were asked to do is done. */
    private static void awaitNoJobDue(String what) {
        await(what, Duration.ofMinutes(3), () -> db.sql("""
                        select count(*) from act_ru_job
                         where handler_type_ <> :cleanup and (lock_owner_ is not null or duedate_ is null or duedate_ <= :now)""")
                .param("cleanup", HISTORY_CLEANUP).param("now", java.sql.Timestamp.from(engineNow())).query(Integer.class).single() == 0);
    }

    /** Jobs the node holds, of this type ({@code timer}, {@code message}) or any. */
    private static int lockedBy(String node, String type) {
        return db.sql("select count(*) from act_ru_job where lock_owner_ = :node and (cast(:type as varchar) is null or type_ = :type)")
                .param("node", node).param("type", type).query(Integer.class).single();
    }

    private static void await(String what, Duration timeout, BooleanSupplier condition) {
        await(what, timeout, Duration.ofMillis(250), condition);
    }

    /** Looks every few milliseconds, for a condition that may hold only briefly. */
    private static void awaitClosely(String what, Duration timeout, BooleanSupplier condition) {
        await(what, timeout, Duration.ofMillis(5), condition);
    }

    private static void await(String what, Duration timeout, Duration every, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + timeout + " for " + what);
            }
            sleepNanos(every.toNanos());
        }
    }

    private static List<Future<?>> each(ExecutorService pool, int count, IntConsumer work) {
        return IntStream.range(0, count).<Future<?>>mapToObj(i -> pool.submit(() -> work.accept(i))).toList();
    }

    /** Waits for the work, and fails with the first failure's own message. */
    private static void awaitAll(List<? extends Future<?>> work) throws InterruptedException {
        for (Future<?> future : work) {
            try {
                future.get();
            } catch (ExecutionException e) {
                work.forEach(f -> f.cancel(true));
                throw new AssertionError(e.getCause().getMessage(), e.getCause());
            }
        }
    }

    private static <T> List<T> inParallel(ExecutorService pool, int count, IntFunction<T> work) throws InterruptedException {
        List<Future<T>> futures = IntStream.range(0, count).mapToObj(i -> pool.submit(() -> work.apply(i))).toList();
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            try {
                results.add(future.get());
            } catch (ExecutionException e) {
                futures.forEach(f -> f.cancel(true));
                throw new AssertionError(e.getCause().getMessage(), e.getCause());
            }
        }
        return results;
    }

    /** Prints one of the test's numbers at once, so that a run that fails still shows how far it came. */
    private static void report(String what, Object value) {
        System.out.printf("cluster: %-48s %s%n", what, value);
    }

    private static String bangkok(Instant instant) {
        return OffsetDateTime.ofInstant(instant, BuddhistEra.BANGKOK).toString();
    }

    private static double seconds(long sinceNanos) {
        return round((System.nanoTime() - sinceNanos) / 1e9);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
