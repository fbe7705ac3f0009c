package chatshare.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chatshare.config.ConfigLoader;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * calibrate and moments on the small config: bad targets are bad input naming the file and JSON
 * path; the search is deterministic and independent of the thread count; fitted.json repeats the
 * best candidate; on a toy problem whose targets are the moments of known parameter values, the
 * calibration finds those values again.
 */
class CalibrateCommandTest {
    private static final String WINDOW = "\"from\": \"2025-01-06\", \"to\": \"2025-03-30\"";

    @TempDir
    Path tmp;

    /** Targets on the small config (12 weekly ticks from 2025-01-06): grok's paid users and share, chatgpt's paid users. */
    private Path targets(String name, double grokPaid, double grokShare, double chatgptPaid, String parameters)
            throws IOException {
        Path file = tmp.resolve(name);
        Files.writeString(file, """
                {
                  "moments": [
                    { "name": "grok-paid", "firm": "grok", "column": "paidUsers", %s, "target": %s },
                    { "name": "grok-share", "firm": "grok", "column": "shareOfAdopters", %s, "target": %s },
                    { "name": "chatgpt-paid", "firm": "chatgpt", "column": "paidUsers", %s, "target": %s }
                  ],
                  "parameters": { %s }
                }
                """.formatted(WINDOW, grokPaid, WINDOW, grokShare, WINDOW, chatgptPaid, parameters));
        return file;
    }

    private static final String BOX = """
            "firms.grok.price": { "from": 4, "to": 30 }, "firms.chatgpt.price": { "from": 5, "to": 45 }""";

    private Cli calibrate(Path config, Path targets, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("calibrate", config.toString(), targets.toString(), "--out",
                out.toString(), "--quiet"));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void badTargetsAreBadInputNamingTheFileAndJsonPath() throws IOException {
        Path config = Cli.smallConfig(tmp, 12);
        String good = Files.readString(targets("good.json", 1e6, 0.2, 0.5, BOX));
        Map<String, String[]> cases = new LinkedHashMap<>();
        cases.put(good.replace("\"column\": \"paidUsers\"", "\"colum\": \"paidUsers\""),
                new String[] {"moments[0].colum: unknown key 'colum' (did you mean 'column'?)"});
        cases.put(good.replace("\"paidUsers\"", "\"paidUser\""),
                new String[] {"moments[0].column: no numeric column 'paidUser' in firms.csv (did you mean 'paidUsers'?)"});
        cases.put(good.replace("\"paidUsers\"", "\"availableRegions\""),
                new String[] {"moments[0].column: no numeric column 'availableRegions'"});
        cases.put(good.replace("\"firm\": \"grok\"", "\"firm\": \"grk\""),
                new String[] {"moments[0].firm: unknown firm 'grk' (did you mean 'grok'?); known: grok, chatgpt, claude"});
        cases.put(good.replaceFirst("\"column\"", "\"statistic\": \"median\", \"column\""),
                new String[] {"moments[0].statistic: expected one of value, mean, sum, bestResponseGap, got 'median'"});
        cases.put(good.replaceFirst("\"column\"", "\"platform\": \"x\", \"column\""),
                new String[] {"moments[0].platform: applies to the segments table only"});
        cases.put(good.replaceFirst("\"column\"", "\"table\": \"segments\", \"platform\": \"y\", \"column\""),
                new String[] {"moments[0].platform: unknown platform 'y' (did you mean 'x'?)"});
        cases.put(good.replaceFirst("\"column\"", "\"statistic\": \"bestResponseGap\", \"column\""),
                new String[] {"moments[0].statistic: bestResponseGap measures a firm's paid price: give table firms, column price"});
        cases.put(good.replaceFirst("2025-03-30", "2025-06-30"),
                new String[] {"moments[0].to: 2025-01-06 to 2025-06-30 is not inside the run (2025-01-06 to 2025-03-30)"});
        cases.put(good.replace("\"grok-share\"", "\"grok-paid\""),
                new String[] {"moments[1].name: duplicate name 'grok-paid' (also moments[0])"});
        cases.put(good.replace("\"firms.grok.price\"", "\"firms.grok.prise\""),
                new String[] {"parameters.firms.grok.prise: unknown key 'prise' (did you mean 'price'?)"});
        cases.put(good.replace("\"firms.grok.price\"", "\"events[0].amount\""),
                new String[] {"parameters.events[0].amount: cannot be calibrated"});
        cases.put(good.replace("\"from\": 4, \"to\": 30", "\"from\": 4, \"to\": 3"),
                new String[] {"parameters.firms.grok.price: give from < to"});
        cases.put(good.replace("\"from\": 5, \"to\": 45", "\"from\": -2, \"to\": 45"),
                new String[] {"parameters.firms.chatgpt.price: expected a number in [0, 1000000], got -2.0"});
        cases.put(good.replace("\"target\": 0.2", "\"target\": 0"),
                new String[] {"moments[1].scale: required when the target is 0"});
        cases.put(good.replace(" }\n  ],", " },\n  ],"), new String[] {"invalid JSON at line"});
        cases.put(good.replace("\"firms.grok.price\": { \"from\": 4, \"to\": 30 }", "\"users.agents\": { \"from\": 1000, \"to\": 3000 }"),
                new String[] {"parameters.users.agents: ", "integer"});
        cases.put(good.replace("\"firms.grok.price\"", "\"market.threads\""),
                new String[] {"parameters.market.threads: cannot be calibrated"});
        cases.put(good.replaceFirst("\"from\": \"2025-01-06\", \"to\": \"2025-03-30\"",
                "\"from\": \"2025-01-08\", \"to\": \"2025-01-10\""), new String[] {"moments[0].from: ", "contains no week start"});
        int k = 0;
        for (Map.Entry<String, String[]> c : cases.entrySet()) {
            Path bad = tmp.resolve("bad" + k++ + ".json");
            Files.writeString(bad, c.getKey());
            Cli r = calibrate(config, bad, tmp.resolve("out"));
            assertEquals(2, r.exit(), c.getValue()[0] + ": " + r.err());
            String line = r.err().lines().findFirst().orElse("");
            assertTrue(line.startsWith("error: " + bad + ": "), "names the targets file: " + r.err());
            for (String part : c.getValue()) {
                assertTrue(line.contains(part), "'" + part + "' not in: " + line);
            }
            assertEquals(1, r.err().lines().count(), r.err());
        }
        Cli noParameters = calibrate(config, targets("none.json", 1e6, 0.2, 0.5, ""), tmp.resolve("out"));
        assertEquals(2, noParameters.exit(), noParameters.err());
        assertTrue(noParameters.err().contains("none.json: parameters: calibrate needs at least one parameter"),
                noParameters.err());
        Cli badBudget = calibrate(config, tmp.resolve("bad0.json"), tmp.resolve("out"), "--budget", "0");
        assertEquals(2, badBudget.exit(), badBudget.err());
    }

