package chatshare.experiment;

import chatshare.config.ConfigLoader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.stream.Stream;

/**
 * The fixed workload BC1 (shared/design/BENCHMARK.md) through the normal run code path: one timed
 * run per variant, size and thread count, each optionally after a JIT warm-up on a smaller market,
 * with throughput, peak heap and the SHA-256 of firms.csv (equal for every thread count).
 */
public final class Bench {
    public static final List<String> VARIANTS = List.of("bc1", "bc1-net");
    public static final int WARMUP_AGENTS = 100_000;
    public static final int WARMUP_TICKS = 104;

    /** Shows one run's progress: given its label and ticks, returns the tick listener, closed after the run. */
    public interface Progress {
        Tracker open(String label, int ticks);
    }

    /** A run's tick listener that is closed when the run ends. */
    public interface Tracker extends IntConsumer, AutoCloseable {
        @Override
        void close();
    }

    private final Path config;
    private final int ticks;
    private final boolean warmup;
    private final Progress progress;

    public Bench(Path config, int ticks, boolean warmup, Progress progress) {
        this.config = config;
        this.ticks = ticks;
        this.warmup = warmup;
        this.progress = progress;
    }

    /** One measured row (after the warm-up, if on); "firmsSha256" holds the digest of the run's firms.csv. */
    public Map<String, Object> measure(String variant, int n, int th) throws IOException {
        if (warmup) {
            run(variant, Math.min(n, WARMUP_AGENTS), Math.min(ticks, WARMUP_TICKS), th, "warm-up");
        }
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        SingleRun.Result r = run(variant, n, ticks, th, variant + " " + n + "x" + th);
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("variant", variant);
        row.put("agents", n);
        row.put("ticks", ticks);
        row.put("threads", th);
        row.put("warmup", warmup);
        row.put("loopSeconds", r.loopSeconds());
        row.put("reviews", r.reviews());
        row.put("reviewsPerSecond", r.reviews() / r.loopSeconds());
        row.put("userTicksPerSecond", (double) n * ticks / r.loopSeconds());
        row.put("reviewsPerSecondPerCore", r.reviews() / r.loopSeconds() / th);
        // Wall time per review times threads: the cost of a review on one core.
        row.put("nsPerReview", r.loopSeconds() * th / r.reviews() * 1e9);
        if (th == 1) {
            // CPU time of the loop's thread: less distorted than wall time when other work shares the machine.
            row.put("cpuNsPerReview", r.loopCpuSeconds() / r.reviews() * 1e9);
        }
        row.put("peakHeapMB", peak >> 20);
        row.put("maxHeapMB", Runtime.getRuntime().maxMemory() >> 20);
        row.put("firmsSha256", r.files().get("firms.csv").get("sha256"));
        return row;
    }

    /** One BC1 run into a temporary directory, deleted afterwards. */
    private SingleRun.Result run(String variant, int n, int runTicks, int th, String label) throws IOException {
        List<String> sets = new ArrayList<>(List.of("users.agents=" + n, "market.ticks=" + runTicks,
                "market.threads=" + th));
        if (variant.equals("bc1-net")) {
            sets.add("market.social=network");
        }
        ConfigLoader.LoadedConfig loaded = ConfigLoader.load(config, sets);
        Path dir = Files.createTempDirectory("chatshare-bench");
        try (Tracker tracker = progress.open(label, runTicks)) {
            return SingleRun.run(loaded.config(), loaded.resolved(), loaded.name(), dir, th, tracker);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
