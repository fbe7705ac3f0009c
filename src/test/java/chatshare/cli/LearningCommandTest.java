package chatshare.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Learning sessions through the sweep machinery, then the learning summary (a fast variant of the bundled Calvano config). */
class LearningCommandTest {
    @TempDir
    Path dir;

    private Path fastCalvano() throws IOException {
        Path file = dir.resolve("fast.json");
        Files.writeString(file, """
                {
                  "extends": "%s",
                  "name": "fast",
                  "market": { "ticks": 80000 },
                  "firms": {
                    "firm1": { "strategy": { "qExplorationDecay": 2e-4, "qConvergence": 5000 } },
                    "firm2": { "strategy": { "qExplorationDecay": 2e-4, "qConvergence": 5000 } }
                  },
                  "outputs": { "every": 1000 },
                  "sweep": { "replicates": 3 }
                }
                """.formatted(Path.of("experiments/papers/calvano-2020.json").toAbsolutePath()));
        return file;
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file)) {
            return chatshare.output.CsvFormat.READ.parse(r).getRecords();
        }
    }

    @Test
    void sessionsRunAsReplicatesStopAtConvergenceAndAreSummarised() throws IOException {
        Path out = dir.resolve("out");
        Cli sweep = Cli.run("sweep", fastCalvano().toString(), "--out", out.toString(), "--threads", "2", "--quiet");
        assertEquals(0, sweep.exit(), sweep.err());
        for (int r = 0; r < 3; r++) {
            Path run = Files.list(out.resolve("runs")).sorted().toList().get(r);
            List<CSVRecord> firms = read(run.resolve("learning.csv"));
            assertEquals(2, firms.size());
            long decisions = Long.parseLong(firms.get(0).get("decisions"));
            assertTrue(firms.get(0).get("converged").equals("true") && decisions < 80_000, "stopped at convergence");
            // outputs.every thins market.csv to every 1000th tick plus the last one.
            List<CSVRecord> market = read(run.resolve("market.csv"));
            assertEquals(decisions / 1000 + 1 + (decisions % 1000 == 0 ? 0 : 1), market.size());
            assertEquals(decisions, Long.parseLong(market.get(market.size() - 1).get("tick")));
            assertEquals(2 * (1 + chatshare.model.LearningOutcomes.IMPULSE_PERIODS), read(run.resolve("impulse.csv")).size());
        }
        Cli learning = Cli.run("learning", out.toString());
        assertEquals(0, learning.exit(), learning.err());
        assertTrue(learning.err().contains("3 sessions (3 converged)"), learning.err());
        assertEquals(3, read(out.resolve("sessions.csv")).size());
        CSVRecord summary = read(out.resolve("learning-summary.csv")).get(0);
        assertEquals("3", summary.get("sessions"));
        double low = Double.parseDouble(summary.get("deltaLow"));
        double high = Double.parseDouble(summary.get("deltaHigh"));
        double mean = Double.parseDouble(summary.get("deltaMean"));
        assertTrue(low <= mean && mean <= high);
        assertTrue(Files.size(out.resolve("learning-impulse.png")) > 0);
        assertFalse(Files.exists(out.resolve("learning-delta.png")), "no swept parameter, no Delta chart");
    }

    @Test
    void aQTableTooLargeIsBadInputNamingTheKey() throws IOException {
        Cli cli = Cli.run("validate", fastCalvano().toString(), "--set", "firms.firm1.strategy.qMemory=2",
                "--set", "firms.firm1.strategy.qPrices=50");
        assertEquals(2, cli.exit());
        assertTrue(cli.err().contains("firms.firm1.strategy.qPrices") && cli.err().lines().count() == 1, cli.err());
    }

    @Test
    void aFolderWithoutLearningFirmsIsBadInput() throws IOException {
        Path out = dir.resolve("plain");
        assertEquals(0, Cli.run("run", Cli.smallConfig(dir, 3).toString(), "--out", out.toString(), "--quiet").exit());
        Cli cli = Cli.run("learning", out.toString());
        assertEquals(2, cli.exit());
        assertTrue(cli.err().contains("qLearning"), cli.err());
    }
}
