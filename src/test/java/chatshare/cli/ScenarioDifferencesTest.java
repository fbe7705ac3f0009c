package chatshare.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chatshare.output.CsvFormat;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** scenarios: paired common-random-number differences against the reference scenario. */
class ScenarioDifferencesTest {
    @TempDir
    Path tmp;

    @Test
    void pairedDifferencesAreZeroForAnIdenticalScenarioAndSignedForAChangedOne() throws Exception {
        Cli.smallConfig(tmp, 12);
        Files.writeString(tmp.resolve("same.json"), "{ \"extends\": \"small.json\" }");
        Files.writeString(tmp.resolve("cheap.json"), "{ \"extends\": \"small.json\", \"firms\": { \"grok\": { \"price\": 2 } } }");
        Path out = tmp.resolve("scenarios");
        Path page = tmp.resolve("SCENARIOS.md");
        Cli r = Cli.run("scenarios", tmp.resolve("same.json").toString(), tmp.resolve("small.json").toString(),
                tmp.resolve("cheap.json").toString(), "--replicates", "4", "--reference", "small", "--out", out.toString(),
                "--markdown", page.toString(), "--quiet");
        assertEquals(0, r.exit(), r.err());
        Map<String, CSVRecord> rows = new HashMap<>();
        try (Reader in = Files.newBufferedReader(out.resolve("scenario-differences.csv"))) {
            for (CSVRecord row : CsvFormat.READ.parse(in)) {
                assertEquals("small", row.get("reference"));
                rows.put(row.get("scenario") + "/" + row.get("firm") + "/" + row.get("output"), row);
            }
        }
        assertEquals(2 * 3 * 5, rows.size(), "two scenarios x three firms x five outputs, the reference left out");
        for (String firm : new String[] {"grok", "chatgpt", "claude"}) {
            CSVRecord same = rows.get("same/" + firm + "/share");
            assertEquals("4", same.get("pairs"));
            assertEquals(0, Double.parseDouble(same.get("mean")), 0, "same seeds, same config: identical runs");
            assertEquals(0, Double.parseDouble(same.get("ci95_high")), 0);
        }
        CSVRecord cheaper = rows.get("cheap/grok/share");
        assertTrue(Double.parseDouble(cheaper.get("ci95_low")) > 0, "a quarter of the price wins share: " + cheaper);
        assertEquals(-6, Double.parseDouble(rows.get("cheap/grok/price").get("mean")), 1e-12);
        String md = Files.readString(page);
        assertTrue(md.contains("## Paired differences against small") && md.contains("| cheap | "), md);
    }

    @Test
    void aReferenceThatIsNotAScenarioIsBadInputBeforeAnyRun() throws Exception {
        Cli.smallConfig(tmp, 12);
        Path out = tmp.resolve("typo");
        Cli r = Cli.run("scenarios", tmp.resolve("small.json").toString(), "--replicates", "2", "--reference", "smal",
                "--out", out.toString(), "--markdown", tmp.resolve("typo.md").toString(), "--quiet");
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("--reference 'smal': not one of the scenarios (small)"), r.err());
        assertTrue(!Files.exists(out), "nothing ran");
    }
}
