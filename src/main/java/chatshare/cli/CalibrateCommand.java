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
                + "around the best, every point on the same --replicates seeds; then an ABC posterior (rejection on the "
                + "hypercube, then --generations of ABC-SMC). Writes candidates.csv, moments.csv, fitted.json (a config "
                + "extending CONFIG), posterior.csv, predictive.csv, identification.csv/.md, posterior-sweep.json, "
                + "posterior-pairs.png and manifest.json.")
final class CalibrateCommand implements Callable<Integer> {
    @Mixin
    CalibrationInputs inputs;

    @Option(names = "--budget", paramLabel = "N", defaultValue = "40",
            description = "Latin hypercube points (default: ${DEFAULT-VALUE})")
    int budget;

    @Option(names = "--rounds", paramLabel = "K", defaultValue = "6",
            description = "Rounds of the compass search around the best point (default: ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--accept", paramLabel = "Q", defaultValue = "0.2",
            description = "ABC: share of the hypercube's points accepted, in (0, 1]; sets the posterior size, "
                    + "round(Q x budget), at least 2 (default: ${DEFAULT-VALUE})")
    double accept;

    @Option(names = "--generations", paramLabel = "G", defaultValue = "2",
            description = "ABC-SMC generations after the rejection step, 0 to 20 (default: ${DEFAULT-VALUE})")
    int generations;

    @Option(names = "--particles", paramLabel = "M", defaultValue = "20",
            description = "Proposals of each ABC-SMC generation, at least the posterior size (default: ${DEFAULT-VALUE})")
    int particles;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        int replicates = inputs.replicates;
        if (budget < 1 || replicates < 1 || rounds < 0) {
            throw new BadInputException("--budget and --replicates must be at least 1 and --rounds at least 0 (got "
                    + budget + ", " + replicates + ", " + rounds + ")");
        }
        if (!(accept > 0 && accept <= 1)) {
            throw new BadInputException("--accept must be in (0, 1] (got " + accept + ")");
        }
        if (generations < 0 || generations > 20) {
            throw new BadInputException("--generations must be in [0, 20] (got " + generations + ")");
        }
        var settings = new Calibration.Settings(budget, replicates, rounds, inputs.options.parallelRuns(), accept,
                generations, particles);
        if (generations > 0 && (particles < settings.posteriorSize() || particles > 100_000)) {
            throw new BadInputException("--particles must be in [" + settings.posteriorSize()
                    + " (the posterior size, --accept x --budget), 100000] (got " + particles + ")");
        }
        CalibrationInputs.Loaded in = inputs.load("calibration", true);
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
