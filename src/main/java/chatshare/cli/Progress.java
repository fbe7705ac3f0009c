package chatshare.cli;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Progress (done/total, rate, ETA) on stderr, or nothing with --quiet. */
final class Progress implements AutoCloseable {
    private final ProgressBar bar;
    private final PrintStream err = System.err;
    private final boolean quiet;
    private boolean closed;

    private Progress(ProgressBar bar, boolean quiet) {
        this.bar = bar;
        this.quiet = quiet;
    }

    static Progress start(boolean quiet, String task, long total, String unit) {
        if (quiet) {
            return new Progress(null, true);
        }
        ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
                .setUnit(" " + unit, 1).showSpeed().setUpdateIntervalMillis(500)
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                // Plain ASCII without colour codes when stderr is a log file rather than a terminal.
                .setStyle(System.console() != null ? ProgressBarStyle.COLORFUL_UNICODE_BLOCK : ProgressBarStyle.ASCII)
                .build();
        return new Progress(bar, false);
    }

    void stepTo(int done) {
        if (bar != null) {
            bar.stepTo(done);
        }
    }

    /** Runs done of the runs known so far (adaptive rounds raise the total). */
    void stepTo(int done, int total) {
        if (bar != null) {
            if (total != bar.getMax()) {
                bar.maxHint(total);
            }
            bar.stepTo(done);
        }
    }

    /** Closes the bar and prints a one-line summary (unless quiet). */
    void done(String summary) {
        close();
        if (!quiet) {
            err.println(summary);
        }
    }

    @Override
    public void close() {
        if (bar != null && !closed) {
            closed = true;
            bar.close();
        }
    }
}
