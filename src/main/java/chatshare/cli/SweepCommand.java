package chatshare.cli;

import chatshare.config.ConfigLoader;
import chatshare.experiment.Replication;
import chatshare.experiment.RunSpec;
import chatshare.experiment.Sweep;
import chatshare.experiment.SweepCheck;
import chatshare.output.CsvFormat;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** chatshare sweep CONFIG: every point x replicate of the config's sweep section. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Run a parameter sweep: DIR/runs/RUN_ID/ per run and DIR/runs.csv (one row per run).")
final class SweepCommand implements Callable<Integer> {
    @Parameters(paramLabel = "CONFIG", description = "Config with a sweep section (it may extend a scenario)")
    Path config;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: results/<config name>/)")
    Path out;

    @Mixin
    ThreadsOption threads;

    @Option(names = "--dry-run", description = "List the runs (CSV on stdout) and their count, run nothing")
    boolean dryRun;

    @Mixin
    SetOptions overrides;

    @Mixin
    QuietOption quiet;

    @Option(names = "--resume", description = "Skip runs already completed in DIR (same seed)")
    boolean resume;

    @Option(names = "--shard", paramLabel = "k/N",
            description = "Run only shard k of N (runs k, k+N, ...; with adaptive replicates points k, k+N, ...); combine shards with merge")
    String shard;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        int parallelRuns = threads.parallelRuns();
        List<String> sets = overrides.sets;
        ConfigLoader.LoadedConfig loaded = ConfigLoader.load(config, sets);
        var sweep = loaded.config().sweep;
        int[] kn = shard == null ? new int[] {0, 1} : parseShard(shard);
        List<Map<String, Double>> points = SweepCheck.points(config, sets, sweep);
        Replication plan = Replication.of(sweep, points, kn[0], kn[1]);
        List<RunSpec> first = plan.first();
        var replicates = sweep.replicates;
        if (dryRun) {
            System.out.println("run,point,replicate,seed,overrides");
            for (RunSpec r : first) {
                System.out.println(r.id() + "," + r.point() + "," + r.replicate() + "," + CsvFormat.seed(r.seed()) + ",\""
                        + String.join(" ", r.overrides()) + "\"");
            }
            if (plan.adaptive()) {
                spec.commandLine().getErr().printf("%d runs in the first round (%d points x %d replicates); adaptive: more"
                        + " replicates, up to %d per point, while the 95%% CI half-width of %s's %s exceeds %s%n",
                        first.size(), points.size(), replicates.min, replicates.max, replicates.target.firm,
                        replicates.target.output, CsvFormat.number(replicates.target.ciHalfWidth));
            } else {
                spec.commandLine().getErr().printf("%d runs (%d points x %d replicates)%n", first.size(), points.size(),
                        replicates.min);
            }
            return Main.OK;
        }
        Path dir = out != null ? out : Path.of("results", loaded.name());
        List<Sweep.Outcome> outcomes;
        try (OutputLock lock = OutputLock.claim(dir); Progress progress = Progress.start(quiet.on(), loaded.name(), first.size(), "runs")) {
            List<String> params = new java.util.ArrayList<>(new java.util.LinkedHashSet<>(points.stream()
                    .flatMap(p -> p.keySet().stream()).toList()));
            var tables = new chatshare.experiment.SweepTables.Plan(loaded.resolved().get("sweep"), sets, plan.plannedRuns());
            var columns = new Sweep.Columns(params, List.copyOf(loaded.config().firms.keySet()), tables);
            outcomes = Sweep.run(config, sets, plan, dir, parallelRuns, resume, columns, progress::stepTo);
        }
        long failed = outcomes.stream().filter(o -> !o.ok()).count();
        if (plan.adaptive() && !quiet.on()) {
            spec.commandLine().getErr().println(plan.report(outcomes));
        }
        if (!quiet.on() || failed > 0) {
            spec.commandLine().getErr().printf("%s: %d runs, %d failed -> %s%n", loaded.name(), outcomes.size(), failed,
                    dir.resolve("runs.csv"));
        }
        return failed > 0 ? Main.FAILURE : Main.OK;
    }

    /** k/N with 0 <= k < N: this shard runs runs k, k + N, ... of the plan (whole points k, k + N, ... when adaptive). */
    static int[] parseShard(String shard) {
        String[] kn = shard.split("/");
        int k;
        int n;
        try {
            k = Integer.parseInt(kn[0]);
            n = Integer.parseInt(kn[1]);
        } catch (RuntimeException e) {
            throw new BadInputException("--shard " + shard + ": expected k/N with 0 <= k < N, e.g. 0/4");
        }
        if (kn.length != 2 || n < 1 || k < 0 || k >= n) {
            throw new BadInputException("--shard " + shard + ": expected k/N with 0 <= k < N, e.g. 0/4");
        }
        return new int[] {k, n};
    }
}
