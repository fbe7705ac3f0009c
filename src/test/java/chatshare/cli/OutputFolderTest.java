package chatshare.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Output folders: one writer at a time (a second is refused with exit 2, a killed holder never
 * blocks), and after a commit a folder holds exactly its run's or sweep's files: stale derived
 * files and hidden leftovers of killed writers go, files ChatShare does not write stay.
 */
class OutputFolderTest {
    @TempDir
    Path tmp;

    @Test
    void aSecondWriterIntoTheSameFolderIsRefusedWhileTheFirstHoldsIt() throws Exception {
        Path config = Cli.smallConfig(tmp, 3);
        Path out = tmp.resolve("out");
        try (OutputLock held = OutputLock.claim(out)) {
            for (String command : List.of("run", "sweep")) {
                Cli second = Cli.run(command, config.toString(), "--out", out.toString(), "--quiet");
                assertEquals(2, second.exit(), second.err());
                assertTrue(second.err().contains(out + ": another ChatShare command"), second.err());
                assertEquals(1, second.err().lines().count(), "one line: " + second.err());
            }
            assertFalse(Files.exists(out.resolve("manifest.json")), "the refused writer wrote nothing");
        }
        assertEquals(0, Cli.run("run", config.toString(), "--out", out.toString(), "--quiet").exit(),
                "released: the folder can be written again");
    }

    @Test
    void aLockHeldByAnotherProcessRefusesAndDiesWithIt() throws Exception {
        Path config = Cli.smallConfig(tmp, 3);
        Path out = tmp.resolve("out");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                LockHolder.class.getName(), out.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader said = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("locked", said.readLine(), "the other process holds the folder");
            Cli refused = Cli.run("run", config.toString(), "--out", out.toString(), "--quiet");
            assertEquals(2, refused.exit(), refused.err());
            assertTrue(refused.err().contains("(process " + holder.pid() + ")"), "names the holder: " + refused.err());
        } finally {
            holder.destroyForcibly().waitFor(); // SIGKILL: no cleanup code of the holder runs
        }
        Cli after = Cli.run("run", config.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, after.exit(), "a killed holder's lock is gone with it: " + after.err());
    }

    @Test
    void aRerunLeavesExactlyItsOwnFilesAndTheUsersFiles() throws Exception {
        Path config = Cli.smallConfig(tmp, 3);
        Path out = tmp.resolve("out");
        assertEquals(0, Cli.run("run", config.toString(), "--out", out.toString(), "--quiet").exit());
        assertEquals(0, Cli.run("summarize", out.toString(), "--quiet").exit());
        assertTrue(Files.exists(out.resolve("summary.csv")) && Files.exists(out.resolve("convergence.csv")));
        Files.writeString(out.resolve("notes.txt"), "mine");
        Files.writeString(out.resolve(".firms.csv.1f2e3d4c.partial"), "left by a killed run");

        assertEquals(0, Cli.run("run", config.toString(), "--out", out.toString(), "--quiet", "--seed", "3",
                "--set", "outputs.wide=false").exit());
        Set<String> expected = new TreeSet<>(manifestFiles(out));
        expected.addAll(List.of("manifest.json", "notes.txt", OutputLock.FILE));
        assertEquals(expected, names(out), "the run's files, the user's file and the lock file, nothing else");
    }

    @Test
    void aResumedSweepRemovesLeftoversAndStaleSummaries() throws Exception {
        Path config = Cli.smallSweep(tmp, 2);
        Path out = tmp.resolve("sweep");
        assertEquals(0, Cli.run("sweep", config.toString(), "--out", out.toString(), "--quiet").exit());
        assertEquals(0, Cli.run("summarize", out.toString(), "--quiet").exit());
        Path run = out.resolve("runs").resolve("p0000-r000");
        Files.writeString(out.resolve(".firms.csv.abc.partial"), "left by a killed sweep");
        Files.writeString(run.resolve(".market.csv.0123.partial"), "left by a killed run");

        Cli resumed = Cli.run("sweep", config.toString(), "--out", out.toString(), "--quiet", "--resume");
        assertEquals(0, resumed.exit(), resumed.err());
        Set<String> expected = new TreeSet<>(manifestFiles(out));
        expected.addAll(List.of("manifest.json", "status.json", "runs", OutputLock.FILE));
        assertEquals(expected, names(out), "no convergence.csv of the earlier sweep, no leftover");
        Set<String> runFiles = new TreeSet<>(manifestFiles(run));
        runFiles.add("manifest.json");
        assertEquals(runFiles, names(run), "a reused run folder is cleaned too");
    }

    @Test
    void momentsIntoACalibrationFolderReplacesTheWholeCalibration() throws Exception {
        Path config = Cli.smallConfig(tmp, 4);
        Path targets = tmp.resolve("targets.json");
        Files.writeString(targets, """
                { "moments": [ { "name": "grok-share", "firm": "grok", "column": "shareOfAdopters",
                                 "from": "2025-01-06", "to": "2025-01-27", "target": 0.3 } ],
                  "parameters": { "firms.grok.price": { "from": 4, "to": 30 } } }
                """);
        Path out = tmp.resolve("calibration");
        Cli calibrated = Cli.run("calibrate", config.toString(), targets.toString(), "--out", out.toString(), "--quiet",
                "--budget", "3", "--replicates", "2", "--rounds", "1", "--set", "users.agents=1500");
        assertEquals(0, calibrated.exit(), calibrated.err());
        assertTrue(Files.exists(out.resolve("fitted.json")) && Files.exists(out.resolve("candidates.csv")));

        Cli measured = Cli.run("moments", config.toString(), targets.toString(), "--out", out.toString(), "--quiet",
                "--replicates", "2", "--set", "users.agents=1500");
        assertEquals(0, measured.exit(), measured.err());
        Set<String> expected = new TreeSet<>(manifestFiles(out));
        expected.addAll(List.of("manifest.json", OutputLock.FILE));
        assertEquals(expected, names(out), "no fitted.json or candidates.csv of the earlier calibration");
    }

    private static Set<String> manifestFiles(Path dir) throws Exception {
        return JsonParser.parseString(Files.readString(dir.resolve("manifest.json"))).getAsJsonObject()
                .getAsJsonObject("files").keySet();
    }

    private static Set<String> names(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return new TreeSet<>(files.map(f -> f.getFileName().toString()).toList());
        }
    }
}
