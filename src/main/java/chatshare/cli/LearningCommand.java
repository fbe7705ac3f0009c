package chatshare.cli;

import chatshare.analysis.Interval;
import chatshare.analysis.LearningSummary;
import chatshare.analysis.ResultFolder;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** chatshare learning DIR: the sessions of a sweep whose firms learn (qLearning), summarised per point. */
@Command(name = "learning", mixinStandardHelpOptions = true,
        description = "Summarise the learning sessions (one replicate = one session) of a sweep or run folder: "
                + "DIR/sessions.csv, DIR/learning-summary.csv (periods to convergence, prices, Delta; mean, sd, 95%% CI), "
                + "DIR/impulse-summary.csv and the charts DIR/learning-impulse.png, DIR/learning-delta.png.")
final class LearningCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "A sweep folder (runs.csv) or a run folder whose firms use qLearning")
    Path dir;

    @Mixin
    QuietOption quiet;

    @Override
    public Integer call() throws Exception {
        ResultFolder folder = SummarizeCommand.open(dir);
        LearningSummary summary;
        try {
            summary = LearningSummary.of(folder);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        try (OutputLock lock = OutputLock.claim(dir)) { // one writer per folder, as for summarize
            summary.write(dir);
        }
        if (!quiet.on()) {
            java.io.PrintWriter err = spec.commandLine().getErr();
            for (int point : summary.sessions().keySet()) {
                Interval d = summary.interval(point, LearningSummary.Session::delta);
                long converged = summary.sessions().get(point).stream().filter(LearningSummary.Session::converged).count();
                err.printf("learning: point %d: %d sessions (%d converged), Delta %.3f [%.3f, %.3f]%n", point, d.n(),
                        converged, d.mean(), d.low(), d.high());
            }
        }
        return Main.OK;
    }
}
