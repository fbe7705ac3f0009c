package chatshare.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every run has a key; show prints how to repeat it, and its stored config repeats it byte for byte. */
class ProvenanceTest {
    @TempDir
    static Path tmp;
    static Path sweep;

    @BeforeAll
    static void smallSweep() throws Exception {
        Cli.smallConfig(tmp, 6);
        Path file = tmp.resolve("sweep.json");
        Files.writeString(file, """
                { "extends": "small.json", "name": "prov",
                  "sweep": { "replicates": 2, "seed": 4,
                    "parameters": { "firms.grok.price": { "values": [6, 18] } } } }
                """);
        sweep = tmp.resolve("sweep");
        assertEquals(0, Cli.run("sweep", file.toString(), "--out", sweep.toString(), "--quiet").exit());
    }

    private static String key(String run) throws Exception {
        return JsonParser.parseString(Files.readString(sweep.resolve("runs").resolve(run).resolve("manifest.json")))
                .getAsJsonObject().get("key").getAsString();
    }

    @Test
    void everyRunHasItsOwnKey() throws Exception {
        Set<String> keys = new HashSet<>();
        for (String run : List.of("p0000-r000", "p0000-r001", "p0001-r000", "p0001-r001")) {
            String key = key(run);
            assertTrue(key.matches("[0-9a-f]{64}"), key);
            keys.add(key);
        }
        assertEquals(4, keys.size());
    }

    @Test
    void showFindsARunByIdOrKeyPrefixAndPrintsHowToRepeatIt() throws Exception {
        Cli byId = Cli.run("show", "p0001-r000", sweep.toString());
        assertEquals(0, byId.exit(), byId.err());
        assertTrue(byId.out().contains(key("p0001-r000")));
        assertTrue(byId.out().contains("--set firms.grok.price=18"), "the sweep's repeat command: " + byId.out());
        assertTrue(byId.out().contains("gui --replay"), byId.out());
        Cli byKey = Cli.run("show", key("p0001-r000").substring(0, 10), sweep.toString());
        assertEquals(byId.out(), byKey.out());
        Cli none = Cli.run("show", "p0009-r000", sweep.toString());
        assertEquals(Main.BAD_INPUT, none.exit());
        assertTrue(none.err().contains("no completed run"), none.err());
    }

    @Test
    void theStoredConfigRepeatsTheRunByteForByte() throws Exception {
        Cli config = Cli.run("show", "p0001-r001", sweep.toString(), "--config");
        assertEquals(0, config.exit(), config.err());
        Path saved = tmp.resolve("p0001-r001.json");
        Files.writeString(saved, config.out());
        Path again = tmp.resolve("again");
        Cli repeat = Cli.run("run", saved.toString(), "--out", again.toString(), "--quiet");
        assertEquals(0, repeat.exit(), repeat.err());
        List<String> stored = Files.readAllLines(sweep.resolve("runs/p0001-r001/firms.csv"));
        List<String> repeated = Files.readAllLines(again.resolve("firms.csv"));
        assertEquals(stored.size(), repeated.size());
        for (int i = 1; i < stored.size(); i++) { // the same rows after the run label (run id, replicate)
            assertEquals(afterLabel(stored.get(i)), afterLabel(repeated.get(i)), "row " + i);
        }
        assertNotEquals(key("p0001-r001"), JsonParser.parseString(Files.readString(again.resolve("manifest.json")))
                .getAsJsonObject().get("key").getAsString(), "another run id is another run");
    }

    private static String afterLabel(String row) {
        return row.substring(row.indexOf(',', row.indexOf(',') + 1));
    }
}
