package chatshare.experiment;

import chatshare.analysis.ReplicateSummary;
import chatshare.config.ConfigLoader;
import chatshare.output.AtomicOutput;
import chatshare.output.CsvFormat;
import chatshare.output.FolderCommit;
import chatshare.output.RunLabel;
import chatshare.output.ShellWords;
import chatshare.experiment.SweepTables;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.csv.CSVPrinter;

/**
 * Runs the runs of a sweep on a thread pool (each run single-threaded, so results do not depend
 * on the pool size), each into DIR/runs/RUN_ID/, round by round as the {@link Replication} asks
 * (one round unless replicates are adaptive), then writes DIR/runs.csv in run order and the
 * combined tables and summary.csv ({@link SweepTables}). A run that throws is recorded as failed
 * with its error and does not stop the others.
 */
public final class Sweep {
    /** What one run produced: its outcome per firm (final and mean share, ...), read back from its files. */
    public record Outcome(RunSpec spec, boolean ok, double seconds, Map<String, ReplicateSummary.FirmOutcome> firms,
            String error) {
    }

    /** Told after every run: runs done and runs known so far (the total grows when adaptive rounds add runs). */
    public interface Listener {
        void runs(int done, int total);
    }

    private static final Comparator<Outcome> RUN_ORDER = Comparator.comparingInt((Outcome o) -> o.spec().point())
            .thenComparingInt(o -> o.spec().replicate());

    private Sweep() {
    }

    /**
     * The columns of runs.csv, fixed by the whole plan and the config (not by the runs a shard
     * happened to get), so every shard of a sweep writes the same header and merge can combine them.
     */
    public record Columns(List<String> params, List<String> firms, SweepTables.Plan plan) {
    }

    /** The resolved config of a run, which resume compares with a stored run's manifest. */
    static com.google.gson.JsonObject resolved(Path config, List<String> baseSets, RunSpec spec) {
        return ConfigLoader.load(config, overrides(baseSets, spec)).resolved();
    }

    static List<String> overrides(List<String> baseSets, RunSpec spec) {
        List<String> sets = new ArrayList<>(baseSets);
        sets.addAll(spec.overrides());
        sets.add("market.threads=1");
        return sets;
    }

    static Outcome failed(RunSpec spec, double seconds, String error) {
        return new Outcome(spec, false, seconds, Map.of(), error);
    }

    /**
     * Runs the rounds of the plan (a whole sweep or one shard of it). With resume, a run whose
     * directory already holds a complete run with the same seed and config is not run again.
     * DIR/status.json follows the sweep ({@link SweepStatus}).
     */
    public static List<Outcome> run(Path config, List<String> baseSets, Replication plan, Path dir, int threads,
            boolean resume, Columns columns, Listener listener) throws IOException, InterruptedException {
        try (SweepStatus status = new SweepStatus(dir, config, threads, plan.adaptive())) {
            try {
                List<Outcome> outcomes = runRounds(config, baseSets, plan, dir, threads, resume, listener, status);
                status.phase("combining");
                try (FolderCommit folder = new FolderCommit(dir, SweepTables.OWNED_FILES)) {
                    writeIndex(config, baseSets, outcomes, columns, folder.open("runs.csv"));
                    SweepTables.write(folder, dir, columns.params(), outcomes.stream().filter(Outcome::ok)
                            .map(o -> new SweepTables.Run(o.spec().id(), o.spec().point(), o.spec().values())).toList(),
                            columns.plan());
                }
                status.finish(outcomes.stream().allMatch(Outcome::ok) ? "finished" : "failed", null);
                return outcomes;
            } catch (IOException | InterruptedException | RuntimeException e) {
                try {
                    status.finish("failed", String.valueOf(e.getMessage()));
                } catch (IOException | RuntimeException x) {
                    e.addSuppressed(x);
                }
                throw e;
            }
        }
    }

