package chatshare.cli;

import chatshare.experiment.SweepStatus;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** chatshare status DIR: the progress of a sweep (running or done) from DIR/status.json, on stdout. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Show the progress of a sweep from DIR/status.json (runs done, running, failed, ETA, memory).")
final class StatusCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "Output directory of a sweep (running or finished)")
    Path dir;

    @Override
    public Integer call() {
        Path file = dir.resolve(SweepStatus.FILE);
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(dir + ": no " + SweepStatus.FILE + " (not the output directory of a sweep, or it has"
                    + " not started)");
        }
        List<String> lines;
        try {
            lines = lines(JsonParser.parseString(Files.readString(file)).getAsJsonObject(), Instant.now());
        } catch (IOException | RuntimeException e) {
            throw new BadInputException(file + ": not a readable sweep status (" + e.getMessage() + ")");
        }
        lines.forEach(System.out::println);
        return Main.OK;
    }

    /** A few readable lines from a status.json. */
    static List<String> lines(JsonObject s, Instant now) {
        JsonObject runs = s.getAsJsonObject("runs");
        int total = runs.get("total").getAsInt();
        int done = runs.get("done").getAsInt();
        int running = runs.get("running").getAsInt();
        int failed = runs.get("failed").getAsInt();
        int reused = runs.get("reused").getAsInt();
        String state = s.get("state").getAsString();
        List<String> out = new ArrayList<>();
        String phase = s.get("phase").getAsString();
        boolean adaptive = s.has("adaptive") && s.get("adaptive").getAsBoolean();
        String doing = phase.equals("combining") ? "writing runs.csv and the combined tables"
                : adaptive ? "round " + s.get("round").getAsInt() + " of adaptive replicates; later rounds may add runs"
                : "running the runs";
        boolean gone = state.equals("running") && s.has("pid") && s.get("host").getAsString().equals(SweepStatus.HOST)
                && ProcessHandle.of(s.get("pid").getAsLong()).map(p -> !p.isAlive()).orElse(true);
        out.add("sweep " + s.get("config").getAsString() + ": " + (gone
                ? "stopped: process " + s.get("pid").getAsLong() + " on " + SweepStatus.HOST
                        + " is gone (killed?); --resume continues it"
                : state + (state.equals("running") ? " (" + doing + ")" : "")));
        out.add(String.format("runs: %d of %d done (%d%%), %d failed, %d running, %d waiting%s", done, total,
                total == 0 ? 100 : Math.round(100.0 * done / total), failed, running, Math.max(0, total - done - running),
                reused > 0 ? ", " + reused + " reused from an earlier run" : ""));
        List<String> timing = new ArrayList<>();
        if (s.has("meanRunSeconds")) {
            timing.add(String.format("mean run %.3f s", s.get("meanRunSeconds").getAsDouble()));
        }
        if (state.equals("running") && s.has("etaSeconds")) {
            timing.add("ETA " + duration(s.get("etaSeconds").getAsLong()));
        }
        timing.add(String.format("heap %.1f MB", s.get("heapUsedMB").getAsDouble()));
        timing.add(s.get("threads").getAsInt() + " threads");
        out.add(String.join("; ", timing));
        Instant started = Instant.parse(s.get("started").getAsString());
        Instant updated = Instant.parse(s.get("updated").getAsString());
        if (state.equals("running")) {
            out.add("started " + started + ", updated " + updated + " ("
                    + duration(Math.max(0, Duration.between(updated, now).toSeconds())) + " ago)");
        } else {
            out.add("started " + started + ", ended " + updated + " (took "
                    + duration(Duration.between(started, updated).toSeconds()) + ")");
        }
        if (s.has("error")) {
            out.add("error: " + s.get("error").getAsString());
        }
        for (JsonElement f : s.getAsJsonArray("failedRuns")) {
            JsonObject run = f.getAsJsonObject();
            out.add("failed " + run.get("run").getAsString() + ": " + run.get("error").getAsString());
        }
        int listed = s.getAsJsonArray("failedRuns").size();
        if (failed > listed) {
            out.add("... and " + (failed - listed) + " more failed runs (see runs.csv)");
        }
        return out;
    }

    /** 42 s, 3 min 05 s, 2 h 07 min. */
    static String duration(long seconds) {
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return String.format("%d min %02d s", seconds / 60, seconds % 60);
        }
        return String.format("%d h %02d min", seconds / 3600, seconds % 3600 / 60);
    }
}
