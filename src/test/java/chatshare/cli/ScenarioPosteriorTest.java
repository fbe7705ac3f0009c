package chatshare.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scenarios --posterior: one draw equal to the config's own values repeats the plain path run for
 * run; several draws give the same page for any thread count, stay paired across scenarios, and
 * split each headline number's variance into parameters and runs.
 */
class ScenarioPosteriorTest {
    @TempDir
    Path tmp;

    /** A calibration folder holding just what --posterior-from reads: posterior.csv and the manifest's parameters. */
    private Path posterior(String name, String... rows) throws IOException {
        Path dir = tmp.resolve(name);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("manifest.json"), "{ \"parameters\": [\"firms.grok.price\", \"firms.chatgpt.price\"] }");
        StringBuilder csv = new StringBuilder("draw,candidate,weight,firms.grok.price,firms.chatgpt.price,m,distance\n");
        for (int i = 0; i < rows.length; i++) {
            csv.append(i).append(',').append(i).append(',').append(rows[i]).append(",0.5,0.1\n");
        }
        Files.writeString(dir.resolve("posterior.csv"), csv);
        return dir;
    }

    private Cli scenarios(String out, String... more) {
        List<String> args = new ArrayList<>(List.of("scenarios", tmp.resolve("small.json").toString(),
                tmp.resolve("same.json").toString(), "--replicates", "2", "--reference", "small", "--out",
                tmp.resolve(out).toString(), "--markdown", tmp.resolve(out).resolve("S.md").toString(), "--quiet"));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    /** The page without its command block (which names the output folder and options). */
    private String page(String out) throws IOException {
        return Files.readString(tmp.resolve(out).resolve("S.md")).replaceFirst("(?s)```bash.*?```", "");
    }

    @Test
    void oneDrawAtTheConfigsOwnValuesRepeatsThePlainPath() throws Exception {
        Cli.smallConfig(tmp, 8);
        Files.writeString(tmp.resolve("same.json"), "{ \"extends\": \"small.json\", \"name\": \"same\" }");
        Path base = posterior("base", "1,8,20"); // small.json's own prices
        assertEquals(0, scenarios("plain").exit());
        Cli r = scenarios("post", "--posterior", "1", "--posterior-from", base.toString());
        assertEquals(0, r.exit(), r.err());
        for (String scenario : List.of("small", "same")) {
            for (String run : List.of("p0000-r000", "p0000-r001")) {
                for (String table : List.of("firms.csv", "market.csv")) {
                    assertArrayEquals(Files.readAllBytes(tmp.resolve("plain").resolve(scenario).resolve("runs").resolve(run)
                            .resolve(table)), Files.readAllBytes(tmp.resolve("post").resolve(scenario).resolve("runs")
                            .resolve(run).resolve(table)), scenario + " " + run + " " + table);
                }
            }
        }
        assertEquals(page("plain"), page("post"), "the same page: tables, differences, no uncertainty section");
        assertArrayEquals(Files.readAllBytes(tmp.resolve("plain/scenario-differences.csv")),
                Files.readAllBytes(tmp.resolve("post/scenario-differences.csv")));
    }

    @Test
    void severalDrawsArePairedAcrossScenariosIndependentOfThreadsAndSplitTheVariance() throws Exception {
        Cli.smallConfig(tmp, 8);
        Files.writeString(tmp.resolve("same.json"), "{ \"extends\": \"small.json\", \"name\": \"same\" }");
        Path post = posterior("cal", "0.5,4,20", "0.25,25,20", "0.25,12,30");
        assertEquals(0, scenarios("one", "--posterior", "4", "--posterior-from", post.toString(), "--threads", "1").exit());
        Cli r = scenarios("two", "--posterior", "4", "--posterior-from", post.toString(), "--threads", "3");
        assertEquals(0, r.exit(), r.err());
        assertEquals(page("one"), page("two"), "the page does not depend on the thread count");
        assertArrayEquals(Files.readAllBytes(tmp.resolve("one/scenario-differences.csv")),
                Files.readAllBytes(tmp.resolve("two/scenario-differences.csv")));
        List<String> runs = Files.readAllLines(tmp.resolve("one/small/runs.csv"));
        assertEquals(1 + 4 * 2, runs.size(), "4 draws x 2 replicates");
        assertTrue(runs.get(1).contains(",4,20,") && runs.get(3).contains(",4,20,") && runs.get(5).contains(",25,20,")
                && runs.get(7).contains(",12,30,"), "systematic resampling: the heavy draw twice, in order: " + runs);
        // same.json is small.json: every pair (draw, replicate) identical, 8 pairs
        String differences = Files.readString(tmp.resolve("one/scenario-differences.csv"));
        assertTrue(differences.contains("same,small,grok,share,8,0,0,0,0"), differences);
        String md = page("one");
        assertTrue(md.contains("## Parameter and run-to-run uncertainty"), md);
        // grok's price ranges over 4..25 across draws: its final share varies mostly with the parameters
        assertTrue(md.contains("| small | grok final share | 4 x 2 |") && md.lines().anyMatch(
                l -> l.startsWith("| small | grok final share") && l.endsWith("| parameters |")), md);
    }

    @Test
    void badPosteriorOptionsAreBadInput() throws Exception {
        Cli.smallConfig(tmp, 8);
        Files.writeString(tmp.resolve("same.json"), "{ \"extends\": \"small.json\", \"name\": \"same\" }");
        Cli missing = scenarios("x", "--posterior", "2", "--posterior-from", tmp.resolve("nowhere").toString());
        assertEquals(2, missing.exit(), missing.err());
        assertTrue(missing.err().contains("nowhere: no posterior.csv"), missing.err());
        assertEquals(1, missing.err().lines().count(), missing.err());
        Cli tooMany = scenarios("x", "--posterior", "1001");
        assertEquals(2, tooMany.exit(), tooMany.err());
        assertTrue(tooMany.err().contains("--posterior must be in [0, 1000]"), tooMany.err());
    }
}
