package chatshare.cli;

import chatshare.calibration.Calibration;
import chatshare.calibration.Evaluator;
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

/** chatshare moments CONFIG TARGETS: a config's moments next to the targets, over replicates. */
@Command(name = "moments", mixinStandardHelpOptions = true,
        description = "Measure a config's moments (of a targets file) over --replicates seeds, as calibrate does for "
                + "one candidate: DIR/moments.csv (target, mean, 95%% CI, error) and DIR/manifest.json.")
final class MomentsCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "CONFIG", description = "Experiment config (JSON)")
    Path config;

    @Parameters(index = "1", paramLabel = "TARGETS", description = "Targets file (JSON; its parameters are not used)")
    Path targets;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: results/moments/<config name>/)")
    Path out;

    @Option(names = "--replicates", paramLabel = "R", defaultValue = "4",
            description = "Replicates (seeds) (default: ${DEFAULT-VALUE})")
    int replicates;

    @Mixin
    QuietOption quiet;

    @Mixin
    RunOptions options;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (replicates < 1) {
            throw new BadInputException("--replicates must be at least 1 (got " + replicates + ")");
        }
        List<String> sets = options.overridesExceptThreads();
        Targets t = Targets.load(targets, config, sets, false);
        String name = ConfigLoader.load(config, sets).name();
        Path dir = out != null ? out : Path.of("results", "moments", name);

        Evaluator.Evaluation e;
        try (OutputLock lock = OutputLock.claim(dir); Progress progress = Progress.start(quiet.on(), name, replicates, "runs")) {
            e = Calibration.measure(config, t, sets, dir, replicates, options.parallelRuns(), progress::stepTo);
        }
        if (!quiet.on()) {
            spec.commandLine().getErr().println("moments " + name + ": " + replicates + " replicates -> " + dir);
            SummaryText.moments(t, e).forEach(spec.commandLine().getErr()::println);
        }
        return Main.OK;
    }
}
