package chatshare.cli;

import chatshare.analysis.ResultFolder;
import chatshare.analysis.RunOutput;
import chatshare.analysis.Sensitivity;
import chatshare.config.SweepConfig;
import chatshare.experiment.Design;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** chatshare sensitivity DIR: Morris or Sobol indices of a sweep folder, to DIR/sensitivity.csv. */
@Command(name = "sensitivity", mixinStandardHelpOptions = true,
        description = "Sensitivity indices of one output of a sweep: Morris mu, mu*, sigma (morris design) or Sobol "
                + "first-order and total indices with bootstrap 95%% CIs (saltelli design), written to DIR/sensitivity.csv.")
final class SensitivityCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "A sweep folder with a morris or saltelli design")
    Path dir;

    @Option(names = "--output", paramLabel = "TABLE.COLUMN", defaultValue = "firms.share",
            description = "A column of firms.csv or market.csv (default: ${DEFAULT-VALUE})")
    String output;

    @Option(names = "--firm", paramLabel = "ID", description = "The firm, for a firms.csv column")
    String firm;

    @Option(names = "--mean", description = "Average the column over all ticks instead of taking the final tick")
    boolean mean;

    @Override
    public Integer call() throws Exception {
        RunOutput what;
        try {
            what = RunOutput.parse(output, firm, mean);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        ResultFolder folder = SummarizeCommand.open(dir);
        if (!java.nio.file.Files.isRegularFile(dir.resolve("manifest.json")) || folder.params.isEmpty()) {
            throw new BadInputException(dir + ": not a sweep folder (sensitivity needs a morris or saltelli sweep)");
        }
        SweepConfig sweep = SummarizeCommand.sweepOf(dir);
        List<List<String>> rows;
        try (OutputLock lock = OutputLock.claim(dir)) {
            rows = Sensitivity.write(folder, sweep, Design.points(sweep, dir.resolve("manifest.json").toString()), List.of(what),
                    dir.resolve("sensitivity.csv"));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        spec.commandLine().getErr().printf("sensitivity of %s%s over %d parameters (%s design) -> %s%n", what.label(),
                what.firm().isEmpty() ? "" : " of " + what.firm(),
                rows.size(), sweep.design, dir.resolve("sensitivity.csv"));
        return Main.OK;
    }
}
