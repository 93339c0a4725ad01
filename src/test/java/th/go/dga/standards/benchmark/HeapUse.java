package th.go.dga.standards.benchmark;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * How much of the heap a piece of work takes, on the thread that does it: what is in use after a full collection
 * before and after it (what it keeps), the most that was still in use after any collection while it ran (what it
 * needs at once), the highest the heap was filled between collections (garbage included: a collector such as ZGC lets
 * it fill up to its limit before it collects), what the thread allocated, and what the collectors did.
 */
public final class HeapUse {

    private final List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
    private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
    private final Set<String> heapPools = pools.stream().map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    private final com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private final AtomicLong mostAfterCollection = new AtomicLong();
    private final NotificationListener afterCollection = this::collected;
    private final long before;
    private final long allocatedBefore;
    private final long[] collectionsBefore;
    private final long[] collectingBefore;

    private HeapUse() {
        this.before = afterFullCollection();
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        collectors.forEach(collector -> ((NotificationEmitter) collector).addNotificationListener(afterCollection, null, null));
        this.collectionsBefore = collectors.stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).toArray();
        this.collectingBefore = collectors.stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).toArray();
        this.allocatedBefore = threads.getCurrentThreadAllocatedBytes();
    }

    /** Starts measuring the work the current thread is about to do, after a full collection. */
    public static HeapUse start() {
        return new HeapUse();
    }

    /** Ends the measure, with a full collection. */
    public Measured stop() throws ListenerNotFoundException {
        long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
        long filled = pools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        for (GarbageCollectorMXBean collector : collectors) {
            ((NotificationEmitter) collector).removeNotificationListener(afterCollection);
        }
        StringBuilder collected = new StringBuilder();
        for (int i = 0; i < collectors.size(); i++) {
            GarbageCollectorMXBean collector = collectors.get(i);
            collected.append(collected.isEmpty() ? "" : ", ").append("%s %d (%s ms)".formatted(collector.getName(),
                    collector.getCollectionCount() - collectionsBefore[i], spaced(collector.getCollectionTime() - collectingBefore[i])));
        }
        return new Measured(before, mostAfterCollection.get(), filled, afterFullCollection(), Runtime.getRuntime().maxMemory(), allocated,
                collected.toString());
    }

    /**
     * In bytes:
     *
     * @param before    in use after a full collection at the start
     * @param needed    the most in use after a collection during the work (0 when none ran)
     * @param filled    the highest the heap's pools were filled during the work (with several pools, the sum of their
     *                  highest, which may not have been at the same moment: at most that)
     * @param after     in use after a full collection at the end
     * @param max       the heap's limit ({@code -Xmx})
     * @param allocated allocated by the thread that did the work
     * @param collected each collector's collections (or cycles and pauses) during the work, and the time it reports
     *                  for them, pauses and concurrent cycles alike
     */
    public record Measured(long before, long needed, long filled, long after, long max, long allocated, String collected) {

        public static String header() {
            return "| heap | before | most after a collection | filled at most | after | limit | allocated | collections |\n"
                    + "|---|---|---|---|---|---|---|---|";
        }

        /** {@code | 100 announcements | 50 MiB | 210 MiB | 922 MiB | 84 MiB | 1 024 MiB | 9 120 MiB | ZGC Cycles 6 (1 884 ms), … |} */
        public String row(String work) {
            return "| %s | %s MiB | %s MiB | %s MiB | %s MiB | %s MiB | %s MiB | %s |".formatted(work, mib(before), mib(needed), mib(filled),
                    mib(after), mib(max), mib(allocated), collected);
        }

        private static String mib(long bytes) {
            return spaced(bytes / (1024 * 1024));
        }
    }

    private void collected(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        long inUse = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream().filter(pool -> heapPools.contains(pool.getKey()))
                .map(java.util.Map.Entry::getValue).mapToLong(MemoryUsage::getUsed).sum();
        mostAfterCollection.accumulateAndGet(inUse, Math::max);
    }

    static String spaced(long number) {
        return "%,d".formatted(number).replace(',', ' ');
    }

    private static long afterFullCollection() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
