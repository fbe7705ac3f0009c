package chatshare.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** summarize (and the other analysis commands) on a real small sweep and a real single run. */
class AnalysisCommandsTest {
    @TempDir
    static Path tmp;
    static Path sweep;
    static Path run;

    @BeforeAll
    static void sweepAndRun() throws Exception {
        Path config = Cli.smallConfig(tmp, 8);
        Path file = tmp.resolve("grid.json");
        Files.writeString(file, """
                { "extends": "small.json", "name": "grid",
                  "sweep": { "design": "grid", "replicates": 4, "seed": 3,
                    "parameters": { "firms.grok.price": { "values": [4, 30] },
                                    "firms.grok.filtering": { "values": [0.1, 0.6] } } } }
                """);
        sweep = tmp.resolve("sweep");
        run = tmp.resolve("run");
        assertEquals(0, Cli.run("sweep", file.toString(), "--out", sweep.toString(), "--quiet").exit());
        assertEquals(0, Cli.run("run", config.toString(), "--out", run.toString(), "--quiet").exit());
    }

    static List<CSVRecord> rows(Path csv) throws Exception {
        try (var reader = Files.newBufferedReader(csv)) {
            return CSVFormat.DEFAULT.builder().setHeader().build().parse(reader).getRecords();
        }
    }

    @Test
    void summarizeRewritesTheSweepsSummaryByteForByteAndIsIdempotent() throws Exception {
        byte[] bySweep = Files.readAllBytes(sweep.resolve("summary.csv"));
        Cli first = Cli.run("summarize", sweep.toString());
        assertEquals(0, first.exit(), first.err());
        assertArrayEquals(bySweep, Files.readAllBytes(sweep.resolve("summary.csv")));
        byte[] convergence = Files.readAllBytes(sweep.resolve("convergence.csv"));
        assertEquals(0, Cli.run("summarize", sweep.toString(), "--quiet").exit());
        assertArrayEquals(convergence, Files.readAllBytes(sweep.resolve("convergence.csv")));
        assertEquals("", first.out());
        // 4 points x 3 firms, each with rows for n = 2, 3, 4 replicates; half-widths exist from n = 2.
        List<CSVRecord> conv = rows(sweep.resolve("convergence.csv"));
        assertEquals(4 * 3 * 3, conv.size());
        assertTrue(conv.stream().allMatch(r -> Double.parseDouble(r.get("finalShare_ci95_halfWidth")) >= 0));
        CSVRecord summary = rows(sweep.resolve("summary.csv")).get(0);
        assertTrue(Double.parseDouble(summary.get("revenue_mean")) > 0, "revenue over the horizon is summarised");
    }

    @Test
    void summarizeWarnsWhereReplicatesAreTooFewForThePrecision() {
        Cli strict = Cli.run("summarize", sweep.toString(), "--precision", "1e-9");
        assertEquals(0, strict.exit());
        assertTrue(strict.err().contains("needed"), strict.err());
        Cli loose = Cli.run("summarize", sweep.toString(), "--precision", "1");
        assertEquals("", loose.err());
    }

    @Test
    void summarizeReadsASingleRunAsOnePointWithOneReplicate() throws Exception {
        assertEquals(0, Cli.run("summarize", run.toString(), "--quiet").exit());
        List<CSVRecord> summary = rows(run.resolve("summary.csv"));
        assertEquals(3, summary.size());
        assertEquals("1", summary.get(0).get("replicates"));
    }

    @Test
    void aFolderWithoutResultsIsBadInput() {
        Cli r = Cli.run("summarize", tmp.toString());
        assertEquals(Main.BAD_INPUT, r.exit());
        assertTrue(r.err().contains("not a result folder"), r.err());
    }
}
