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
    static Path morris;

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
        Path morrisFile = tmp.resolve("morris.json");
        Files.writeString(morrisFile, """
                { "extends": "small.json", "name": "morris",
                  "sweep": { "design": "morris", "samples": 4, "levels": 4, "seed": 5,
                    "parameters": { "firms.grok.price": { "from": 4, "to": 30 },
                                    "firms.grok.filtering": { "from": 0.05, "to": 0.6 },
                                    "platforms.x.bundles[0].bonus": { "from": 0, "to": 1.5 } } } }
                """);
        morris = tmp.resolve("morris");
        assertEquals(0, Cli.run("sweep", morrisFile.toString(), "--out", morris.toString(), "--quiet").exit());
    }

    /** Distinct colours in a PNG: a blank or one-colour image has 1 or 2. */
    static int colours(Path png) throws Exception {
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }

    @Test
    void sensitivityGivesOneRowPerParameterForAMorrisDesignAndRefusesAGrid() throws Exception {
        Cli r = Cli.run("sensitivity", morris.toString(), "--firm", "grok");
        assertEquals(0, r.exit(), r.err());
        List<CSVRecord> rows = rows(morris.resolve("sensitivity.csv"));
        assertEquals(List.of("firms.grok.price", "firms.grok.filtering", "platforms.x.bundles[0].bonus"),
                rows.stream().map(x -> x.get("parameter")).toList());
        for (CSVRecord row : rows) {
            assertEquals("4", row.get("effects"), "one effect per trajectory");
            assertTrue(Double.parseDouble(row.get("muStar")) >= Math.abs(Double.parseDouble(row.get("mu"))) - 1e-15);
        }
        Cli grid = Cli.run("sensitivity", sweep.toString(), "--firm", "grok");
        assertEquals(Main.BAD_INPUT, grid.exit());
        assertTrue(grid.err().contains("morris or saltelli"), grid.err());
        Cli noFirm = Cli.run("sensitivity", morris.toString(), "--output", "firms.share");
        assertEquals(Main.BAD_INPUT, noFirm.exit());
        Cli badColumn = Cli.run("sensitivity", morris.toString(), "--output", "market.nope");
        assertEquals(Main.BAD_INPUT, badColumn.exit());
        assertTrue(badColumn.err().contains("outsideShare"), "lists the columns: " + badColumn.err());
    }

    @Test
    void everyPlotRendersHeadlessToANonBlankImage() throws Exception {
        assertEquals(0, Cli.run("sensitivity", morris.toString(), "--firm", "grok").exit());
        for (String what : List.of("shares", "prices", "filtering", "cash")) {
            Path png = tmp.resolve("plots/" + what + ".png");
            Cli r = Cli.run("plot", sweep.toString(), "--what", what, "--point", "1", "--out", png.toString());
            assertEquals(0, r.exit(), r.err());
            assertTrue(colours(png) > 5, what + " looks blank");
        }
        Cli heat = Cli.run("plot", sweep.toString(), "--what", "heatmap", "--firm", "grok");
        assertEquals(0, heat.exit(), heat.err());
        assertTrue(colours(sweep.resolve("plots/heatmap-grok.png")) > 5);
        Cli bars = Cli.run("plot", morris.toString(), "--what", "sensitivity", "--firm", "grok");
        assertEquals(0, bars.exit(), bars.err());
        assertTrue(colours(morris.resolve("plots/sensitivity-grok.png")) > 3);
        Path svg = tmp.resolve("compare.svg");
        Cli compare = Cli.run("plot", sweep.toString(), run.toString(), "--firm", "grok", "--out", svg.toString());
        assertEquals(0, compare.exit(), compare.err());
        assertTrue(Files.readString(svg).contains("<svg"));
    }

    @Test
    void plotRefusesWhatItCannotDraw() {
        assertEquals(Main.BAD_INPUT, Cli.run("plot", sweep.toString(), "--what", "pie").exit());
        Cli compare = Cli.run("plot", sweep.toString(), run.toString());
        assertEquals(Main.BAD_INPUT, compare.exit());
        assertTrue(compare.err().contains("--firm"), compare.err());
        assertEquals(Main.BAD_INPUT, Cli.run("plot", morris.toString(), "--what", "heatmap").exit(), "3 parameters");
        assertEquals(Main.BAD_INPUT, Cli.run("plot", sweep.toString(), "--out", tmp.resolve("x.gif").toString()).exit());
    }

    @Test
    void reportLinksChartsThatExist() throws Exception {
        for (Path dir : List.of(sweep, morris, run)) {
            Cli r = Cli.run("report", dir.toString());
            assertEquals(0, r.exit(), r.err());
            String md = Files.readString(dir.resolve("report.md"));
            java.util.regex.Matcher link = java.util.regex.Pattern.compile("\\]\\(([^)]+)\\)").matcher(md);
            int links = 0;
            while (link.find()) {
                assertTrue(Files.exists(dir.resolve(link.group(1))), dir + ": broken link " + link.group(1));
                links++;
            }
            assertTrue(links >= 5, dir + ": " + links + " links");
        }
        assertTrue(Files.readString(sweep.resolve("report.md")).contains("heatmap-grok.png"));
        assertTrue(Files.readString(morris.resolve("report.md")).contains("sensitivity-claude.png"));
    }

    /** Regression: the report named the folder by its bare name, so its plot command failed. */
    @Test
    void reportSaysWhichPointsItShowsAndItsCommandForTheOthersWorks() throws Exception {
        assertEquals(0, Cli.run("report", morris.toString()).exit());
        String md = Files.readString(morris.resolve("report.md"));
        assertTrue(md.contains("The first 4 of the 16 design points (points 0–3)"), md);
        java.util.regex.Matcher loop = java.util.regex.Pattern
                .compile("for p in ([0-9 ]+); do ./chatshare plot (\\S+) --point \\$p; done").matcher(md);
        assertTrue(loop.find(), md);
        assertEquals(12, loop.group(1).trim().split(" ").length, "points 4-15");
        Path png = tmp.resolve("other-point.png");
        Cli r = Cli.run("plot", loop.group(2), "--point", loop.group(1).split(" ")[11], "--out", png.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(md.contains("morris-grok.png"), "the mu*-sigma plane of each firm");
    }

    @Test
    void shareBandsStayWithinZeroAndOne() throws Exception {
        org.jfree.ui.Drawable d = chatshare.analysis.Plots.trajectories(
                List.of(chatshare.analysis.ResultFolder.open(sweep)), "shares", 0, null);
        var data = (org.jfree.data.xy.YIntervalSeriesCollection) ((org.jfree.chart.JFreeChart) d).getXYPlot().getDataset();
        boolean anyBand = false;
        for (int s = 0; s < data.getSeriesCount(); s++) {
            for (int t = 0; t < data.getItemCount(s); t++) {
                assertTrue(data.getStartYValue(s, t) >= 0 && data.getEndYValue(s, t) <= 1, data.getSeriesKey(s) + " " + t);
                anyBand |= data.getEndYValue(s, t) > data.getStartYValue(s, t);
            }
        }
        assertTrue(anyBand, "4 replicates give bands");
        var raw = chatshare.analysis.Bands.firms(chatshare.analysis.ResultFolder.open(sweep), 0, "share");
        assertTrue(raw.stream().anyMatch(b -> java.util.Arrays.stream(b.low()).anyMatch(x -> x < 0)),
                "some unclipped t interval of a small share reaches below 0 (what the clipping is for)");
    }

    @Test
    void moreThanFourScenarioLinesBecomeSmallMultiples() throws Exception {
        var folders = List.of(chatshare.analysis.ResultFolder.open(run), chatshare.analysis.ResultFolder.open(sweep),
                chatshare.analysis.ResultFolder.open(morris));
        assertTrue(chatshare.analysis.Plots.trajectories(folders, "shares", 0, "grok") instanceof org.jfree.chart.JFreeChart);
        Path png = tmp.resolve("facets.png");
        Cli r = Cli.run("plot", run.toString(), sweep.toString(), morris.toString(), run.toString(), sweep.toString(),
                "--firm", "grok", "--out", png.toString());
        assertEquals(0, r.exit(), r.err());
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        assertTrue(image.getHeight() > 3 * 200, "5 panels in rows of 2: " + image.getHeight());
        assertTrue(colours(png) > 5);
    }

    @Test
    void morrisPlaneAndSobolErrorBarsAreDrawn() throws Exception {
        assertEquals(0, Cli.run("sensitivity", morris.toString(), "--firm", "grok").exit());
        Cli r = Cli.run("plot", morris.toString(), "--what", "morris", "--firm", "grok");
        assertEquals(0, r.exit(), r.err());
        assertTrue(colours(morris.resolve("plots/morris-grok.png")) > 3);
        var plane = chatshare.analysis.Plots.morris(morris.resolve("sensitivity.csv"), "grok");
        assertEquals(3, plane.getXYPlot().getAnnotations().size(), "one label per parameter");
        java.util.Map<String, double[]> s = new java.util.LinkedHashMap<>();
        s.put("S1", new double[] {0.5, 0.2});
        Path bare = tmp.resolve("bars.png");
        Path withCi = tmp.resolve("bars-ci.png");
        chatshare.analysis.Charts.save(chatshare.analysis.Charts.bars("t", "y", List.of("a", "b"), s), bare);
        chatshare.analysis.Charts.save(chatshare.analysis.Charts.bars("t", "y", List.of("a", "b"), s,
                java.util.Map.of("S1", new double[][] {{0.3, 0.1}, {0.8, 0.25}})), withCi);
        assertTrue(blackPixels(withCi) > blackPixels(bare) + 20, "error bars drawn");
    }

    @Test
    void heatMapLabelsItsCellsAndWhereSlicesLargerSweeps() throws Exception {
        var grid = chatshare.analysis.Plots.heatMap(chatshare.analysis.ResultFolder.open(sweep), "grok");
        assertEquals(4, ((org.jfree.chart.plot.XYPlot) grid.getPlot()).getAnnotations().size(), "a label per cell");
        Path file = tmp.resolve("grid3.json");
        Files.writeString(file, """
                { "extends": "small.json", "name": "grid3", "market": { "ticks": 3 },
                  "sweep": { "design": "grid", "replicates": 1, "seed": 3,
                    "parameters": { "firms.grok.price": { "values": [4, 30] },
                                    "firms.grok.filtering": { "values": [0.1, 0.6] },
                                    "firms.chatgpt.price": { "values": [10, 20] } } } }
                """);
        Path three = tmp.resolve("grid3");
        assertEquals(0, Cli.run("sweep", file.toString(), "--out", three.toString(), "--quiet").exit());
        assertEquals(Main.BAD_INPUT, Cli.run("plot", three.toString(), "--what", "heatmap").exit(), "3 parameters");
        Path png = tmp.resolve("slice.png");
        Cli ok = Cli.run("plot", three.toString(), "--what", "heatmap", "--where", "firms.chatgpt.price=20", "--out",
                png.toString());
        assertEquals(0, ok.exit(), ok.err());
        assertTrue(colours(png) > 5);
        assertEquals(0, Cli.run("plot", three.toString(), "--what", "heatmap", "--where", "firms.chatgpt.price=10",
                "--firm", "grok").exit());
        assertTrue(Files.exists(three.resolve("plots/heatmap-grok-firms.chatgpt.price=10.png")), "a file per slice");
        Cli missing = Cli.run("plot", three.toString(), "--what", "heatmap", "--where", "firms.chatgpt.price=15");
        assertEquals(Main.BAD_INPUT, missing.exit());
        assertTrue(missing.err().contains("firms.chatgpt.price takes 10, 20"), missing.err());
        Cli unknown = Cli.run("plot", three.toString(), "--what", "heatmap", "--where", "firms.nope=1");
        assertEquals(Main.BAD_INPUT, unknown.exit());
        assertTrue(unknown.err().contains("swept: firms.grok.price, firms.grok.filtering, firms.chatgpt.price"), unknown.err());
    }

    private static int blackPixels(Path png) throws Exception {
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                n += (image.getRGB(x, y) & 0xFFFFFF) == 0 ? 1 : 0;
            }
        }
        return n;
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

    @Test
    void scenariosRunsReplicatesOfEachConfigAndComparesThemOnOnePage() throws Exception {
        Path cheap = tmp.resolve("cheap.json");
        Files.writeString(cheap, "{ \"extends\": \"small.json\", \"firms\": { \"grok\": { \"price\": 2 } } }");
        Path page = tmp.resolve("doc/SCENARIOS.md");
        Cli r = Cli.run("scenarios", tmp.resolve("small.json").toString(), cheap.toString(), "--replicates", "3",
                "--out", tmp.resolve("scenarios").toString(), "--markdown", page.toString(), "--quiet");
        assertEquals(0, r.exit(), r.err());
        assertEquals(3, rows(tmp.resolve("scenarios/cheap/runs.csv")).size());
        String md = Files.readString(page);
        assertTrue(md.contains("| small | 3 |") && md.contains("| cheap | 3 |"), md);
        for (String png : List.of("grok-shares.png", "grok-cash.png", "small-shares.png", "cheap-shares.png")) {
            assertTrue(colours(tmp.resolve("doc/img/scenarios").resolve(png)) > 5, png);
            assertTrue(md.contains("img/scenarios/" + png), png);
        }
        assertEquals(Main.BAD_INPUT, Cli.run("scenarios", cheap.toString(), "--replicates", "1").exit());
        Cli typo = Cli.run("scenarios", cheap.toString(), "--firm", "grk", "--out", tmp.resolve("typo").toString());
        assertEquals(Main.BAD_INPUT, typo.exit());
        assertTrue(typo.err().contains("grok") && !Files.exists(tmp.resolve("typo")), "checked before any run: " + typo.err());
        Files.createDirectories(tmp.resolve("other"));
        Files.writeString(tmp.resolve("other/cheap.json"), "{ \"extends\": \"../small.json\" }");
        Cli twins = Cli.run("scenarios", cheap.toString(), tmp.resolve("other/cheap.json").toString());
        assertEquals(Main.BAD_INPUT, twins.exit());
        assertTrue(twins.err().contains("two scenarios named 'cheap'"), twins.err());
    }

    @Test
    void plotsRenderInAHeadlessJvm() throws Exception {
        Path png = tmp.resolve("headless/shares.png");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), "chatshare.cli.Main",
                "plot", sweep.toString(), "--out", png.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), output);
        assertTrue(colours(png) > 5);
    }

    @Test
    void morrisEffectsFollowTheDesignPoints() throws Exception {
        // With fixed pricing, grok's final price IS the swept firms.grok.price: its elementary effect over the
        // range [4, 30] is exactly 26 with no spread, and the other parameters have none. Wrong point order fails.
        Cli r = Cli.run("sensitivity", morris.toString(), "--output", "firms.price", "--firm", "grok");
        assertEquals(0, r.exit(), r.err());
        for (CSVRecord row : rows(morris.resolve("sensitivity.csv"))) {
            boolean price = row.get("parameter").equals("firms.grok.price");
            // firms.csv rounds prices to cents: up to 0.01 / (2/3) per effect
            assertEquals(price ? 26.0 : 0.0, Double.parseDouble(row.get("mu")), 0.02, row.get("parameter"));
            assertEquals(price ? 26.0 : 0.0, Double.parseDouble(row.get("muStar")), 0.02, row.get("parameter"));
            assertEquals(0.0, Double.parseDouble(row.get("sigma")), 0.02, row.get("parameter"));
        }
    }

    @Test
    void convergenceHalfWidthsAreThoseOfTheFirstNReplicatesInRunsCsv() throws Exception {
        assertEquals(0, Cli.run("summarize", sweep.toString(), "--quiet").exit());
        double[] shares = rows(sweep.resolve("runs.csv")).stream().filter(r -> r.get("point").equals("2"))
                .mapToDouble(r -> Double.parseDouble(r.get("finalShare_claude"))).toArray();
        List<CSVRecord> conv = rows(sweep.resolve("convergence.csv")).stream()
                .filter(r -> r.get("point").equals("2") && r.get("firm").equals("claude")).toList();
        assertEquals(shares.length - 1, conv.size());
        for (CSVRecord row : conv) {
            int n = Integer.parseInt(row.get("replicates"));
            chatshare.analysis.Interval ci = chatshare.analysis.Interval.of(java.util.Arrays.copyOf(shares, n));
            assertEquals(ci.high() - ci.mean(), Double.parseDouble(row.get("finalShare_ci95_halfWidth")), 1e-12);
        }
    }

    @Test
    void aListDesignThatOmitsAParameterAndAFolderWithoutCompletedRuns() throws Exception {
        Path list = tmp.resolve("list.json");
        Files.writeString(list, """
                { "extends": "small.json", "name": "list", "market": { "ticks": 3 },
                  "sweep": { "design": "list", "points": [ { "firms.grok.price": 5 }, { "firms.grok.filtering": 0.3 } ] } }
                """);
        Path dir = tmp.resolve("list");
        assertEquals(0, Cli.run("sweep", list.toString(), "--out", dir.toString(), "--quiet").exit());
        Cli r = Cli.run("summarize", dir.toString(), "--quiet");
        assertEquals(0, r.exit(), r.err());
        assertEquals("", rows(dir.resolve("summary.csv")).get(0).get("firms.grok.filtering"), "omitted: empty cell");

        Path failed = tmp.resolve("failed"); // a sweep whose every run failed
        Files.createDirectories(failed);
        Files.writeString(failed.resolve("runs.csv"), Files.readString(dir.resolve("runs.csv")).replace(",ok,", ",failed,"));
        Cli none = Cli.run("report", failed.toString());
        assertEquals(Main.BAD_INPUT, none.exit());
        assertTrue(none.err().contains("no completed run"), none.err());
    }
}
