package chatshare.cli;

import chatshare.config.ConfigLoader;
import chatshare.experiment.SingleRun;
import chatshare.output.AtomicOutput;
import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.io.PrintStream;
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
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * chatshare bench: the fixed workload BC1 (shared/design/BENCHMARK.md) through the normal model
 * and its config experiments/bench/bc1.json, for several sizes, variants and thread counts.
 * Reports user-reviews/s, user-ticks/s, peak heap, and whether outputs are identical across
 * thread counts (SHA-256 of firms.csv).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Run the BC1 benchmark workload and report throughput and memory.")
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--core", description = "Benchmark core (only bc1 exists)", defaultValue = "bc1")
    String core;

    @Option(names = "--config", paramLabel = "FILE", description = "BC1 config (default: experiments/bench/bc1.json)")
    Path config;

    @Option(names = "--agents", split = ",", description = "Agent counts (default 10000,100000,1000000,10000000)")
    List<Integer> agents = List.of(10_000, 100_000, 1_000_000, 10_000_000);

    @Option(names = "--ticks", description = "Ticks per run (default 520)")
    int ticks = 520;

    @Option(names = "--threads", split = ",", description = "Thread counts (default 1,2)")
    List<Integer> threads = List.of(1, 2);

    @Option(names = "--variant", split = ",", description = "bc1 (mean-field) and/or bc1-net (default both)")
    List<String> variants = List.of("bc1", "bc1-net");

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the results as JSON")
    Path json;

    @Mixin
    QuietOption quiet;

    @Option(names = "--warmup", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Warm the JIT on a separate, smaller market (same variant and threads, at most "
                    + WARMUP_AGENTS + " agents, " + WARMUP_TICKS + " ticks) before each timed run, as JMH does, "
                    + "so small sizes report steady state (default: on)")
    boolean warmup;

    static final int WARMUP_AGENTS = 100_000;
    static final int WARMUP_TICKS = 104;

    @Override
    public Integer call() throws IOException {
        if (!core.equals("bc1")) {
            throw new BadInputException("--core: unknown benchmark core '" + core + "'; allowed: bc1");
        }
        for (String v : variants) {
            if (!v.equals("bc1") && !v.equals("bc1-net")) {
                throw new BadInputException("--variant: unknown variant '" + v + "'; allowed: bc1, bc1-net");
            }
        }
        Path file = config != null ? config : Path.of(System.getProperty("chatshare.home", "."),
                "experiments", "bench", "bc1.json");
        if (json != null) {
            RunCommand.ensureWritable(json.toAbsolutePath().getParent());
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        PrintStream err = System.err;
        err.printf("%-8s %10s %7s %8s %14s %14s %15s %9s %9s %9s%n", "variant", "agents", "threads", "seconds",
                "reviews/s", "user-ticks/s", "reviews/s/core", "ns/review", "peakHeapMB", "identical");
        for (String variant : variants) {
            for (int n : agents) {
                String reference = null;
                for (int th : threads) {
                    if (warmup) {
                        run(file, variant, Math.min(n, WARMUP_AGENTS), Math.min(ticks, WARMUP_TICKS), th, "warm-up");
                    }
                    Map<String, Object> row = measure(file, variant, n, th);
                    String sha = (String) row.remove("firmsSha256");
                    reference = reference == null ? sha : reference;
                    row.put("identicalToFirstThreadCount", sha.equals(reference));
                    rows.add(row);
                    err.printf("%-8s %10d %7d %8.2f %,14.0f %,14.0f %,15.0f %9.1f %9d %9s%n", variant, n, th,
                            row.get("loopSeconds"), row.get("reviewsPerSecond"), row.get("userTicksPerSecond"),
                            row.get("reviewsPerSecondPerCore"), row.get("nsPerReview"), row.get("peakHeapMB"),
                            sha.equals(reference));
                }
            }
        }
        if (json != null) {
            try (AtomicOutput out = new AtomicOutput(json.toAbsolutePath())) {
                new GsonBuilder().setPrettyPrinting().create().toJson(rows, out.writer());
                out.commit();
            }
        }
        return Main.OK;
    }

    private Map<String, Object> measure(Path file, String variant, int n, int th) throws IOException {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        SingleRun.Result r = run(file, variant, n, ticks, th, variant + " " + n + "x" + th);
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

    /** One BC1 run of the normal run code path into a temporary directory, deleted afterwards. */
    private SingleRun.Result run(Path file, String variant, int n, int runTicks, int th, String label)
            throws IOException {
        List<String> sets = new ArrayList<>(List.of("users.agents=" + n, "market.ticks=" + runTicks,
                "market.threads=" + th));
        if (variant.equals("bc1-net")) {
            sets.add("market.social=network");
        }
        ConfigLoader.LoadedConfig loaded = ConfigLoader.load(file, sets);
        Path dir = Files.createTempDirectory("chatshare-bench");
        try (Progress progress = Progress.start(quiet.on(), label, runTicks, "ticks")) {
            return SingleRun.run(loaded.config(), loaded.resolved(), loaded.name(), dir, th, progress::stepTo);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
