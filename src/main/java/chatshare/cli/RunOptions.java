package chatshare.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options shared by commands that load a config: overrides by parameter path, seed, ticks, threads. */
final class RunOptions extends SetOptions {
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

    @Mixin
    ThreadsOption threads = new ThreadsOption();

    /** The --set list with the shorthand options appended (they win over earlier --set). */
    List<String> overrides() {
        List<String> all = overridesExceptThreads();
        if (threads.checked() != null) {
            all.add("market.threads=" + threads.checked());
        }
        return all;
    }

    /** The overrides of the model, for commands whose --threads runs whole runs in parallel instead. */
    List<String> overridesExceptThreads() {
        threads.checked(); // before any file is read, like the other option checks
        List<String> all = new ArrayList<>(sets);
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
        return threads.parallelRuns();
    }
}
