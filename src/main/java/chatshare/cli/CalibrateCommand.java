package chatshare.cli;

import chatshare.calibration.Calibration;
import chatshare.calibration.SummaryText;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** chatshare calibrate CONFIG TARGETS: fit the targets' parameters to their moments. */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = "Fit parameters to target moments: a Latin hypercube of --budget points, then a compass search "
                + "around the best, every point on the same --replicates seeds. Writes candidates.csv, moments.csv, "
                + "fitted.json (a config extending CONFIG) and manifest.json.")
final class CalibrateCommand implements Callable<Integer> {
    @Mixin
    CalibrationInputs inputs;

    @Option(names = "--budget", paramLabel = "N", defaultValue = "40",
            description = "Latin hypercube points (default: ${DEFAULT-VALUE})")
    int budget;

    @Option(names = "--rounds", paramLabel = "K", defaultValue = "6",
            description = "Rounds of the compass search around the best point (default: ${DEFAULT-VALUE})")
    int rounds;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        int replicates = inputs.replicates;
        if (budget < 1 || replicates < 1 || rounds < 0) {
            throw new BadInputException("--budget and --replicates must be at least 1 and --rounds at least 0 (got "
                    + budget + ", " + replicates + ", " + rounds + ")");
        }
        CalibrationInputs.Loaded in = inputs.load("calibration", true);
        var settings = new Calibration.Settings(budget, replicates, rounds, inputs.options.parallelRuns());
        Calibration.Outcome outcome;
        try (OutputLock lock = OutputLock.claim(in.dir());
                Progress progress = Progress.start(inputs.quiet.on(), in.name(), Calibration.plannedRuns(in.targets(), settings), "runs")) {
            outcome = Calibration.calibrate(inputs.config, in.targets(), in.sets(), in.dir(), settings, progress::stepTo);
        }
        if (!inputs.quiet.on()) {
            SummaryText.calibration(outcome, in.dir().toString()).forEach(spec.commandLine().getErr()::println);
        }
        return Main.OK;
    }
}
