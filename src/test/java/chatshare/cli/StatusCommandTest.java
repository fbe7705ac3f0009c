package chatshare.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chatshare.experiment.SweepStatus;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DIR/status.json while a sweep runs, and `chatshare status DIR`. */
class StatusCommandTest {
    @TempDir
    Path tmp;

    @BeforeEach
    void fastStatus() {
        System.setProperty(SweepStatus.PERIOD_PROPERTY, "100");
    }

    @AfterEach
    void defaultStatus() {
        System.clearProperty(SweepStatus.PERIOD_PROPERTY);
    }

    private Path sweep(String parameters, int replicates) throws Exception {
        Cli.smallConfig(tmp, 6);
        Path file = tmp.resolve("status-sweep.json");
        Files.writeString(file, """
                { "extends": "small.json", "name": "status-sweep",
                  "sweep": { "design": "list", "replicates": %d, "points": %s } }
                """.formatted(replicates, parameters));
        return file;
    }

    private static List<CSVRecord> rows(Path csv) throws Exception {
        return CSVFormat.DEFAULT.builder().setHeader().build().parse(Files.newBufferedReader(csv)).getRecords();
    }

    /** Checks one status and returns it; every read must be whole, valid JSON with consistent counts. */
    private static JsonObject check(String text) {
        JsonObject s = JsonParser.parseString(text).getAsJsonObject();
        JsonObject runs = s.getAsJsonObject("runs");
        int total = runs.get("total").getAsInt();
        int done = runs.get("done").getAsInt();
        int running = runs.get("running").getAsInt();
        int failed = runs.get("failed").getAsInt();
        assertTrue(done >= 0 && running >= 0 && failed >= 0 && failed <= done && done + running <= total, text);
        assertTrue(Set.of("running", "finished", "failed").contains(s.get("state").getAsString()), text);
        Instant started = Instant.parse(s.get("started").getAsString());
        assertTrue(!Instant.parse(s.get("updated").getAsString()).isBefore(started), text);
        assertTrue(s.get("heapUsedMB").getAsDouble() > 0, text);
        assertEquals(Math.min(failed, 100), s.getAsJsonArray("failedRuns").size(), text);
        if (s.has("etaSeconds")) {
            assertTrue(s.get("etaSeconds").getAsLong() >= 0 && s.get("meanRunSeconds").getAsDouble() > 0, text);
        }
        return s;
    }

