package chatshare.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hold-out moment (issue 19, item 5) is measured and reported with its role, and cannot change
 * the search: the same calibration with and without it evaluates the same points at the same
 * distances and fits the same values, however far the hold-out is from its target.
 */
class HoldoutTest {
    @TempDir
    Path tmp;

    private Path targets(String name, String extraMoment) throws IOException {
        String window = "\"from\": \"2025-01-06\", \"to\": \"2025-03-30\"";
        Path file = tmp.resolve(name);
        Files.writeString(file, """
                {
                  "moments": [
                    { "name": "grok-paid", "firm": "grok", "column": "paidUsers", %s, "target": 3.0e4 },
                    { "name": "chatgpt-paid", "firm": "chatgpt", "column": "paidUsers", %s, "target": 4.0e4 }%s
                  ],
                  "parameters": { "firms.grok.price": { "from": 4, "to": 30 }, "firms.chatgpt.price": { "from": 5, "to": 45 } }
                }
                """.formatted(window, window, extraMoment));
        return file;
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(Files.newBufferedReader(file))) {
            return p.getRecords();
        }
    }

    @Test
    void aHoldoutMomentIsReportedButCannotChangeTheDistanceOrTheSearch() throws Exception {
        Path config = Cli.smallConfig(tmp, 12);
        // Far from its target and heavily weighted: it would dominate the distance if it counted.
        String holdout = """
                ,
                    { "name": "grok-share-late", "firm": "grok", "column": "shareOfAdopters", "statistic": "mean",
                      "from": "2025-03-01", "to": "2025-03-30", "target": 0.99, "weight": 1000, "holdout": true }""";
        Map<String, Path> outs = Map.of("without", tmp.resolve("without"), "with", tmp.resolve("with"));
        for (Map.Entry<String, Path> run : outs.entrySet()) {
            Path t = targets(run.getKey() + ".json", run.getKey().equals("with") ? holdout : "");
            Cli r = Cli.run("calibrate", config.toString(), t.toString(), "--out", run.getValue().toString(), "--quiet",
                    "--budget", "5", "--replicates", "2", "--rounds", "2", "--set", "users.agents=1500");
            assertEquals(0, r.exit(), r.err());
        }
        List<CSVRecord> without = csv(outs.get("without").resolve("candidates.csv"));
        List<CSVRecord> with = csv(outs.get("with").resolve("candidates.csv"));
        assertEquals(without.size(), with.size(), "the same number of points");
        for (int k = 0; k < with.size(); k++) {
            for (String column : List.of("firms.grok.price", "firms.chatgpt.price", "distance")) {
                assertEquals(without.get(k).get(column), with.get(k).get(column), column + " of candidate " + k);
            }
        }
        assertEquals(Files.readString(outs.get("without").resolve("fitted.json")),
                Files.readString(outs.get("with").resolve("fitted.json")));
        Map<String, CSVRecord> moments = csv(outs.get("with").resolve("moments.csv")).stream()
                .collect(Collectors.toMap(m -> m.get("moment"), Function.identity()));
        assertEquals("holdout", moments.get("grok-share-late").get("role"));
        assertEquals("0", moments.get("grok-share-late").get("contribution"));
        assertEquals("fit", moments.get("grok-paid").get("role"));
        double mean = Double.parseDouble(moments.get("grok-share-late").get("mean"));
        assertEquals(mean - 0.99, Double.parseDouble(moments.get("grok-share-late").get("error")), 1e-9,
                "measured and reported like any moment");
    }

    @Test
    void aSegmentOutsideTheSegmentsTableOrUnknownIsBadInput() throws Exception {
        Path config = Cli.smallConfig(tmp, 12);
        String onFirms = """
                ,
                    { "name": "s", "segment": "consumer", "firm": "grok", "column": "users", "target": 1 }""";
        String unknown = """
                ,
                    { "name": "s", "table": "segments", "segment": "consumers", "firm": "grok", "column": "users",
                      "over": "adopters", "target": 1 }""";
        Map<String, String> cases = Map.of(onFirms, "moments[2].segment: applies to the segments table only",
                unknown, "moments[2].segment: expected one of consumer, power, enterprise, got 'consumers' (did you mean 'consumer'?)");
        int k = 0;
        for (Map.Entry<String, String> c : cases.entrySet()) {
            Path t = targets("bad" + k++ + ".json", c.getKey());
            Cli r = Cli.run("calibrate", config.toString(), t.toString(), "--out", tmp.resolve("out").toString(), "--quiet");
            assertEquals(2, r.exit(), r.err());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().contains(t + ": " + c.getValue()), r.err());
        }
    }
}
