package chatshare.cli;

import chatshare.analysis.Convergence;
import chatshare.analysis.ResultFolder;
import chatshare.analysis.SummaryTable;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** chatshare summarize DIR: summary.csv and convergence.csv from the run files of a folder. */
@Command(name = "summarize", mixinStandardHelpOptions = true,
        description = "Recompute DIR/summary.csv (per point x firm: final and mean share, revenue, time to 10%%, exit; "
                + "mean, sd, 95%% CI) and DIR/convergence.csv (CI half-width by number of replicates) from a run or sweep folder.")
final class SummarizeCommand implements Callable<Integer> {
    private static final int SHOWN = 10;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "A sweep folder (runs.csv) or a run folder (firms.csv)")
    Path dir;

    @Option(names = "--precision", paramLabel = "H", defaultValue = "0.01",
            description = "Warn where the 95%% CI half-width of a final share is above H (default: ${DEFAULT-VALUE})")
    double precision;

    @Mixin
    QuietOption quiet;

    @Override
    public Integer call() throws Exception {
        if (!(precision > 0)) {
            throw new BadInputException("--precision must be positive (got " + precision + ")");
        }
        ResultFolder folder = open(dir);
        SummaryTable summary = SummaryTable.of(folder);
        try (OutputLock lock = OutputLock.claim(dir)) {
            summary.write(dir.resolve("summary.csv"), folder.params);
            Convergence.write(dir.resolve("convergence.csv"), folder.params, summary);
        }
        List<String> shortfalls = Convergence.shortfalls(summary, precision);
        if (!quiet.on() && !shortfalls.isEmpty()) {
            java.io.PrintWriter err = spec.commandLine().getErr();
            err.printf("summarize: %d point x firm rows miss the precision %s:%n", shortfalls.size(), precision);
            shortfalls.stream().limit(SHOWN).forEach(line -> err.println("  " + line));
            if (shortfalls.size() > SHOWN) {
                err.println("  ... (all rows: convergence.csv)");
            }
        }
        return Main.OK;
    }

    /** The sweep section a sweep folder was made with (recorded in its manifest.json). */
    static chatshare.config.SweepConfig sweepOf(Path dir) throws java.io.IOException {
        return chatshare.config.Json.PLAIN.fromJson(chatshare.experiment.SweepTables.readPlan(dir).sweep(),
                chatshare.config.SweepConfig.class);
    }

    /** Opens a result folder; a folder that is not one is bad input. */
    static ResultFolder open(Path dir) throws java.io.IOException {
        try {
            return ResultFolder.open(dir);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }
}
