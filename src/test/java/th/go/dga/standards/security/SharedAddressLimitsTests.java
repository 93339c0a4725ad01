package th.go.dga.standards.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import th.go.dga.standards.security.AddressLimits.Purpose;
import th.go.dga.standards.security.AddressLimits.Verdict;
import th.go.dga.standards.support.PostgresTestSchema;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-address limits of two nodes on one PostgreSQL: two {@link AddressLimits}, each with buckets of its own
 * ({@link DatabaseBuckets}) as two nodes have, on a schema migrated by the application's migrations.
 */
class SharedAddressLimitsTests {

    private static final LimitSettings LIMITS =
            new LimitSettings(4, Duration.ofMinutes(5), 6, 20, Duration.ofHours(24), 5, 10);

    private static PostgresTestSchema database;
    private static JdbcClient jdbc;

    @BeforeEach
    void aSchemaOfItsOwnForTheClass() {
        if (database == null) {
            database = PostgresTestSchema.migrated();
            jdbc = JdbcClient.create(database.dataSource());
        }
    }

    @AfterAll
    static void dropIt() throws Exception {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void twoNodesGiveAnAddressItsLimitOnceBetweenThem() {
        AddressLimits first = node();
        AddressLimits second = node();

        for (int i = 0; i < 3; i++) {
            assertThat(first.take(Purpose.COMMENT, "203.0.113.1").allowed()).isTrue();
            assertThat(second.take(Purpose.COMMENT, "203.0.113.1").allowed()).isTrue();
        }
        Verdict refused = first.take(Purpose.COMMENT, "203.0.113.1");
        assertThat(refused.allowed()).isFalse();
        // 6 a day: the next in four hours
        assertThat(refused.retryAfterSeconds()).isBetween(Duration.ofHours(4).minusMinutes(1).toSeconds(), Duration.ofHours(4).toSeconds());
        assertThat(second.take(Purpose.COMMENT, "203.0.113.1").allowed()).isFalse();
        assertThat(second.check(Purpose.COMMENT, "203.0.113.1").allowed()).isFalse();

        assertThat(second.take(Purpose.COMMENT, "203.0.113.2").allowed()).as("another address").isTrue();
        assertThat(second.take(Purpose.REGISTRATION, "203.0.113.1").allowed()).as("another purpose").isTrue();
    }

    @Test
    void checkingTakesNothing() {
        AddressLimits first = node();
        AddressLimits second = node();
        for (int i = 0; i < 10; i++) {
            assertThat(first.check(Purpose.FAILED_LOGIN, "203.0.113.3")).isEqualTo(new Verdict(true, 0));
        }
        for (int i = 0; i < 4; i++) {
            assertThat((i % 2 == 0 ? first : second).take(Purpose.FAILED_LOGIN, "203.0.113.3").allowed()).isTrue();
        }
        Verdict waits = first.check(Purpose.FAILED_LOGIN, "203.0.113.3");
        assertThat(waits.allowed()).isFalse();
        // 4 per 5 minutes: one back every 75 seconds
        assertThat(waits.retryAfterSeconds()).isBetween(70L, 75L);
    }

    @Test
    void manyRequestsAtOnceOnTwoNodesAreAllowedExactlyTheLimit() throws Exception {
        List<AddressLimits> nodes = List.of(node(), node());
        int threads = 8;
        int attemptsEach = 10;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> allowed = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            AddressLimits node = nodes.get(t % 2);
            Callable<Integer> flood = () -> {
                start.await();
                int taken = 0;
                for (int i = 0; i < attemptsEach; i++) {
                    taken += node.take(Purpose.REGISTRATION, "203.0.113.4").allowed() ? 1 : 0;
                }
                return taken;
            };
            allowed.add(pool.submit(flood));
        }
        start.countDown();
        int total = 0;
        for (Future<Integer> taken : allowed) {
            total += taken.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(total).as("allowed of %d requests", threads * attemptsEach).isEqualTo(LIMITS.registrations());
        assertThat(jdbc.sql("select count(*) from rate_limit_bucket where id = ?").param("REGISTRATION|203.0.113.4").query(Integer.class).single())
                .isEqualTo(1);
    }

    @Test
    void rowsOfFullBucketsAreRemovedWhileTheOthersStayEvenWithTwoNodesRemovingAtOnce() throws Exception {
        AddressLimits node = node();
        node.take(Purpose.SUBSCRIPTION, "203.0.113.5");
        node.take(Purpose.SUBSCRIPTION, "203.0.113.6");
        long expiresAt = jdbc.sql("select expires_at from rate_limit_bucket where id = ?").param("SUBSCRIPTION|203.0.113.5")
                .query(Long.class).single();
        // one of five a day taken: full again in about 4.8 hours, and kept a minute more
        assertThat(expiresAt - System.currentTimeMillis()).isBetween(Duration.ofMinutes(288).toMillis(), Duration.ofMinutes(290).toMillis());

        // as if the hours had passed for one of them
        jdbc.sql("update rate_limit_bucket set expires_at = ? where id = ?").params(System.currentTimeMillis() - 1, "SUBSCRIPTION|203.0.113.5").update();
        DatabaseBuckets first = new DatabaseBuckets(database.dataSource());
        DatabaseBuckets second = new DatabaseBuckets(database.dataSource());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<Integer> byFirst = pool.submit(first::removeExpired);
        Future<Integer> bySecond = pool.submit(second::removeExpired);
        int removed = byFirst.get(30, TimeUnit.SECONDS) + bySecond.get(30, TimeUnit.SECONDS);
        pool.shutdown();

        assertThat(removed).isEqualTo(1);
        assertThat(jdbc.sql("select id from rate_limit_bucket where id like 'SUBSCRIPTION|%'").query(String.class).list())
                .containsExactly("SUBSCRIPTION|203.0.113.6");
    }

    @Test
    void theApplicationSharesItsBucketsOnPostgreSQLAndKeepsThemInMemoryOnH2() {
        assertThat(new BucketStores().addressBuckets(database.dataSource())).isInstanceOf(DatabaseBuckets.class);
        assertThat(new BucketStores().addressBuckets(new SimpleDriverDataSource(new org.h2.Driver(), "jdbc:h2:mem:buckets", "sa", "")))
                .isInstanceOf(MemoryBuckets.class);
    }

    private static AddressLimits node() {
        return new AddressLimits(LIMITS, new DatabaseBuckets(database.dataSource()));
    }
}
