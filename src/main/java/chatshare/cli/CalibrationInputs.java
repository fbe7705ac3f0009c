package chatshare.cli;

import chatshare.calibration.Targets;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What calibrate and moments share: CONFIG TARGETS, --out, --replicates, --quiet and the run options. */
final class CalibrationInputs {
    @Parameters(index = "0", paramLabel = "CONFIG", description = "Experiment config (JSON)")
    Path config;

    @Parameters(index = "1", paramLabel = "TARGETS",
            description = "Targets file: moments and parameter ranges (JSON; moments ignores the ranges)")
    Path targets;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: results/<command>/<config name>/)")
    Path out;

    @Option(names = "--replicates", paramLabel = "R", defaultValue = "4",
            description = "Replicates (seeds), the same seeds for every candidate (default: ${DEFAULT-VALUE})")
    int replicates;

    @Mixin
    QuietOption quiet = new QuietOption();

    @Mixin
    RunOptions options = new RunOptions();

    /** The overrides, checked targets, config name and output folder of one command. */
    record Loaded(List<String> sets, Targets targets, String name, Path dir) {
    }

    /** Loads the targets against the config; withRanges: check the parameter ranges too (calibrate). */
    Loaded load(String command, boolean withRanges) {
        List<String> sets = options.overridesExceptThreads();
        Targets t = Targets.load(targets, config, sets, withRanges);
        String name = t.base.name();
        return new Loaded(sets, t, name, out != null ? out : Path.of("results", command, name));
    }
}
