package chatshare.cli;

import chatshare.experiment.StoredRun;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** chatshare show RUN_ID DIR: how a stored run was made and how to make it again. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Print a stored run's id, key, seed, versions, the command that repeats it and its resolved config.")
final class ShowCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "RUN_ID", description = "Run id (e.g. p0003-r001) or key (>= 8 characters)")
    String run;

    @Parameters(index = "1", paramLabel = "DIR", description = "The run or sweep folder")
    Path dir;

    @Option(names = "--config", description = "Print only the resolved config (JSON), e.g. to save and run it")
    boolean configOnly;

    @Override
    public Integer call() throws Exception {
        StoredRun r;
        try {
            r = StoredRun.find(dir, run);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        String config = chatshare.config.Json.FILE.toJson(r.config());
        PrintStream out = System.out;
        if (configOnly) {
            out.println(config);
            return Main.OK;
        }
        var m = r.manifest();
        out.printf("run      %s (replicate %s, seed %d)%n", r.id(), m.get("replicate").getAsString(), r.seed());
        out.printf("key      %s%n", r.key());
        out.printf("made by  chatshare %s, git %s, Java %s, %s%n", m.get("version").getAsString(),
                m.get("gitCommit").getAsString(), m.get("java").getAsString(), m.get("finished").getAsString());
        String saved = r.id() + ".json";
        out.printf("repeat   ./chatshare show %s %s --config > %s && ./chatshare run %s%n", r.id(), quote(dir), saved, saved);
        if (!r.command().isEmpty()) {
            out.printf("         or, from the sweep's config: %s%n", r.command());
        }
        out.printf("watch    ./chatshare gui --replay %s %s%n", quote(dir), r.id());
        out.println("config");
        out.println(config);
        return Main.OK;
    }

    private static String quote(Path p) {
        return chatshare.output.ShellWords.word(p.toString());
    }
}
