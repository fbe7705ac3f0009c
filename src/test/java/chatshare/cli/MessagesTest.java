package chatshare.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chatshare.testing.Skip;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Error messages say what is wrong in the user's terms: the option typed, the file, the cause. */
class MessagesTest {
    @TempDir
    Path tmp;

    private static void assertBadInput(Cli r, String... fragments) {
        assertEquals(Main.BAD_INPUT, r.exit(), r.err());
        assertEquals(1, r.err().lines().count(), "one line: " + r.err());
        for (String f : fragments) {
            assertTrue(r.err().contains(f), "'" + f + "' in: " + r.err());
        }
    }

    @Test
    void extendsOfADirectorySaysItIsADirectory() throws Exception {
        Files.createDirectories(tmp.resolve("base"));
        Path config = tmp.resolve("c.json");
        Files.writeString(config, "{ \"extends\": \"base\" }");
        Cli r = Cli.run("validate", config.toString());
        assertBadInput(r, config + ": extends:", "is a directory");
        assertFalse(r.err().contains("not found"), r.err());
        assertBadInput(Cli.run("validate", tmp.resolve("base").toString()), "is a directory");
    }

    @Test
    void aConfigThatIsNotUtf8IsNamedAndSaidSo() throws Exception {
        Path config = tmp.resolve("latin1.json");
        Files.write(config, "{ \"name\": \"caf\u00e9\" }".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Cli r = Cli.run("validate", config.toString());
        assertBadInput(r, config + ": not UTF-8", "0xE9 at offset 14");
        assertFalse(r.err().contains("Input length"), r.err());
    }

    @Test
    void negativeThreadsAreReportedAsTheOptionTyped() throws Exception {
        Path config = Cli.smallConfig(tmp, 2);
        for (String command : List.of("run", "sweep")) {
            Cli r = Cli.run(command, config.toString(), "--threads", "-1", "--out", tmp.resolve(command).toString());
            assertBadInput(r, "--threads -1: expected 0 (all cores) to 1024");
            assertFalse(r.err().contains("market.threads"), r.err());
        }
        assertBadInput(Cli.run("moments", config.toString(), config.toString(), "--threads", "-3"), "--threads -3");
    }

    @Test
    void plotIntoAReadOnlyFolderIsBadInput() throws Exception {
        Path config = Cli.smallConfig(tmp, 3);
        Path run = tmp.resolve("run");
        assertEquals(0, Cli.run("run", config.toString(), "--out", run.toString(), "--quiet").exit());
        Path readOnly = Files.createDirectories(tmp.resolve("ro"));
        boolean mounted = readOnlyMount(readOnly);
        readOnly.toFile().setWritable(false, false);
        try {
            Skip.unless(!Files.isWritable(readOnly), "MessagesTest.plotIntoAReadOnlyFolderIsBadInput: cannot make a "
                    + "read-only folder (root ignores permissions and mounting a read-only tmpfs failed)");
            Cli r = Cli.run("plot", run.toString(), "--out", readOnly.resolve("shares.png").toString());
            assertBadInput(r, readOnly.toString(), "not writable");
        } finally {
            readOnly.toFile().setWritable(true, false);
            if (mounted) {
                new ProcessBuilder("umount", readOnly.toString()).inheritIO().start().waitFor();
            }
        }
    }

    /** A read-only tmpfs over dir (root only): permissions alone do not stop root. */
    private static boolean readOnlyMount(Path dir) throws Exception {
        if (!"root".equals(System.getProperty("user.name"))) {
            return false;
        }
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "ro,size=64k", "tmpfs", dir.toString())
                .redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor() == 0;
    }

    @Test
    void plotIntoAFileWhereAFolderShouldBeIsBadInput() throws Exception {
        Path config = Cli.smallConfig(tmp, 3);
        Path run = tmp.resolve("run");
        assertEquals(0, Cli.run("run", config.toString(), "--out", run.toString(), "--quiet").exit());
        Path file = Files.writeString(tmp.resolve("a-file"), "not a folder");
        assertBadInput(Cli.run("plot", run.toString(), "--out", file.resolve("shares.png").toString()), file.toString());
    }

    @Test
    void mergeCountsTheShardsItRead() throws Exception {
        Path config = Cli.smallSweep(tmp, 1);
        for (int k = 0; k < 2; k++) {
            assertEquals(0, Cli.run("sweep", config.toString(), "--out", tmp.resolve("s" + k).toString(), "--quiet",
                    "--shard", k + "/2").exit());
        }
        Cli merged = Cli.run("merge", tmp.resolve("all").toString(), tmp.resolve("s0").toString(), tmp.resolve("s1").toString());
        assertEquals(0, merged.exit(), merged.err());
        assertTrue(merged.err().startsWith("merged 2 shards into " + tmp.resolve("all")), merged.err());
        try (Stream<Path> runs = Files.list(tmp.resolve("all").resolve("runs"))) {
            assertEquals(2, runs.count());
        }
    }
}
