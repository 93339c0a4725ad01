package th.go.dga.standards.support;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;

import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * What a load balancer in front of the application's nodes does: each request goes to the next node in turn, and a
 * request that a node could not answer (connection refused or dropped) goes to the next one. A request may thus
 * arrive twice, once at a node that died before answering: only requests that are safe to repeat are sent through
 * here, such as reads, comments with an {@code Idempotency-Key}, meeting registrations, and steps that look before
 * they act.
 */
public final class Balancer {

    /** How long a request keeps being sent when no node answers. */
    private static final Duration PATIENCE = Duration.ofMinutes(3);

    private final List<String> nodes = new CopyOnWriteArrayList<>();
    private final AtomicInteger turn = new AtomicInteger();
    private final AtomicLong failovers = new AtomicLong();
    private final ConcurrentMap<String, RestClient> clients = new ConcurrentHashMap<>();
    private final JdkClientHttpRequestFactory requests;

    public Balancer(String... baseUrls) {
        nodes.addAll(List.of(baseUrls));
        requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
        requests.setReadTimeout(Duration.ofMinutes(2));
    }

    /** Takes a node out of the rotation, as a balancer does once its health check fails. */
    public void remove(String baseUrl) {
        nodes.remove(baseUrl);
    }

    /** Puts a node (back) into the rotation. */
    public void add(String baseUrl) {
        nodes.add(baseUrl);
    }

    /** How many times a request was sent again because its node did not answer. */
    public long failovers() {
        return failovers.get();
    }

    /** Sends a request that needs no login. */
    public <T> T send(Function<RestClient, T> request) {
        return send(null, request);
    }

    /**
     * Sends the request to the next node as the demo user (password {@code demo}, HTTP Basic), and to the node after
     * that while the one it went to does not answer.
     */
    public <T> T send(String user, Function<RestClient, T> request) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        for (int attempt = 1; ; attempt++) {
            String node = nodes.get(Math.floorMod(turn.getAndIncrement(), nodes.size()));
            try {
                return request.apply(client(node, user));
            } catch (ResourceAccessException unanswered) {
                failovers.incrementAndGet();
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("no node answered within " + PATIENCE, unanswered);
                }
                if (attempt % nodes.size() == 0) {
                    // every node failed in a row: they may be starting or restarting
                    LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
                }
            }
        }
    }

    private RestClient client(String node, String user) {
        return clients.computeIfAbsent(node + " " + user, key -> {
            RestClient.Builder builder = RestClient.builder().baseUrl(node).requestFactory(requests);
            if (user != null) {
                builder.defaultHeaders(headers -> headers.setBasicAuth(user, "demo"));
            }
            return builder.build();
        });
    }
}
