package chatshare.cli;

import chatshare.config.ConfigLoader;
import java.nio.file.Path;
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

    /**
     * Loads the config with the --set overrides and --ticks, then the typed --seed and --threads
     * (they win over a --set of the same key).
     */
    ConfigLoader.LoadedConfig load(Path config) {
        Integer workers = threads.checked(); // before any file is read, like the other option checks
        return ConfigLoader.load(config, modelOverrides()).with(seed, workers);
    }

    /** The --set list with --ticks appended: what the model of every run is given. */
    List<String> modelOverrides() {
        List<String> all = new ArrayList<>(sets);
        if (ticks != null) {
            all.add("market.ticks=" + ticks);
        }
        return all;
    }

    /**
     * The overrides with --seed as market.seed, for commands that reload the config for many runs
     * (calibrate, moments) and whose --threads runs whole runs in parallel instead.
     */
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
