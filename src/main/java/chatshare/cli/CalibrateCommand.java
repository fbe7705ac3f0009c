package chatshare.cli;

import chatshare.calibration.Calibration;
import chatshare.calibration.SummaryText;
import chatshare.calibration.Targets;
import chatshare.config.ConfigLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** chatshare calibrate CONFIG TARGETS: fit the targets' parameters to their moments. */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = "Fit parameters to target moments: a Latin hypercube of --budget points, then a compass search "
                + "around the best, every point on the same --replicates seeds. Writes candidates.csv, moments.csv, "
                + "fitted.json (a config extending CONFIG) and manifest.json.")
final class CalibrateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "CONFIG", description = "Experiment config to calibrate (JSON)")
    Path config;

    @Parameters(index = "1", paramLabel = "TARGETS", description = "Targets file: moments and parameter ranges (JSON)")
    Path targets;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: results/calibration/<config name>/)")
    Path out;

    @Option(names = "--budget", paramLabel = "N", defaultValue = "40",
            description = "Latin hypercube points (default: ${DEFAULT-VALUE})")
    int budget;

    @Option(names = "--replicates", paramLabel = "R", defaultValue = "4",
            description = "Replicates (seeds) per point, the same seeds for every point (default: ${DEFAULT-VALUE})")
    int replicates;

    @Option(names = "--rounds", paramLabel = "K", defaultValue = "6",
            description = "Rounds of the compass search around the best point (default: ${DEFAULT-VALUE})")
    int rounds;

    @Mixin
    QuietOption quiet;

    @Mixin
    RunOptions options;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (budget < 1 || replicates < 1 || rounds < 0) {
            throw new BadInputException("--budget and --replicates must be at least 1 and --rounds at least 0 (got "
                    + budget + ", " + replicates + ", " + rounds + ")");
        }
        List<String> sets = options.overridesExceptThreads();
        Targets t = Targets.load(targets, config, sets);
        String name = ConfigLoader.load(config, sets).name();
        Path dir = out != null ? out : Path.of("results", "calibration", name);

        var settings = new Calibration.Settings(budget, replicates, rounds, options.parallelRuns());
        Calibration.Outcome outcome;
        try (OutputLock lock = OutputLock.claim(dir); Progress progress = Progress.start(quiet.on(), name, Calibration.plannedRuns(t, settings), "runs")) {
            outcome = Calibration.calibrate(config, t, sets, dir, settings, progress::stepTo);
        }
        if (!quiet.on()) {
            SummaryText.calibration(outcome, dir.toString()).forEach(spec.commandLine().getErr()::println);
        }
        return Main.OK;
    }
}
