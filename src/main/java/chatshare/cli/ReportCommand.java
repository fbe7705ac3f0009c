package chatshare.cli;

import chatshare.analysis.Report;
import chatshare.analysis.ResultFolder;
import chatshare.config.SweepConfig;
import chatshare.experiment.Design;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** chatshare report DIR: report.md with the folder's charts and tables. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write DIR/report.md: final shares with CIs, trajectory charts, a heat map (2-parameter grid), "
                + "sensitivity indices (morris, saltelli), replicate adequacy; charts in DIR/plots/.")
final class ReportCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "A run or sweep folder")
    Path dir;

    @Option(names = "--precision", paramLabel = "H", defaultValue = "0.01",
            description = "Target 95%% CI half-width of final shares (default: ${DEFAULT-VALUE})")
    double precision;

    @Override
    public Integer call() throws Exception {
        ResultFolder folder = SummarizeCommand.open(dir);
        SweepConfig sweep = null;
        List<Map<String, Double>> points = List.of();
        if (!folder.params.isEmpty()) {
            sweep = SummarizeCommand.sweepOf(dir);
            points = Design.points(sweep, dir.resolve("manifest.json").toString());
        }
        Path report;
        try (OutputLock lock = OutputLock.claim(dir)) {
            report = Report.write(folder, sweep, points, precision);
        }
        spec.commandLine().getErr().println("report: " + report);
        return Main.OK;
    }
}
