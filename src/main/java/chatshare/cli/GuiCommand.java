package chatshare.cli;

import chatshare.config.ConfigLoader;
import chatshare.gui.MarketWithUI;
import chatshare.gui.Snapshot;
import chatshare.model.Market;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import javax.swing.SwingUtilities;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** chatshare gui CONFIG: the MASON Console on the same model as run, or --snapshot PNGs. */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = "Open the MASON Console on a config (play, pause, step, inspectors, charts), "
                + "or with --snapshot run --ticks N and write PNGs of the preference map and share chart.")
final class GuiCommand implements Callable<Integer> {
    @Parameters(paramLabel = "CONFIG", arity = "0..1", description = "Experiment config (JSON); not with --replay")
    Path config;

    @Option(names = "--replay", arity = "2", paramLabel = "DIR RUN_ID", hideParamSyntax = true,
            description = "Watch a stored run: its folder and run id (or key); same config, seed and trajectory")
    List<String> replay;

    @Option(names = "--sample", paramLabel = "N", defaultValue = "20000",
            description = "Users drawn on the preference map (default: ${DEFAULT-VALUE})")
    int sample;

    @Option(names = "--snapshot", paramLabel = "PNG",
            description = "Run without the Console and write the preference map to PNG and the share chart to PNG's name + -shares.png")
    Path snapshot;

    @Mixin
    QuietOption quiet;

    @Mixin
    RunOptions options;

    @Override
    public Integer call() throws Exception {
        if (sample < 1) {
            throw new BadInputException("--sample must be at least 1 (got " + sample + ")");
        }
        ConfigLoader.LoadedConfig loaded = load();
        if (GraphicsEnvironment.isHeadless()) {
            throw new IllegalStateException("no display for the GUI (DISPLAY is not set); on a server use a virtual one: "
                    + "xvfb-run -a ./chatshare gui ..." + (snapshot != null ? " --snapshot " + snapshot : ""));
        }
        Market market = new Market(loaded.config(), loaded.config().market.seed, loaded.config().market.threads);
        if (snapshot != null) {
            return snapshot(loaded, market);
        }
        MarketWithUI gui = new MarketWithUI(market, sample);
        SwingUtilities.invokeAndWait(() -> {
            sim.display.Console console = new sim.display.Console(gui);
            console.setIncrementSeedOnStop(false); // stop + play replays the same run
            console.setWhenShouldEnd(loaded.config().market.ticks);
            console.setVisible(true);
            console.showAllFrames();
            gui.placeConsole(console); // after the frames, so that it stays in front
        });
        Thread.currentThread().join(); // the Console's Quit ends the JVM
        return Main.OK;
    }

    /** The config to watch: a file with its --set overrides, or a stored run's resolved config. */
    private ConfigLoader.LoadedConfig load() throws IOException {
        if ((config == null) == (replay == null)) {
            throw new BadInputException("give either CONFIG or --replay DIR RUN_ID");
        }
        if (replay == null) {
            return options.load(config);
        }
        if (!options.sets.isEmpty() || options.seed != null) {
            throw new BadInputException("--replay shows the stored run exactly; --set and --seed do not apply");
        }
        try {
            var run = chatshare.experiment.StoredRun.find(Path.of(replay.get(0)), replay.get(1));
            // --ticks and --threads say where to stop and how fast, not what happens
            return ConfigLoader.ofResolved(run.config(), run.dir().resolve("manifest.json").toString(),
                    options.modelOverrides()).with(null, options.threads.checked());
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    private int snapshot(ConfigLoader.LoadedConfig loaded, Market market) throws IOException {
        RunCommand.ensureWritable(snapshot.toAbsolutePath().getParent());
        int ticks = loaded.config().market.ticks;
        try (Progress progress = Progress.start(quiet.on(), loaded.name(), ticks, "ticks")) {
            List<Path> files = Snapshot.write(market, sample, ticks, snapshot, progress::stepTo);
            progress.done(loaded.name() + ": " + ticks + " ticks -> " + String.join(", ", files.stream().map(Path::toString).toList()));
        }
        return Main.OK;
    }
}
