package chatshare.cli;

import chatshare.config.ConfigLoader;
import chatshare.experiment.SweepCheck;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** chatshare validate CONFIG: load and check a config; exit 2 with a one-line error if bad. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a config (and its extends chain and --set overrides) without running it.")
final class ValidateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "CONFIG", description = "Experiment config (JSON)")
    Path config;

    @Mixin
    RunOptions options;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ConfigLoader.LoadedConfig loaded = options.load(config);
        // The sweep section too, as sweep checks it, so that OK means run and sweep both start.
        SweepCheck.points(config, options.overridesExceptThreads(), loaded.config().sweep);
        spec.commandLine().getErr().printf("%s: OK (%d firms, %d agents, %d ticks)%n", config, loaded.config().firms.size(),
                loaded.config().users.agents, loaded.config().market.ticks);
        return Main.OK;
    }
}