    private static List<Outcome> runRounds(Path config, List<String> baseSets, Replication plan, Path dir, int threads,
            boolean resume, Listener listener, SweepStatus status) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        List<Outcome> outcomes = new ArrayList<>();
        AtomicInteger done = new AtomicInteger();
        int total = 0;
        try {
            for (List<RunSpec> round = plan.first(); !round.isEmpty(); round = plan.next(outcomes)) {
                total += round.size();
                status.round(round.size());
                int known = total;
                List<Future<Outcome>> futures = new ArrayList<>(round.size());
                for (RunSpec spec : round) {
                    futures.add(pool.submit(() -> {
                        status.started();
                        Outcome reused = resume ? reusable(config, baseSets, spec, dir) : null;
                        Outcome o = reused != null ? reused : runOne(config, baseSets, spec, dir);
                        status.finished(o, reused != null);
                        listener.runs(done.incrementAndGet(), known);
                        return o;
                    }));
                }
                for (Future<Outcome> f : futures) {
                    outcomes.add(f.get());
                }
                outcomes.sort(RUN_ORDER);
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return outcomes;
    }

    /** A complete earlier run of this spec in DIR, or null (also when the run's config does not load: it runs and fails). */
    private static Outcome reusable(Path config, List<String> baseSets, RunSpec spec, Path dir) {
        com.google.gson.JsonObject resolved;
        try {
            resolved = resolved(config, baseSets, spec);
        } catch (RuntimeException e) {
            return null;
        }
        return RunFiles.completed(dir, spec, resolved);
    }

    private static Outcome runOne(Path config, List<String> baseSets, RunSpec spec, Path dir) {
        long start = System.nanoTime();
        try {
            ConfigLoader.LoadedConfig loaded = ConfigLoader.load(config, overrides(baseSets, spec));
            SingleRun.run(loaded.config(), loaded.resolved(), new RunLabel(spec.id(), spec.replicate(), spec.seed()),
                    loaded.name(), dir.resolve("runs").resolve(spec.id()), 1, t -> { });
            return RunFiles.completed(dir, spec, loaded.resolved());
        } catch (RuntimeException | IOException e) {
            return failed(spec, (System.nanoTime() - start) / 1e9, String.valueOf(e.getMessage()));
        }
    }

    /** runs.csv: one row per run with its parameters, seed, status, final shares and the command that repeats it. */
    private static void writeIndex(Path config, List<String> baseSets, List<Outcome> outcomes, Columns columns,
            AtomicOutput file) throws IOException {
        List<String> params = columns.params();
        List<String> firms = columns.firms();
        List<String> header = new ArrayList<>(List.of("run", "point", "replicate", "seed"));
        header.addAll(params);
        header.addAll(List.of("status", "seconds"));
        firms.forEach(f -> header.add("finalShare_" + f));
        header.addAll(List.of("error", "command"));
        try (AtomicOutput out = file;
                CSVPrinter csv = new CSVPrinter(out.writer(), CsvFormat.WRITE)) {
            csv.printRecord(header);
            for (Outcome o : outcomes) {
                List<Object> row = new ArrayList<>(List.of(o.spec().id(), o.spec().point(), o.spec().replicate(),
                        CsvFormat.seed(o.spec().seed())));
                params.forEach(p -> row.add(o.spec().values().containsKey(p) ? CsvFormat.number(o.spec().values().get(p)) : ""));
                row.add(o.ok() ? "ok" : "failed");
                row.add(CsvFormat.number(Math.round(o.seconds() * 1000) / 1000.0));
                firms.forEach(f -> row.add(o.firms().containsKey(f) ? CsvFormat.number(o.firms().get(f).finalShare()) : ""));
                row.add(o.error());
                row.add(command(config, baseSets, o.spec()));
                csv.printRecord(row);
            }
            csv.flush();
            out.commit();
        }
    }

    /** The command that repeats one run exactly. */
    static String command(Path config, List<String> baseSets, RunSpec spec) {
        StringBuilder cmd = new StringBuilder("./chatshare run " + ShellWords.word(config.toString()) + " --seed " + spec.seed());
        baseSets.forEach(s -> cmd.append(" --set ").append(ShellWords.word(s)));
        spec.values().forEach((p, v) -> cmd.append(" --set ").append(ShellWords.word(p + "=" + CsvFormat.number(v))));
        return cmd.toString();
    }
}