    @Test
    void theSearchIsDeterministicAndIndependentOfThreadsAndFittedJsonRepeatsTheBest() throws Exception {
        Path config = Cli.smallConfig(tmp, 12);
        Path targets = targets("t.json", 3.0e4, 0.3, 4.0e4, BOX);
        String[] options = {"--budget", "5", "--replicates", "2", "--rounds", "2", "--set", "users.agents=1500",
            "--accept", "0.4", "--generations", "1", "--particles", "3"};
        List<String> files = List.of("candidates.csv", "moments.csv", "fitted.json", "posterior.csv", "predictive.csv",
                "identification.csv", "identification.md", "posterior-sweep.json");
        Map<String, String> first = new LinkedHashMap<>();
        for (String threads : List.of("1", "3")) {
            Path out = tmp.resolve("t" + threads);
            List<String> args = new ArrayList<>(List.of(options));
            args.addAll(List.of("--threads", threads));
            Cli r = calibrate(config, targets, out, args.toArray(String[]::new));
            assertEquals(0, r.exit(), r.err());
            assertEquals("", r.out(), "stdout stays clean");
            for (String f : files) {
                String text = Files.readString(out.resolve(f));
                assertEquals(first.computeIfAbsent(f, x -> text), text, f + " with " + threads + " threads");
            }
        }
        Path out = tmp.resolve("t1");
        List<CSVRecord> candidates = csv(out.resolve("candidates.csv"));
        assertEquals(List.of("candidate", "phase", "firms.grok.price", "firms.chatgpt.price", "grok-paid",
                "grok-share", "chatgpt-paid", "distance"), candidates.get(0).getParser().getHeaderNames());
        assertTrue(candidates.size() >= 5 && candidates.size() <= 5 + 2 * 2 * 2 + 3,
                "5 design points, then at most 4 a round, then at most 3 ABC proposals");
        assertEquals("lhs", candidates.get(0).get("phase"));
        JsonObject manifest = JsonParser.parseString(Files.readString(out.resolve("manifest.json"))).getAsJsonObject();
        JsonObject best = manifest.getAsJsonObject("best");
        CSVRecord bestRow = candidates.get(best.get("candidate").getAsInt());
        for (CSVRecord c : candidates) {
            assertTrue(Double.parseDouble(c.get("distance")) >= Double.parseDouble(bestRow.get("distance")));
        }
        List<CSVRecord> moments = csv(out.resolve("moments.csv"));
        assertEquals(3, moments.size());
        assertEquals(bestRow.get("grok-share"), moments.get(1).get("mean"), "moments.csv is the best candidate's");

        // fitted.json extends the config (relative to its own folder) with the best values, nothing else.
        Path fitted = out.resolve("fitted.json");
        JsonObject json = JsonParser.parseString(Files.readString(fitted)).getAsJsonObject();
        assertEquals("../small.json", json.get("extends").getAsString());
        assertEquals("small-calibrated", json.get("name").getAsString());
        List<String> sets = new ArrayList<>();
        best.getAsJsonObject("values").entrySet().forEach(e -> sets.add(e.getKey() + "=" + e.getValue().getAsString()));
        JsonObject expected = ConfigLoader.load(config, sets).resolved();
        JsonObject actual = ConfigLoader.load(fitted, List.of()).resolved();
        expected.remove("name");
        actual.remove("name");
        assertEquals(expected, actual, "fitted.json = the config with the best values");
        assertEquals(Double.parseDouble(bestRow.get("firms.grok.price")),
                ConfigLoader.get(actual, "firms.grok.price").getAsDouble());
    }

