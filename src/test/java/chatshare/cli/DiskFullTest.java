package chatshare.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chatshare.testing.Skip;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rerun into a folder on a really full file system (a small tmpfs; mounting one needs root):
 * at every amount of free space the folder afterwards holds either the earlier complete run,
 * byte for byte, or the new complete run, never a mix, and the error names the file. The rerun
 * is longer, so its tables need more room than the earlier run's free when deleted.
 */
class DiskFullTest {
    @TempDir
    Path tmp;
    private Path mount;

    private boolean mountTmpfs(Path at) throws IOException, InterruptedException {
        Files.createDirectories(at);
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", at.toString())
                .redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        boolean ok = p.waitFor() == 0;
        Skip.unless(ok, "DiskFullTest: cannot mount a tmpfs (needs root and mount rights): " + said);
        mount = at;
        return ok;
    }

    @AfterEach
    void unmount() throws Exception {
        if (mount != null) {
            // Fails while a file on the mount is still open: a failed commit must close every file it opened.
            assertEquals(0, new ProcessBuilder("umount", mount.toString()).inheritIO().start().waitFor(),
                    "umount " + mount);
        }
    }

    @Test
    void aRunThatFillsTheDiskLeavesTheEarlierRunOrTheNewOneNeverAMix() throws Exception {
        mountTmpfs(tmp.resolve("mnt"));
        Path config = Cli.smallConfig(tmp, 8);
        Path out = mount.resolve("run");
        Cli first = Cli.run("run", config.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, first.exit(), first.err());
        Map<String, String> earlier = files(out);
        assertConsistent(out);

        Path filler = mount.resolve("filler");
        int failures = 0;
        boolean succeeded = false;
        for (long free = 0; free <= 256 * 1024 && !succeeded; free += 4096) {
            fillLeaving(filler, free);
            Cli again = Cli.run("run", config.toString(), "--out", out.toString(), "--quiet", "--seed", "8", "--ticks", "40");
            if (again.exit() == 0) {
                succeeded = true;
                assertTrue(!files(out).equals(earlier), "the new run replaced the earlier one");
            } else {
                failures++;
                assertEquals(1, again.exit(), again.err());
                assertTrue(again.err().contains(out.toString()) && again.err().contains("No space left on device"),
                        "the error names the file and the cause: " + again.err());
                assertEquals(earlier, files(out), free + " bytes free: the earlier run must be intact");
            }
            assertConsistent(out);
        }
        assertTrue(failures > 0, "the disk was full for some runs");
        assertTrue(succeeded, "with enough space the rerun succeeds");
    }

    @Test
    void aSweepThatFillsTheDiskLeavesConsistentFolders() throws Exception {
        mountTmpfs(tmp.resolve("mnt"));
        Path config = Cli.smallSweep(tmp, 2);
        Path out = mount.resolve("sweep");
        assertEquals(0, Cli.run("sweep", config.toString(), "--out", out.toString(), "--quiet").exit());
        assertConsistent(out);

        Path filler = mount.resolve("filler");
        int failures = 0;
        boolean succeeded = false;
        for (long free = 0; free <= 512 * 1024 && !succeeded; free += 8192) {
            fillLeaving(filler, free);
            // More replicates: the 4 runs done are reused, 2 new ones and the combined tables need room.
            Cli again = Cli.run("sweep", config.toString(), "--out", out.toString(), "--quiet", "--resume",
                    "--set", "sweep.replicates=3");
            succeeded = again.exit() == 0;
            failures += succeeded ? 0 : 1;
            assertConsistent(out);
            try (Stream<Path> runs = Files.list(out.resolve("runs"))) {
                for (Path run : runs.toList()) {
                    if (Files.exists(run.resolve("manifest.json"))) {
                        assertConsistent(run);
                    } else {
                        assertEquals(Map.of(), files(run), "a run that never completed leaves no file: " + run);
                    }
                }
            }
        }
        assertTrue(failures > 0, "the disk was full for some sweeps");
        assertTrue(succeeded, "with enough space the sweep succeeds");
    }

    /** Fills the mount with one file, so that free bytes stay free. */
    private void fillLeaving(Path filler, long free) throws IOException {
        Files.deleteIfExists(filler);
        long fill = Files.getFileStore(mount).getUsableSpace() - free;
        Files.write(filler, new byte[(int) Math.max(0, fill)]);
    }

    /** Every file, hidden ones too (the lock file aside: it holds the writer's process id), by content hash. */
    private static Map<String, String> files(Path dir) throws Exception {
        Map<String, String> all = new TreeMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path f : list.toList()) {
                if (!f.getFileName().toString().equals(OutputLock.FILE) && !Files.isDirectory(f)) {
                    all.put(f.getFileName().toString(), sha256(f));
                }
            }
        }
        return all;
    }

    /** The manifest lists exactly the tables present, with their checksums (a sweep's status.json and runs/ aside). */
    private static void assertConsistent(Path dir) throws Exception {
        JsonObject m = JsonParser.parseString(Files.readString(dir.resolve("manifest.json"))).getAsJsonObject();
        JsonObject listed = m.getAsJsonObject("files");
        for (String name : listed.keySet()) {
            assertEquals(listed.getAsJsonObject(name).get("sha256").getAsString(), sha256(dir.resolve(name)), name);
        }
        Map<String, String> present = files(dir);
        present.remove("manifest.json");
        present.remove("status.json");
        assertEquals(listed.keySet(), present.keySet(), "no file besides the manifest's, no temporary file");
    }

    private static String sha256(Path f) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
    }
}
