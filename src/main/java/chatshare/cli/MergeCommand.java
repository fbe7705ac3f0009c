package chatshare.cli;

import chatshare.experiment.Merge;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** chatshare merge DIR...: combine sweep shards into the first directory. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Combine the output directories of sweep shards (--shard k/N) into the first one.")
final class MergeCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", arity = "1..*", description = "Shard output directories; the first receives the result")
    List<Path> dirs;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Merge.Result merged;
        try (OutputLock lock = OutputLock.claim(dirs.get(0))) {
            merged = Merge.merge(dirs);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        spec.commandLine().getErr().printf("merged %d shard%s into %s (%d runs failed or missing)%n", merged.shards(),
                merged.shards() == 1 ? "" : "s", dirs.get(0), merged.failedOrMissing());
        return merged.failedOrMissing() > 0 ? Main.FAILURE : Main.OK;
    }
}