    @Test
    void recoversKnownParameterValuesFromTheirOwnMoments() throws Exception {
        Path config = Cli.smallConfig(tmp, 12);
        double grokPrice = 12;
        double chatgptPrice = 26;
        String agents = "users.agents=20000"; // fewer agents make the distance too rough to descend reliably
        // The targets: the moments of the true values, on the seeds the calibration will use.
        Path probe = targets("probe.json", 1, 1, 1, "");
        Cli measured = Cli.run("moments", config.toString(), probe.toString(), "--out", tmp.resolve("truth").toString(),
                "--replicates", "3", "--quiet", "--set", agents, "--set", "firms.grok.price=" + grokPrice, "--set",
                "firms.chatgpt.price=" + chatgptPrice);
        assertEquals(0, measured.exit(), measured.err());
        List<CSVRecord> truth = csv(tmp.resolve("truth/moments.csv"));
        Path targets = targets("toy.json", mean(truth, 0), mean(truth, 1), mean(truth, 2), BOX);
        Path out = tmp.resolve("toy");
        Cli r = calibrate(config, targets, out, "--budget", "12", "--replicates", "3", "--rounds", "10", "--set", agents);
        assertEquals(0, r.exit(), r.err());
        JsonObject values = JsonParser.parseString(Files.readString(out.resolve("manifest.json"))).getAsJsonObject()
                .getAsJsonObject("best").getAsJsonObject("values");
        assertEquals(grokPrice, values.get("firms.grok.price").getAsDouble(), 0.05 * (30 - 4), "within 5% of its range");
        assertEquals(chatgptPrice, values.get("firms.chatgpt.price").getAsDouble(), 0.05 * (45 - 5), "within 5% of its range");
    }

