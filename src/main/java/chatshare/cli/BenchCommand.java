package chatshare.cli;

import chatshare.experiment.Bench;
import chatshare.output.AtomicOutput;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
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
    List<String> variants = Bench.VARIANTS;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the results as JSON")
    Path json;

    @Mixin
    QuietOption quiet;

    @Option(names = "--warmup", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Warm the JIT on a separate, smaller market (same variant and threads, at most "
                    + Bench.WARMUP_AGENTS + " agents, " + Bench.WARMUP_TICKS + " ticks) before each timed run, as JMH does, "
                    + "so small sizes report steady state (default: on)")
    boolean warmup;

    @Override
    public Integer call() throws IOException {
        if (!core.equals("bc1")) {
            throw new BadInputException("--core: unknown benchmark core '" + core + "'; allowed: bc1");
        }
        for (String v : variants) {
            if (!Bench.VARIANTS.contains(v)) {
                throw new BadInputException("--variant: unknown variant '" + v + "'; allowed: " + String.join(", ", Bench.VARIANTS));
            }
        }
        Path file = config != null ? config : Path.of(System.getProperty("chatshare.home", "."),
                "experiments", "bench", "bc1.json");
        if (json != null) {
            RunCommand.ensureWritable(json.toAbsolutePath().getParent());
        }
        Bench bench = new Bench(file, ticks, warmup, (label, runTicks) -> {
            Progress progress = Progress.start(quiet.on(), label, runTicks, "ticks");
            return new Bench.Tracker() {
                @Override
                public void accept(int done) {
                    progress.stepTo(done);
                }

                @Override
                public void close() {
                    progress.close();
                }
            };
        });
        List<Map<String, Object>> rows = new ArrayList<>();
        PrintStream err = System.err;
        err.printf("%-8s %10s %7s %8s %14s %14s %15s %9s %9s %9s%n", "variant", "agents", "threads", "seconds",
                "reviews/s", "user-ticks/s", "reviews/s/core", "ns/review", "peakHeapMB", "identical");
        for (String variant : variants) {
            for (int n : agents) {
                String reference = null;
                for (int th : threads) {
                    Map<String, Object> row = bench.measure(variant, n, th);
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
                chatshare.config.Json.FILE.toJson(rows, out.writer());
                out.commit();
            }
        }
        return Main.OK;
    }
}
