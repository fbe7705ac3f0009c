package chatshare.cli;

import picocli.CommandLine.Option;

/**
 * --threads: a run's worker threads, or how many runs go in parallel for commands that run many
 * (sweep, scenarios, calibrate, moments). Results never depend on it.
 */
final class ThreadsOption {
    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads, 0 = all cores (default: all cores); results do not depend on it")
    Integer threads;

    /** The upper bound of market.threads (@Range on MarketConfig.threads). */
    static final int MAX_THREADS = (int) rangeMax("threads");

    /** The value typed, checked, or null when the option is absent. */
    Integer checked() {
        return threads == null ? null : check(threads);
    }

    /** Runs in parallel for commands that run many: --threads, or all cores when absent or 0. */
    int parallelRuns() {
        Integer n = checked();
        return n == null || n == 0 ? Runtime.getRuntime().availableProcessors() : n;
    }

    /**
     * Checked here, not as market.threads: the error must name the option the user typed. The
     * bound is market.threads' range.
     */
    static int check(int threads) {
        if (threads < 0 || threads > MAX_THREADS) {
            throw new BadInputException("--threads " + threads + ": expected 0 (all cores) to " + MAX_THREADS);
        }
        return threads;
    }

    private static double rangeMax(String field) {
        try {
            return chatshare.config.MarketConfig.class.getField(field).getAnnotation(chatshare.config.Range.class).max();
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }
}