    @Test
    void thePosteriorIsWeightedAndMeasuresUnweightedProbesOnlyWhereReported() throws Exception {
        Path config = Cli.smallConfig(tmp, 12);
        Path targets = tmp.resolve("probe.json");
        // grok-paid, grok-share and chatgpt-paid weigh in the distance; the gap probe (weight 0) is only reported
        Files.writeString(targets, Files.readString(targets("base.json", 3.0e4, 0.3, 4.0e4, BOX)).replace(
                "\n  ],", ",\n    { \"name\": \"grok-gap\", \"firm\": \"grok\", \"column\": \"price\", \"statistic\": "
                + "\"bestResponseGap\", \"date\": \"2025-02-20\", \"target\": 0, \"scale\": 0.25, \"weight\": 0 }\n  ],"));
        Path out = tmp.resolve("post");
        Cli r = calibrate(config, targets, out, "--budget", "10", "--replicates", "2", "--rounds", "1", "--accept", "0.3",
                "--generations", "2", "--particles", "6", "--set", "users.agents=1500");
        assertEquals(0, r.exit(), r.err());
        List<CSVRecord> posterior = csv(out.resolve("posterior.csv"));
        assertEquals(3, posterior.size(), "round(0.3 x 10) particles");
        double sum = 0;
        for (CSVRecord p : posterior) {
            sum += Double.parseDouble(p.get("weight"));
            assertTrue(Double.isFinite(Double.parseDouble(p.get("grok-gap"))), "the probe is measured at every draw");
            assertTrue(p.get("distance").length() > 0);
        }
        assertEquals(1, sum, 1e-9, "weights sum to 1");
        List<CSVRecord> candidates = csv(out.resolve("candidates.csv"));
        assertTrue(candidates.stream().allMatch(c -> c.get("grok-gap").isEmpty()), "the search skips the unweighted probe");
        assertTrue(candidates.stream().anyMatch(c -> c.get("phase").equals("abc 2")), "two ABC generations ran");
        List<CSVRecord> moments = csv(out.resolve("moments.csv"));
        assertTrue(Double.isFinite(Double.parseDouble(moments.get(3).get("mean"))), "and measures it at the best point");
        for (CSVRecord p : posterior) { // a draw's other moments are its candidate's: the probe leaves the run unchanged
            CSVRecord c = candidates.get(Integer.parseInt(p.get("candidate")));
            assertEquals(c.get("grok-share"), p.get("grok-share"));
            assertEquals(c.get("firms.grok.price"), p.get("firms.grok.price"));
        }
        List<CSVRecord> predictive = csv(out.resolve("predictive.csv"));
        assertEquals(4, predictive.size());
        for (CSVRecord p : predictive) {
            assertTrue(Double.parseDouble(p.get("p05")) <= Double.parseDouble(p.get("p50"))
                    && Double.parseDouble(p.get("p50")) <= Double.parseDouble(p.get("p95")), p.toString());
            assertTrue(List.of("hit", "miss").contains(p.get("check")));
        }
        List<CSVRecord> id = csv(out.resolve("identification.csv"));
        assertEquals(List.of("firms.grok.price", "firms.chatgpt.price"), id.stream().map(x -> x.get("parameter")).toList());
        for (CSVRecord x : id) {
            assertTrue(Double.parseDouble(x.get("p05")) <= Double.parseDouble(x.get("median"))
                    && Double.parseDouble(x.get("median")) <= Double.parseDouble(x.get("p95")));
            assertTrue(x.get("src_grok-gap").isEmpty(), "no coefficient for a moment the search did not measure");
        }
        assertTrue(Files.size(out.resolve("posterior-pairs.png")) > 1000);
        // plot draws it again from the folder's files alone, the same picture as calibrate's
        Path again = tmp.resolve("again.png");
        Cli plot = Cli.run("plot", out.toString(), "--what", "posterior", "--out", again.toString());
        assertEquals(0, plot.exit(), plot.err());
        assertEquals(java.util.Arrays.toString(pixels(out.resolve("posterior-pairs.png"))),
                java.util.Arrays.toString(pixels(again)), "the same pixels");
        // a box changed since the calibration leaves draws outside it: they go to the edge bins
        Files.writeString(targets, Files.readString(targets).replace("\"from\": 4, \"to\": 30", "\"from\": 29, \"to\": 30"));
        Cli moved = Cli.run("plot", out.toString(), "--what", "posterior", "--out", tmp.resolve("moved.png").toString());
        assertEquals(0, moved.exit(), moved.err());
        Cli notCalibrate = Cli.run("plot", tmp.resolve("nothing-here").toString(), "--what", "posterior");
        assertEquals(2, notCalibrate.exit(), notCalibrate.err());
        assertTrue(notCalibrate.err().contains("no posterior.csv"), notCalibrate.err());
        // the posterior as a sweep design: runs with the sweep command (so with --shard, and on Slurm)
        Cli sweep = Cli.run("sweep", out.resolve("posterior-sweep.json").toString(), "--out", tmp.resolve("sw").toString(),
                "--shard", "0/2", "--quiet", "--set", "users.agents=1500", "--set", "market.ticks=2");
        assertEquals(0, sweep.exit(), sweep.err());
        assertEquals(1 + 3, Files.readAllLines(tmp.resolve("sw/runs.csv")).size(), "half of 3 draws x 2 replicates");

        for (String[] bad : new String[][] {{"--accept", "0"}, {"--generations", "21"}, {"--particles", "1"}}) {
            Cli b = calibrate(config, targets, tmp.resolve("bad"), "--budget", "10", bad[0], bad[1]);
            assertEquals(2, b.exit(), String.join(" ", bad) + ": " + b.err());
            assertTrue(b.err().contains(bad[0] + " must be in"), b.err());
            assertEquals(1, b.err().lines().count(), b.err());
        }
    }

