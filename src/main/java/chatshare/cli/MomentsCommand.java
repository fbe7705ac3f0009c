package chatshare.cli;

import chatshare.calibration.Calibration;
import chatshare.calibration.Evaluator;
import chatshare.calibration.SummaryText;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** chatshare moments CONFIG TARGETS: a config's moments next to the targets, over replicates. */
@Command(name = "moments", mixinStandardHelpOptions = true,
        description = "Measure a config's moments (of a targets file) over --replicates seeds, as calibrate does for "
                + "one candidate: DIR/moments.csv (target, mean, 95%% CI, error) and DIR/manifest.json.")
final class MomentsCommand implements Callable<Integer> {
    @Mixin
    CalibrationInputs inputs;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        int replicates = inputs.replicates;
        if (replicates < 1) {
            throw new BadInputException("--replicates must be at least 1 (got " + replicates + ")");
        }
        CalibrationInputs.Loaded in = inputs.load("moments", false);
        Evaluator.Evaluation e;
        try (OutputLock lock = OutputLock.claim(in.dir());
                Progress progress = Progress.start(inputs.quiet.on(), in.name(), replicates, "runs")) {
            e = Calibration.measure(inputs.config, in.targets(), in.sets(), in.dir(), replicates,
                    inputs.options.parallelRuns(), progress::stepTo);
        }
        if (!inputs.quiet.on()) {
            spec.commandLine().getErr().println("moments " + in.name() + ": " + replicates + " replicates -> " + in.dir());
            SummaryText.moments(in.targets(), e).forEach(spec.commandLine().getErr()::println);
        }
        return Main.OK;
    }
}
