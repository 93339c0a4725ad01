package th.go.dga.standards.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.context.ConfigurableApplicationContext;

import th.go.dga.standards.StandardsApplication;

/**
 * A node of the cluster test: the application as it is, with two things of the test's. Its engine clock (through
 * which all of the application's time goes) follows a file shared by every node, so that all nodes see the same
 * shifted time and the test can move it for all of them at once; each node acknowledges an offset it has taken in a
 * file of its own ({@code <clock file>.<node>}). And its job executor locks jobs under the node's name, so that the
 * test can tell which node holds which job.
 * <p>
 * Started by {@link ClusterTests} as the main class of each node's JVM; it must not use other test classes, which are
 * not on the node's class path.
 */
public final class ClusterNode {

    static final String CLOCK_FILE = "standards.test.clock-file";
    static final String NODE_NAME = "standards.test.node-name";

    private ClusterNode() {
    }

    public static void main(String[] args) {
        String name = System.getProperty(NODE_NAME);
        Path clock = Path.of(System.getProperty(CLOCK_FILE));
        follow(clock, acknowledgement(clock, name));
        SpringApplication.withHook(application -> new SpringApplicationRunListener() {
            @Override
            public void contextPrepared(ConfigurableApplicationContext context) {
                context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
                    @Override
                    public Object postProcessBeforeInitialization(Object bean, String beanName) {
                        if (bean instanceof JobExecutor executor) {
                            executor.setLockOwner(name);
                        }
                        return bean;
                    }
                });
            }
        }, () -> StandardsApplication.main(args));
    }

    static Path acknowledgement(Path clock, String node) {
        return clock.resolveSibling(clock.getFileName() + "." + node);
    }

    /** Takes the offset now, before anything reads the clock, and again whenever the file changes. */
    private static void follow(Path clock, Path acknowledgement) {
        long offset = read(clock);
        take(offset, acknowledgement);
        Thread follower = new Thread(() -> {
            long taken = offset;
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    long wanted = read(clock);
                    if (wanted != taken) {
                        take(wanted, acknowledgement);
                        taken = wanted;
                    }
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                } catch (UncheckedIOException | NumberFormatException beingWritten) {
                    // the test replaces the file atomically; a read that failed is tried again at the next turn
                }
            }
        }, "cluster-test-clock");
        follower.setDaemon(true);
        follower.start();
    }

    private static void take(long offset, Path acknowledgement) {
        ClockUtil.offset(offset);
        write(acknowledgement, Long.toString(offset));
    }

    static long read(Path file) {
        try {
            return Long.parseLong(Files.readString(file).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the file in one step, so that a reader never sees half of it. */
    static void write(Path file, String content) {
        try {
            Path next = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".next");
            Files.writeString(next, content);
            Files.move(next, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
