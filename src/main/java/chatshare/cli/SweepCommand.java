package chatshare.cli;

import chatshare.config.ConfigLoader;
import chatshare.experiment.Design;
import chatshare.experiment.RunSpec;
import chatshare.experiment.Sweep;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
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

    @Option(names = "--threads", description = "Runs in parallel (default: all cores); results do not depend on it")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--dry-run", description = "List the runs (CSV on stdout) and their count, run nothing")
    boolean dryRun;

    @Option(names = "--set", paramLabel = "path=value", description = "Override a parameter of every run (repeatable)")
    List<String> sets = new java.util.ArrayList<>();

    @Option(names = "--quiet", description = "No progress on stderr")
    boolean quiet;

    @Option(names = "--resume", description = "Skip runs already completed in DIR (same seed)")
    boolean resume;

    @Option(names = "--shard", paramLabel = "k/N", description = "Run only shard k of N (runs k, k+N, ...); combine shards with merge")
    String shard;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ConfigLoader.LoadedConfig loaded = ConfigLoader.load(config, sets);
        var sweep = loaded.config().sweep;
        List<Map<String, Double>> points = Design.points(sweep, config.toString());
        List<RunSpec> all = RunSpec.plan(points, sweep.replicates, sweep.seed, sweep.commonRandomNumbers);
        List<RunSpec> runs = shard == null ? all : shardOf(all, shard);
        checkParameters(all);
        if (dryRun) {
            System.out.println("run,point,replicate,seed,overrides");
            for (RunSpec r : runs) {
                System.out.println(r.id() + "," + r.point() + "," + r.replicate() + "," + r.seed() + ",\""
                        + String.join(" ", r.overrides()) + "\"");
            }
            spec.commandLine().getErr().printf("%d runs (%d points x %d replicates)%n", runs.size(), points.size(), sweep.replicates);
            return Main.OK;
        }
        Path dir = out != null ? out : Path.of("results", loaded.name());
        RunCommand.ensureWritable(dir);
        List<Sweep.Outcome> outcomes;
        try (Progress progress = Progress.start(quiet, loaded.name(), runs.size(), "runs")) {
            List<String> params = new java.util.ArrayList<>(new java.util.LinkedHashSet<>(all.stream()
                    .flatMap(r -> r.values().keySet().stream()).toList()));
            var plan = new chatshare.output.SweepTables.Plan(loaded.resolved().get("sweep"), sets, all.size());
            var columns = new Sweep.Columns(params, List.copyOf(loaded.config().firms.keySet()), plan);
            outcomes = Sweep.run(config, sets, runs, dir, threads, resume, columns, progress::stepTo);
        }
        long failed = outcomes.stream().filter(o -> !o.ok()).count();
        if (!quiet || failed > 0) {
            spec.commandLine().getErr().printf("%s: %d runs, %d failed -> %s%n", loaded.name(), runs.size(), failed, dir.resolve("runs.csv"));
        }
        return failed > 0 ? Main.FAILURE : Main.OK;
    }

    /** Every swept path and the first run's values must load: a bad path or value fails now, not per run. */
    private void checkParameters(List<RunSpec> runs) {
        if (runs.isEmpty()) {
            return;
        }
        for (var value : runs.get(0).values().entrySet()) {
            try {
                ConfigLoader.load(config, concat(sets, List.of(value.getKey() + "=" + value.getValue())));
            } catch (chatshare.config.ConfigException e) {
                String why = e.getMessage().substring(e.getMessage().indexOf(": ") + 2);
                throw new chatshare.config.ConfigException(config + ": sweep.parameters." + value.getKey() + ": " + why);
            }
        }
        ConfigLoader.load(config, concat(sets, runs.get(0).overrides()));
    }

    /** Runs k, k + N, k + 2N, ... of the plan. */
    static List<RunSpec> shardOf(List<RunSpec> runs, String shard) {
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
        return java.util.stream.IntStream.range(0, runs.size()).filter(i -> i % n == k).mapToObj(runs::get).toList();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