    private static int[] pixels(Path png) throws IOException {
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    private static double mean(List<CSVRecord> moments, int k) {
        return Double.parseDouble(moments.get(k).get("mean"));
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (CSVParser p = CSVParser.parse(file, java.nio.charset.StandardCharsets.UTF_8,
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build())) {
            return p.getRecords();
        }
    }

    @Test
    void aPointTheConfigRefusesIsInfinitelyFarNotFatal() throws Exception {
        Path config = Cli.smallConfig(tmp, 12);
        Path t = targets("order.json", 1e6, 0.2, 0.5, """
                "users.filtering.toleranceMin": { "from": 0, "to": 0.19 },
                "users.filtering.toleranceMax": { "from": 0.01, "to": 0.3 }""");
        Path out = tmp.resolve("order");
        Cli r = calibrate(config, t, out, "--budget", "12", "--replicates", "1", "--rounds", "0");
        assertEquals(0, r.exit(), r.err());
        List<String> candidates = Files.readAllLines(out.resolve("candidates.csv"));
        int distance = List.of(candidates.get(0).split(",")).indexOf("distance");
        long refused = candidates.stream().skip(1).filter(line -> line.split(",", -1)[distance].isEmpty()).count();
        assertTrue(refused > 0 && refused < 12, "some points have min > max and no distance: " + refused);
    }

    @Test
    void aHypercubeWithoutAMeasuredPointIsAClearErrorEvenWhenTheCompassFindsOne() throws Exception {
        Path config = Cli.smallConfig(tmp, 12);
        Path out = tmp.resolve("noprior");
        // the config refuses toleranceMax < toleranceMin: most of this box, but not its top
        Path mostlyRefused = targets("mostly.json", 1e6, 0.2, 0.5, """
                "users.filtering.toleranceMin": { "from": 0.18, "to": 0.2 },
                "users.filtering.toleranceMax": { "from": 0.01, "to": 0.31 }""");
        Cli r = calibrate(config, mostlyRefused, out, "--budget", "1", "--replicates", "1", "--rounds", "2",
                "--accept", "1", "--generations", "0");
        List<CSVRecord> candidates = csv(out.resolve("candidates-failed.csv"));
        assertTrue(candidates.get(0).get("distance").isEmpty() || candidates.get(0).get("distance").equals("Infinity"),
                "the hypercube's one point is refused: " + candidates.get(0));
        assertTrue(candidates.stream().anyMatch(c -> c.get("phase").startsWith("round") && !c.get("distance").isEmpty()
                && !c.get("distance").equals("Infinity")), "and the compass finds a measured point");
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains("no point of the Latin hypercube could be measured"), r.err());
        assertFalse(Files.exists(out.resolve("fitted.json")), "no partial output");
    }

    @Test
    void aCalibrationThatMeasuresNothingLeavesTheEarlierOneIntact() throws Exception {
        Path config = Cli.smallConfig(tmp, 12);
        Path out = tmp.resolve("kept");
        assertEquals(0, calibrate(config, targets("ok.json", 1e6, 0.2, 0.5, BOX), out, "--budget", "3",
                "--replicates", "1", "--rounds", "0").exit());
        byte[] fitted = Files.readAllBytes(out.resolve("fitted.json"));
        byte[] manifest = Files.readAllBytes(out.resolve("manifest.json"));
        // the boxes only touch: every point has toleranceMin > toleranceMax, which the config
        // refuses, so nothing is measured
        Path refused = targets("refused.json", 1e6, 0.2, 0.5, """
                "users.filtering.toleranceMin": { "from": 0.19, "to": 0.2 },
                "users.filtering.toleranceMax": { "from": 0.01, "to": 0.19 }""");
        Cli r = calibrate(config, refused, out, "--budget", "4", "--replicates", "1", "--rounds", "0");
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains("candidates-failed.csv"), r.err());
        assertTrue(Files.readAllLines(out.resolve("candidates-failed.csv")).size() == 5, "header and 4 candidates");
        assertArrayEquals(fitted, Files.readAllBytes(out.resolve("fitted.json")), "the earlier fit stays");
        assertArrayEquals(manifest, Files.readAllBytes(out.resolve("manifest.json")), "and its manifest");
    }
}
