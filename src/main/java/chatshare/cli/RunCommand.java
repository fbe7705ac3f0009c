package chatshare.cli;

import chatshare.config.ConfigLoader;
import chatshare.experiment.SingleRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** chatshare run CONFIG: one simulation, outputs in results/<name>/ or --out. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run one simulation and write firms.csv, market.csv, events.csv (and wide.csv if outputs.wide)"
                + " and manifest.json into DIR; an earlier run's files there are replaced together.")
final class RunCommand implements Callable<Integer> {
    @Parameters(paramLabel = "CONFIG", description = "Experiment config (JSON)")
    Path config;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: results/<config name>/)")
    Path out;

    @Mixin
    QuietOption quiet;

    @Mixin
    RunOptions options;

    @Override
    public Integer call() throws IOException {
        ConfigLoader.LoadedConfig loaded = options.load(config);
        Path dir = out != null ? out : Path.of("results", loaded.name());
        int ticks = loaded.config().market.ticks;
        try (OutputLock lock = OutputLock.claim(dir); Progress progress = Progress.start(quiet.on(), loaded.name(), ticks, "ticks")) {
            SingleRun.Result result = SingleRun.run(loaded.config(), loaded.resolved(), loaded.name(), dir,
                    loaded.config().market.threads, progress::stepTo);
            progress.done(String.format("%s: %d ticks x %d agents in %.1f s -> %s", loaded.name(), ticks,
                    result.agents(), result.loopSeconds(), dir));
        }
        return Main.OK;
    }

    /** Fails early, before any simulation work, when the output directory cannot be written. */
    static void ensureWritable(Path dir) {
        if (dir.toString().isBlank()) {
            // An empty path is the current directory: a typo (--out "$UNSET") would scatter outputs there.
            throw new BadInputException("--out: expected a directory, got an empty path");
        }
        try {
            Files.createDirectories(dir);
            // Named like ChatShare's temporary files, so a kill right here leaves a file the next writer removes.
            Files.delete(Files.createTempFile(dir, ".write-test.", ".partial"));
        } catch (IOException | SecurityException e) {
            throw new BadInputException(dir + ": output directory is not writable (" + e.getMessage() + ")");
        }
    }
}
