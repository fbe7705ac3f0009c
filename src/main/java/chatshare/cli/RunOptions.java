package chatshare.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options shared by commands that load a config: overrides by parameter path. */
final class RunOptions {
    @Option(names = "--set", paramLabel = "path=value",
            description = "Override any parameter by its path, e.g. --set firms.grok.price=8 (repeatable)")
    List<String> sets = new ArrayList<>();

    @Option(names = "--seed", converter = SeedConverter.class,
            description = "Master seed, decimal or 0x-hexadecimal as in the seed column of the CSV files "
                    + "(same as --set market.seed=N)")
    Long seed;

    /** Reads a seed as the CSV files write it (0x...) or as a decimal number. */
    static final class SeedConverter implements picocli.CommandLine.ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            return chatshare.output.CsvFormat.parseSeed(value);
        }
    }

    @Option(names = "--ticks", description = "Weekly ticks to simulate (same as --set market.ticks=N)")
    Integer ticks;

    @Option(names = "--threads", description = "Worker threads, 0 = all cores (results do not depend on it)")
    Integer threads;

    /** The --set list with the shorthand options appended (they win over earlier --set). */
    List<String> overrides() {
        List<String> all = overridesExceptThreads();
        if (threads != null) {
            all.add("market.threads=" + checkThreads(threads));
        }
        return all;
    }

    /** The overrides of the model, for commands whose --threads runs whole runs in parallel instead. */
    List<String> overridesExceptThreads() {
        List<String> all = new ArrayList<>(sets);
        if (threads != null) {
            checkThreads(threads); // before any file is read, like the other option checks
        }
        if (seed != null) {
            all.add("market.seed=" + seed);
        }
        if (ticks != null) {
            all.add("market.ticks=" + ticks);
        }
        return all;
    }

    /** Runs in parallel for such commands: --threads, or all cores when absent or 0. */
    int parallelRuns() {
        return threads == null || checkThreads(threads) == 0 ? Runtime.getRuntime().availableProcessors() : threads;
    }

    /**
     * Checked here, not as market.threads: the error must name the option the user typed. The
     * bound is market.threads' range.
     */
    static int checkThreads(int threads) {
        if (threads < 0 || threads > MAX_THREADS) {
            throw new BadInputException("--threads " + threads + ": expected 0 (all cores) to " + MAX_THREADS);
        }
        return threads;
    }

    /** The upper bound of market.threads (@Range on MarketConfig.threads). */
    static final int MAX_THREADS = (int) rangeMax("threads");

    private static double rangeMax(String field) {
        try {
            return chatshare.config.MarketConfig.class.getField(field).getAnnotation(chatshare.config.Range.class).max();
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }
}
