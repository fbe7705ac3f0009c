package chatshare.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder's files are replaced all or nothing: whichever step of a commit fails (the write-back
 * of any file, moving any earlier file aside, any rename), the folder afterwards holds the
 * earlier complete output byte for byte, and no hidden temporary file.
 */
class FolderCommitTest {
    private static final List<String> OWNED = List.of("a.csv", "b.csv", "summary.csv", "manifest.json");

    @TempDir
    Path dir;

    /** Commits a.csv (and b.csv if asked) plus manifest.json, all with the given text. */
    private static void write(FolderCommit folder, String text, boolean withB) throws IOException {
        for (String name : withB ? List.of("a.csv", "b.csv") : List.of("a.csv", "c.csv")) {
            try (AtomicOutput out = folder.open(name)) {
                out.writer().write(name + " " + text + "\n");
                out.commit();
            }
        }
        try (AtomicOutput out = folder.open("manifest.json")) {
            out.writer().write("{\"run\": \"" + text + "\"}\n");
            out.commit();
        }
        folder.publish("manifest.json");
    }

    /** Every file of the folder (hidden ones too) with its content. */
    private static Map<String, String> contents(Path dir) throws IOException {
        Map<String, String> all = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                all.put(f.getFileName().toString(), Files.readString(f));
            }
        }
        return all;
    }

    @Test
    void aFailureAtAnyStepLeavesTheEarlierOutputIntact() throws IOException {
        try (FolderCommit first = new FolderCommit(dir, OWNED)) {
            write(first, "old", true);
        }
        Files.writeString(dir.resolve("summary.csv"), "derived from the old run\n");
        Files.writeString(dir.resolve("notes.txt"), "the user's own file\n");
        Map<String, String> before = contents(dir);

        int failures = 0;
        for (int step = 0; ; step++) {
            FolderCommit second = new FolderCommit(dir, OWNED);
            second.failAtCheckpoint(step);
            try (second) {
                write(second, "new", false);
            } catch (IOException e) {
                assertTrue(e.getMessage().contains(dir.toString()), "the error names the file: " + e.getMessage());
                assertEquals(before, contents(dir), "step " + step + " failed: the earlier output must be intact");
                failures++;
                continue;
            }
            break;
        }
        // 3 write-backs + 4 earlier files moved aside (manifest, a, b, summary) + 3 renames
        assertEquals(10, failures, "every step of the commit was made to fail once");
        Map<String, String> after = contents(dir);
        assertEquals(Map.of("a.csv", "a.csv new\n", "c.csv", "c.csv new\n", "manifest.json", "{\"run\": \"new\"}\n",
                "notes.txt", "the user's own file\n"), after,
                "exactly the new output: b.csv and summary.csv (owned, not rewritten) removed, the unknown file kept");
    }

    @Test
    void leftoversOfAKilledWriterAreRemovedAndNothingElse() throws IOException {
        Files.writeString(dir.resolve(".firms.csv.3fa2b1.partial"), "half a table");
        Files.writeString(dir.resolve(".write-test.8812345678901234567.partial"), "");
        Files.writeString(dir.resolve("firms.csv"), "kept");
        Files.writeString(dir.resolve(".hidden-user-file"), "kept");
        Files.writeString(dir.resolve("my.partial"), "kept: not a ChatShare name");
        assertEquals(2, FolderCommit.removeLeftovers(dir));
        assertEquals(List.of(".hidden-user-file", "firms.csv", "my.partial"), List.copyOf(contents(dir).keySet()));
    }

    @Test
    void aFileNotCommittedIsRemovedWhenTheFolderCloses() throws IOException {
        try (FolderCommit folder = new FolderCommit(dir, OWNED)) {
            folder.open("a.csv").writer().write("never committed");
            try (AtomicOutput b = folder.open("b.csv")) {
                b.writer().write("committed, never published");
                b.commit();
            }
        }
        assertTrue(contents(dir).isEmpty(), "no temporary file stays: " + contents(dir));
    }
}
