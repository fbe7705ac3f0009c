package chatshare.cli;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run killed mid-way leaves no file under a final name (and Ctrl-C/SIGTERM leaves no temp file). */
class InterruptedRunTest {
    @TempDir
    Path tmp;

    private Process startLongRun(Path out) throws Exception {
        Path config = Cli.smallConfig(tmp, 100_000);
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "chatshare.cli.Main", "run",
                config.toString(), "--out", out.toString(), "--quiet", "--set", "users.agents=50000")
                .redirectErrorStream(true).redirectOutput(tmp.resolve("log.txt").toFile()).start();
    }

    /** Waits until the run has written rows into its temporary files (so it is really mid-way). */
    private static void awaitPartialFiles(Path out, Process p) {
        await("rows in the run's temporary files").atMost(60, TimeUnit.SECONDS).pollInterval(20, TimeUnit.MILLISECONDS)
                .until(() -> {
                    assertTrue(p.isAlive(), "run ended early");
                    return Files.isDirectory(out) && partialBytes(out) > 0;
                });
    }

    private static long partialBytes(Path out) throws Exception {
        long bytes = 0;
        for (Path partial : partials(out)) {
            try {
                bytes += Files.size(partial);
            } catch (java.nio.file.NoSuchFileException gone) {
                // listed, then committed or removed by the run (its writability probe): not a row in a temp file
            }
        }
        return bytes;
    }

    private static List<Path> partials(Path out) throws Exception {
        try (Stream<Path> files = Files.list(out)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".partial")).toList();
        }
    }

    private static void assertNoFinalFiles(Path out) {
        for (String f : List.of("firms.csv", "market.csv", "events.csv", "wide.csv", "manifest.json")) {
            assertFalse(Files.exists(out.resolve(f)), f + " must not exist after an interrupted run");
        }
    }

    @Test
    void killedRunLeavesNoFinalNamedFile() throws Exception {
        Path out = tmp.resolve("killed");
        Process p = startLongRun(out);
        awaitPartialFiles(out, p);
        p.destroyForcibly().waitFor();
        assertNoFinalFiles(out);
    }

    @Test
    void terminatedRunCleansUpItsTemporaryFiles() throws Exception {
        Path out = tmp.resolve("terminated");
        Process p = startLongRun(out);
        awaitPartialFiles(out, p);
        p.destroy(); // SIGTERM, as Ctrl-C or a Slurm time limit would send
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertNoFinalFiles(out);
        assertTrue(partials(out).isEmpty(), "temporary files removed by the shutdown hook");
        String log = Files.readString(tmp.resolve("log.txt"));
        assertFalse(log.contains("Stream closed"), "a stopped run says it was interrupted: " + log);
        assertTrue(!log.contains("error:") || log.contains("error: interrupted"), log);
    }
}