    @Test
    void statusIsRewrittenWhileTheSweepRunsAndEndsFinished() throws Exception {
        StringBuilder points = new StringBuilder("[");
        for (int p = 0; p < 30; p++) {
            points.append(p == 0 ? "" : ", ").append("{ \"firms.grok.price\": ").append(2 + p).append(" }");
        }
        Path config = sweep(points.append("]").toString(), 2);
        Path out = tmp.resolve("out");
        Path status = out.resolve("status.json");
        AtomicReference<Cli> result = new AtomicReference<>();
        Thread sweep = new Thread(() -> result.set(Cli.run("sweep", config.toString(), "--out", out.toString(),
                "--threads", "2", "--quiet")));
        sweep.start();
        List<JsonObject> seen = new ArrayList<>();
        while (sweep.isAlive()) {
            try {
                seen.add(check(Files.readString(status)));
            } catch (NoSuchFileException e) {
                // not created yet
            }
            sweep.join(15); // the next read after 15 ms, or none once the sweep has ended
        }
        assertEquals(0, result.get().exit(), result.get().err());
        int previous = 0;
        int midway = 0;
        for (JsonObject s : seen) {
            int done = s.getAsJsonObject("runs").get("done").getAsInt();
            assertTrue(done >= previous, "runs done never go back");
            previous = done;
            midway += s.get("state").getAsString().equals("running") && done > 0 && done < 60 ? 1 : 0;
        }
        assertTrue(midway >= 3, "updates seen while the sweep ran: " + midway + " of " + seen.size() + " reads");

        JsonObject last = check(Files.readString(status));
        assertEquals("finished", last.get("state").getAsString());
        List<CSVRecord> index = rows(out.resolve("runs.csv"));
        JsonObject runs = last.getAsJsonObject("runs");
        assertEquals(index.size(), runs.get("total").getAsInt());
        assertEquals(index.size(), runs.get("done").getAsInt());
        assertEquals(0, runs.get("running").getAsInt());
        assertEquals(index.stream().filter(r -> r.get("status").equals("failed")).count(), runs.get("failed").getAsInt());
        assertTrue(last.get("meanRunSeconds").getAsDouble() > 0);
        try (var files = Files.list(out)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".partial")), "no temp files left");
        }

        Cli shown = Cli.run("status", out.toString());
        assertEquals(0, shown.exit(), shown.err());
        List<String> lines = shown.out().lines().toList();
        assertEquals("sweep " + config + ": finished", lines.get(0));
        assertEquals("runs: 60 of 60 done (100%), 0 failed, 0 running, 0 waiting", lines.get(1));
        assertTrue(lines.get(2).matches("mean run [0-9.]+ s; heap [0-9.]+ MB; 2 threads"), lines.get(2));
        assertTrue(lines.get(3).startsWith("started ") && lines.get(3).contains(", ended "), lines.get(3));
        assertEquals(4, lines.size(), shown.out());
        assertEquals("", shown.err());
    }

    @Test
    void failedRunsAreListedWithTheirErrors() throws Exception {
        Path config = sweep("[ { \"firms.grok.price\": 5 }, { \"firms.grok.price\": -1 } ]", 2);
        Path out = tmp.resolve("failing");
        assertEquals(1, Cli.run("sweep", config.toString(), "--out", out.toString(), "--quiet").exit());
        JsonObject s = check(Files.readString(out.resolve("status.json")));
        assertEquals("failed", s.get("state").getAsString());
        assertEquals(2, s.getAsJsonObject("runs").get("failed").getAsInt());
        assertEquals("p0001-r000", s.getAsJsonArray("failedRuns").get(0).getAsJsonObject().get("run").getAsString());
        Cli shown = Cli.run("status", out.toString());
        assertEquals(0, shown.exit(), shown.err());
        assertTrue(shown.out().contains("runs: 4 of 4 done (100%), 2 failed, 0 running, 0 waiting"), shown.out());
        assertTrue(shown.out().contains("failed p0001-r001: --set firms.grok.price=-1: firms.grok.price: expected a number"),
                shown.out());
    }

    @Test
    void aSweepWhoseProcessIsGoneIsShownStoppedNotRunning() throws Exception {
        Path config = sweep("[ { \"firms.grok.price\": 5 } ]", 1);
        Path out = tmp.resolve("killed");
        assertEquals(0, Cli.run("sweep", config.toString(), "--out", out.toString(), "--quiet").exit());
        JsonObject s = check(Files.readString(out.resolve("status.json")));
        assertEquals(ProcessHandle.current().pid(), s.get("pid").getAsLong());
        Process done = new ProcessBuilder("true").start();
        done.waitFor();
        s.addProperty("state", "running"); // as a SIGKILLed sweep leaves it
        s.addProperty("pid", done.pid());
        Files.writeString(out.resolve("status.json"), s.toString());
        String first = Cli.run("status", out.toString()).out().lines().findFirst().orElse("");
        assertTrue(first.contains("stopped: process " + done.pid()) && first.contains("--resume"), first);
    }

    @Test
    void aDirectoryWithoutStatusIsBadInput() throws Exception {
        Cli r = Cli.run("status", tmp.toString());
        assertEquals(2, r.exit());
        assertEquals("", r.out(), "nothing on stdout");
        assertEquals("error: " + tmp + ": no status.json (not the output directory of a sweep, or it has not started)",
                r.err().strip());
        Files.writeString(tmp.resolve("status.json"), "{ \"state\": ");
        Cli broken = Cli.run("status", tmp.toString());
        assertEquals(2, broken.exit());
        assertTrue(broken.err().startsWith("error: " + tmp.resolve("status.json") + ": not a readable sweep status"),
                broken.err());
        assertEquals(1, broken.err().strip().lines().count(), broken.err());
    }

    @Test
    void durationsAreShort() {
        assertEquals("42 s", StatusCommand.duration(42));
        assertEquals("3 min 05 s", StatusCommand.duration(185));
        assertEquals("2 h 07 min", StatusCommand.duration(2 * 3600 + 7 * 60 + 30));
    }
}
