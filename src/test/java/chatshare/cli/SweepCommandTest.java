package chatshare.cli;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepCommandTest {
    @TempDir
    Path tmp;

    private Path sweep(String design) throws Exception {
        Cli.smallConfig(tmp, 6);
        Path file = tmp.resolve("sweep.json");
        Files.writeString(file, """
                { "extends": "small.json", "name": "sw",
                  "sweep": { "design": "%s", "replicates": 2, "seed": 9,
                    "parameters": { "firms.grok.price": { "values": [5, 25] } },
                    "points": [ { "firms.grok.price": 5 }, { "firms.grok.price": -1 } ] } }
                """.formatted(design));
        return file;
    }

    private static List<CSVRecord> rows(Path csv) throws Exception {
        return CSVFormat.DEFAULT.builder().setHeader().build().parse(Files.newBufferedReader(csv)).getRecords();
    }

    @Test
    void dryRunListsEveryRunAndItsCount() throws Exception {
        Cli r = Cli.run("sweep", sweep("grid").toString(), "--dry-run");
        assertEquals(0, r.exit(), r.err());
        assertEquals(5, r.out().lines().count(), "header + 2 points x 2 replicates");
        assertTrue(r.err().contains("4 runs (2 points x 2 replicates)"), r.err());
        assertTrue(r.out().contains("p0001-r001,1,1,0x"), "seeds in the CSV form of runs.csv: " + r.out());
    }

    @Test
    void runsAreIdenticalForAnyNumberOfThreadsAndRepeatableFromTheirCommand() throws Exception {
        Path config = sweep("grid");
        Path one = tmp.resolve("one");
        Path three = tmp.resolve("four");
        assertEquals(0, Cli.run("sweep", config.toString(), "--out", one.toString(), "--threads", "1", "--quiet").exit());
        assertEquals(0, Cli.run("sweep", config.toString(), "--out", three.toString(), "--threads", "4", "--quiet").exit());
        List<CSVRecord> index = rows(one.resolve("runs.csv"));
        assertEquals(4, index.size());
        for (CSVRecord run : index) {
            assertEquals("ok", run.get("status"));
            Path firms = Path.of("runs", run.get("run"), "firms.csv");
            assertArrayEquals(Files.readAllBytes(one.resolve(firms)), Files.readAllBytes(three.resolve(firms)), run.get("run"));
        }
        assertEquals(index.get(1).get("seed"), rows(three.resolve("runs.csv")).get(1).get("seed"));
        for (String table : List.of("firms.csv", "market.csv", "events.csv", "summary.csv")) {
            assertArrayEquals(Files.readAllBytes(one.resolve(table)), Files.readAllBytes(three.resolve(table)), table);
        }

        // The sweep's manifest: the sweep as run and the checksums of its files.
        var manifest = com.google.gson.JsonParser.parseString(Files.readString(one.resolve("manifest.json")))
                .getAsJsonObject();
        assertEquals("grid", manifest.getAsJsonObject("sweep").get("design").getAsString());
        assertEquals(4, manifest.get("completedRuns").getAsInt());
        assertEquals(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(one.resolve("summary.csv")))),
                manifest.getAsJsonObject("files").getAsJsonObject("summary.csv").get("sha256").getAsString());

        // Combined firms.csv: every run's rows, with the swept parameter after the seed.
        List<CSVRecord> firms = rows(one.resolve("firms.csv"));
        assertEquals(4 * 6 * 3, firms.size(), "4 runs x 6 ticks x 3 firms");
        assertEquals(List.of("run", "replicate", "seed", "firms.grok.price", "tick"),
                Files.readAllLines(one.resolve("firms.csv")).get(0).lines().map(l -> List.of(l.split(",")).subList(0, 5))
                        .findFirst().orElseThrow());
        assertEquals("25", firms.get(firms.size() - 1).get("firms.grok.price"));

        // summary.csv: one row per point x firm; its mean is the mean of the replicates' final shares.
        List<CSVRecord> summary = rows(one.resolve("summary.csv"));
        assertEquals(2 * 3, summary.size());
        CSVRecord grok = summary.get(0);
        assertEquals("grok", grok.get("firm"));
        assertEquals("2", grok.get("replicates"));
        double expected = (Double.parseDouble(index.get(0).get("finalShare_grok"))
                + Double.parseDouble(index.get(1).get("finalShare_grok"))) / 2;
        assertEquals(expected, Double.parseDouble(grok.get("finalShare_mean")), 1e-12);

        // wide.csv (the small config asks for it): per tick, each firm's share per point over replicates.
        List<CSVRecord> wide = rows(one.resolve("wide.csv"));
        assertEquals(6, wide.size());
        assertEquals(expected, Double.parseDouble(wide.get(5).get("grok@p0000")), 1e-12);
        assertTrue(wide.get(0).isMapped("claude@p0001"));

        // The command in runs.csv repeats a run exactly (same rows apart from the run label).
        CSVRecord run = index.get(3);
        List<String> command = List.of(run.get("command").split(" "));
        assertEquals("./chatshare", command.get(0));
        String[] args = command.subList(1, command.size()).toArray(new String[0]);
        Path again = tmp.resolve("again");
        String[] withOut = Arrays.copyOf(args, args.length + 3);
        withOut[args.length] = "--out";
        withOut[args.length + 1] = again.toString();
        withOut[args.length + 2] = "--quiet";
        assertEquals(0, Cli.run(withOut).exit());
        assertEquals(afterLabel(one.resolve("runs").resolve(run.get("run")).resolve("firms.csv")),
                afterLabel(again.resolve("firms.csv")));
    }

    /** firms.csv rows without the run and replicate columns. */
    private static List<String> afterLabel(Path csv) throws Exception {
        return Files.readAllLines(csv).stream().skip(1).map(l -> l.substring(nthComma(l, 2) + 1)).toList();
    }

    private static int nthComma(String s, int n) {
        int at = -1;
        for (int k = 0; k < n; k++) {
            at = s.indexOf(',', at + 1);
        }
        return at;
    }

    @Test
    void aFailingRunIsRecordedAndTheOthersStillRun() throws Exception {
        Path out = tmp.resolve("list");
        Cli r = Cli.run("sweep", sweep("list").toString(), "--out", out.toString(), "--quiet");
        assertEquals(1, r.exit(), "failed runs make the sweep exit 1: " + r.err());
        List<CSVRecord> index = rows(out.resolve("runs.csv"));
        assertEquals(List.of("ok", "ok", "failed", "failed"), index.stream().map(c -> c.get("status")).toList());
        assertTrue(index.get(2).get("error").contains("firms.grok.price: expected a number in [0, 1000000]"),
                index.get(2).get("error"));
        assertTrue(Files.exists(out.resolve("runs/p0000-r001/firms.csv")));
        // Resuming (as every Slurm task does) records the failures again instead of stopping the sweep.
        Files.delete(out.resolve("runs.csv"));
        Cli resumed = Cli.run("sweep", sweep("list").toString(), "--out", out.toString(), "--quiet", "--resume");
        assertEquals(1, resumed.exit(), resumed.err());
        assertTrue(!resumed.err().contains("error:"), resumed.err());
        assertEquals(List.of("ok", "ok", "failed", "failed"), rows(out.resolve("runs.csv")).stream().map(c -> c.get("status"))
                .toList());
    }

    /** runs.csv without its wall-time column (the only thing that differs between two executions). */
    private static List<String> withoutSeconds(Path runsCsv) throws Exception {
        List<String> out = new java.util.ArrayList<>();
        for (CSVRecord r : rows(runsCsv)) {
            java.util.Map<String, String> m = new java.util.LinkedHashMap<>(r.toMap());
            m.remove("seconds");
            out.add(m.toString());
        }
        return out;
    }

    private static void assertSameSweep(Path expected, Path actual) throws Exception {
        for (String table : List.of("firms.csv", "market.csv", "events.csv", "summary.csv")) {
            assertArrayEquals(Files.readAllBytes(expected.resolve(table)), Files.readAllBytes(actual.resolve(table)), table);
        }
        assertEquals(withoutSeconds(expected.resolve("runs.csv")), withoutSeconds(actual.resolve("runs.csv")));
    }

    @Test
    void shardsMergeIntoWhatOneMachineWrites() throws Exception {
        Path config = sweep("grid");
        Path single = tmp.resolve("single");
        assertEquals(0, Cli.run("sweep", config.toString(), "--out", single.toString(), "--quiet").exit());
        List<String> shards = new java.util.ArrayList<>();
        for (int k = 0; k < 3; k++) {
            Path dir = tmp.resolve("shard" + k);
            shards.add(dir.toString());
            Cli r = Cli.run("sweep", config.toString(), "--out", dir.toString(), "--quiet", "--shard", k + "/3");
            assertEquals(0, r.exit(), r.err());
        }
        assertEquals(2, rows(tmp.resolve("shard0/runs.csv")).size(), "runs 0 and 3 of 4");
        Cli merged = Cli.run(java.util.stream.Stream.concat(java.util.stream.Stream.of("merge"), shards.stream())
                .toArray(String[]::new));
        assertEquals(0, merged.exit(), merged.err());
        assertSameSweep(single, tmp.resolve("shard0"));
        assertEquals(2, Cli.run("sweep", config.toString(), "--shard", "3/3").exit(), "bad shard");

        // A missing shard (shard 0, which now also holds the merge, is left out): runs 0 and 3 are missing.
        Cli partial = Cli.run("merge", tmp.resolve("partial").toString(), shards.get(1), shards.get(2));
        assertEquals(1, partial.exit(), partial.err());
        assertTrue(partial.err().contains("(2 runs failed or missing)"), partial.err());
        // A shard of another sweep (other master seed) is refused.
        Path other = tmp.resolve("other-sweep");
        assertEquals(0, Cli.run("sweep", config.toString(), "--out", other.toString(), "--quiet", "--shard", "2/3",
                "--set", "sweep.seed=10").exit());
        Cli mixed = Cli.run("merge", tmp.resolve("mixed").toString(), shards.get(1), other.toString());
        assertEquals(2, mixed.exit(), mixed.err());
        assertTrue(mixed.err().contains("not a shard of the same sweep"), mixed.err());
        assertEquals(2, Cli.run("merge", tmp.resolve("nothing").toString()).exit(), "not a sweep directory");
    }

    @Test
    void resumeRunsOnlyWhatIsMissingAndRebuildsTheSameFiles() throws Exception {
        Path config = sweep("grid");
        Path dir = tmp.resolve("resumable");
        assertEquals(0, Cli.run("sweep", config.toString(), "--out", dir.toString(), "--quiet").exit());
        Path untouched = dir.resolve("runs/p0000-r000/manifest.json");
        var stamp = Files.getLastModifiedTime(untouched);
        byte[] summary = Files.readAllBytes(dir.resolve("summary.csv"));
        List<String> index = withoutSeconds(dir.resolve("runs.csv"));
        // An interrupted sweep: one run missing and no combined files yet.
        try (var files = Files.walk(dir.resolve("runs/p0001-r000"))) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        Files.delete(dir.resolve("summary.csv"));
        // A time no rerun could write: the check below then needs no pause between the two sweeps.
        stamp = java.nio.file.attribute.FileTime.fromMillis(0);
        Files.setLastModifiedTime(untouched, stamp);
        assertEquals(0, Cli.run("sweep", config.toString(), "--out", dir.toString(), "--quiet", "--resume").exit());
        assertEquals(stamp, Files.getLastModifiedTime(untouched), "a completed run is not run again");
        assertTrue(Files.exists(dir.resolve("runs/p0001-r000/firms.csv")), "the missing run ran");
        assertArrayEquals(summary, Files.readAllBytes(dir.resolve("summary.csv")));
        assertEquals(index, withoutSeconds(dir.resolve("runs.csv")));
    }

    @Test
    void unknownSweptPathsAreRejectedWithThePathAndASuggestion() throws Exception {
        Cli.smallConfig(tmp, 6);
        Path file = tmp.resolve("typo.json");
        Files.writeString(file, """
                { "extends": "small.json",
                  "sweep": { "parameters": { "firms.grok.prise": { "values": [5, 25] } } } }
                """);
        Cli r = Cli.run("sweep", file.toString(), "--dry-run");
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().startsWith("error: " + file + ": sweep.parameters.firms.grok.prise: "), r.err());
        assertTrue(r.err().contains("(did you mean 'price'?)"), r.err());
    }

    @Test
    void anUnwritableOutputDirectoryIsBadInputAndNothingRuns() throws Exception {
        Path blocker = tmp.resolve("blocker");
        Files.writeString(blocker, "a file where the output directory should go");
        Cli r = Cli.run("sweep", sweep("grid").toString(), "--out", blocker.resolve("out").toString(), "--quiet");
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().startsWith("error: ") && r.err().contains("not writable"), r.err());
    }

    @Test
    void bundledSweepsAreValid() throws Exception {
        try (var files = Files.list(Path.of("experiments", "sweeps"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                Cli r = Cli.run("sweep", f.toString(), "--dry-run");
                assertEquals(0, r.exit(), f + ": " + r.err());
            }
        }
    }

    @Test
    void resumeAfterSigkillMidSweepGivesTheSameFiles() throws Exception {
        Cli.smallConfig(tmp, 6);
        Path config = tmp.resolve("long.json");
        Files.writeString(config, """
                { "extends": "small.json", "name": "long",
                  "sweep": { "replicates": 3, "seed": 5,
                    "parameters": { "firms.grok.price": { "from": 2, "to": 40, "step": 2 } } } }
                """);
        Path full = tmp.resolve("full");
        assertEquals(0, Cli.run("sweep", config.toString(), "--out", full.toString(), "--quiet").exit());

        Path killed = tmp.resolve("killed");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "chatshare.cli.Main",
                "sweep", config.toString(), "--out", killed.toString(), "--threads", "1", "--quiet")
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
        await("5 completed runs").atMost(60, TimeUnit.SECONDS).pollInterval(20, TimeUnit.MILLISECONDS)
                .until(() -> completedRuns(killed) >= 5 || !p.isAlive());
        assertTrue(p.isAlive(), "the sweep must still be running when killed");
        p.destroyForcibly().waitFor();
        int done = completedRuns(killed);
        assertTrue(done >= 5 && done < 60, "killed mid-sweep after " + done + " runs");
        assertTrue(!Files.exists(killed.resolve("runs.csv")), "no index under its final name");

        assertEquals(0, Cli.run("sweep", config.toString(), "--out", killed.toString(), "--quiet", "--resume").exit());
        assertSameSweep(full, killed);
    }

    private static int completedRuns(Path dir) throws Exception {
        if (!Files.isDirectory(dir.resolve("runs"))) {
            return 0;
        }
        try (var runs = Files.list(dir.resolve("runs"))) {
            return (int) runs.filter(r -> Files.exists(r.resolve("manifest.json"))).count();
        }
    }

    @Test
    void resumeRerunsRunsWhoseConfigChanged() throws Exception {
        Path config = sweep("grid");
        Path dir = tmp.resolve("changed");
        assertEquals(0, Cli.run("sweep", config.toString(), "--out", dir.toString(), "--quiet").exit());
        assertEquals(0, Cli.run("sweep", config.toString(), "--out", dir.toString(), "--quiet", "--resume",
                "--set", "market.ticks=4").exit());
        assertEquals(4 * 4 * 3, rows(dir.resolve("firms.csv")).size(), "every run re-ran with 4 ticks, not reused");
    }

    @Test
    void shardsWithoutRunsStillMerge() throws Exception {
        Cli.smallConfig(tmp, 4);
        Path config = tmp.resolve("tiny.json");
        Files.writeString(config, """
                { "extends": "small.json", "sweep": { "replicates": 2,
                  "parameters": { "firms.grok.price": { "values": [5] } } } }
                """);
        Path single = tmp.resolve("one-machine");
        assertEquals(0, Cli.run("sweep", config.toString(), "--out", single.toString(), "--quiet").exit());
        List<String> args = new java.util.ArrayList<>(List.of("merge", tmp.resolve("merged").toString()));
        for (int k = 0; k < 4; k++) {
            Path dir = tmp.resolve("s" + k);
            assertEquals(0, Cli.run("sweep", config.toString(), "--out", dir.toString(), "--quiet", "--shard", k + "/4").exit());
            args.add(dir.toString());
        }
        Cli merged = Cli.run(args.toArray(new String[0]));
        assertEquals(0, merged.exit(), merged.err());
        assertSameSweep(single, tmp.resolve("merged"));
    }

    /**
     * Common random numbers: the paired differences between two price points vary far less over
     * replicates than with independent seeds, because both points see the same users and draws.
     */
    @Test
    void commonRandomNumbersShrinkTheVarianceOfPairedDifferences() throws Exception {
        Cli.smallConfig(tmp, 10);
        Path config = tmp.resolve("crn.json");
        Files.writeString(config, """
                { "extends": "small.json", "name": "crn",
                  "sweep": { "replicates": 12, "seed": 3,
                    "parameters": { "firms.grok.price": { "values": [14, 16] } } } }
                """);
        double[] variance = new double[2];
        for (int crn = 0; crn < 2; crn++) {
            Path out = tmp.resolve("crn" + crn);
            Cli r = Cli.run("sweep", config.toString(), "--out", out.toString(), "--quiet",
                    "--set", "sweep.commonRandomNumbers=" + (crn == 1));
            assertEquals(0, r.exit(), r.err());
            List<CSVRecord> index = rows(out.resolve("runs.csv"));
            double[] diff = new double[12];
            for (int k = 0; k < 12; k++) {
                CSVRecord low = index.get(k);
                CSVRecord high = index.get(12 + k);
                assertEquals(low.get("replicate"), high.get("replicate"));
                assertEquals(crn == 1, low.get("seed").equals(high.get("seed")), "CRN: one seed per replicate");
                diff[k] = Double.parseDouble(high.get("finalShare_grok")) - Double.parseDouble(low.get("finalShare_grok"));
            }
            variance[crn] = org.apache.commons.statistics.descriptive.Variance.of(diff).getAsDouble();
        }
        System.err.println("variance of paired differences: independent " + variance[0] + ", CRN " + variance[1]);
        assertTrue(variance[1] < variance[0] / 3, "CRN " + variance[1] + " vs independent " + variance[0]);
    }

    /** Two points: 300 agents (noisy shares) and 6 000 agents; adaptive replicates 3 to 16 for a CI half-width of 0.004. */
    private Path adaptive() throws Exception {
        Cli.smallConfig(tmp, 6);
        Path file = tmp.resolve("adaptive.json");
        Files.writeString(file, """
                { "extends": "small.json", "name": "adaptive",
                  "sweep": { "seed": 4,
                    "replicates": { "min": 3, "max": 16, "target": { "output": "finalShare", "firm": "grok", "ciHalfWidth": 0.004 } },
                    "parameters": { "users.agents": { "values": [300, 6000] } } } }
                """);
        return file;
    }

    /** The replicates the rule gives a point with these final shares (in replicate order). */
    private static int expectedReplicates(double[] values, int min, int max, double target) {
        int n = min;
        while (n < max && !(chatshare.analysis.Interval.of(Arrays.copyOf(values, n)).halfWidth() <= target)) {
            n += Math.min(max - n, Math.max(1, n / 2));
        }
        return n;
    }

    @Test
    void adaptiveReplicatesStopWhereTheTargetIsMetUpToMaxForAnyNumberOfThreads() throws Exception {
        Path config = adaptive();
        Path one = tmp.resolve("adaptive1");
        Path two = tmp.resolve("adaptive2");
        Cli r = Cli.run("sweep", config.toString(), "--out", one.toString(), "--threads", "1");
        assertEquals(0, r.exit(), r.err());
        assertEquals(0, Cli.run("sweep", config.toString(), "--out", two.toString(), "--threads", "2", "--quiet").exit());
        assertSameSweep(one, two);

        List<CSVRecord> index = rows(one.resolve("runs.csv"));
        int[] n = new int[2];
        double[][] shares = new double[2][index.size()];
        for (CSVRecord run : index) {
            int p = Integer.parseInt(run.get("point"));
            assertEquals(n[p], Integer.parseInt(run.get("replicate")), "replicates 0, 1, ... in order");
            shares[p][n[p]++] = Double.parseDouble(run.get("finalShare_grok"));
        }
        assertEquals(16, n[0], "the noisy point (300 agents) runs up to max");
        assertTrue(n[1] >= 3 && n[1] < 16, "the 6 000-agent point stops early: " + n[1]);
        for (int p = 0; p < 2; p++) {
            assertEquals(expectedReplicates(shares[p], 3, 16, 0.004), n[p], "point " + p + " follows the rule");
        }
        List<CSVRecord> summary = rows(one.resolve("summary.csv")).stream().filter(c -> c.get("firm").equals("grok")).toList();
        for (int p = 0; p < 2; p++) {
            assertEquals(String.valueOf(n[p]), summary.get(p).get("replicates"));
            double half = Double.parseDouble(summary.get(p).get("finalShare_ci95_halfWidth"));
            assertEquals(chatshare.analysis.Interval.of(Arrays.copyOf(shares[p], n[p])).halfWidth(), half, 1e-15);
            assertEquals(p == 1, half <= 0.004, "met only where it stopped before max: " + half);
        }
        assertTrue(r.err().contains("adaptive replicates (grok's finalShare 95% CI half-width <= 0.004): " + n[1]
                + " to 16 per point; 1 point(s) stopped at max = 16 without meeting it: p0000"), r.err());
        assertEquals(n[0] + n[1], rows(one.resolve("runs.csv")).size());
        var manifest = com.google.gson.JsonParser.parseString(Files.readString(one.resolve("manifest.json"))).getAsJsonObject();
        assertEquals(6, manifest.get("plannedRuns").getAsInt(), "planned: points x min");
        assertEquals(n[0] + n[1], manifest.get("completedRuns").getAsInt());

        Cli dry = Cli.run("sweep", config.toString(), "--dry-run");
        assertEquals(0, dry.exit(), dry.err());
        assertEquals(1 + 2 * 3, dry.out().lines().count(), "the first round: 2 points x min 3");
        assertTrue(dry.err().contains("6 runs in the first round (2 points x 3 replicates); adaptive: more replicates, up to 16"
                + " per point, while the 95% CI half-width of grok's finalShare exceeds 0.004"), dry.err());
    }

    @Test
    void adaptiveShardsTakeWholePointsAndResumeReusesEveryRound() throws Exception {
        Path config = adaptive();
        Path single = tmp.resolve("single");
        assertEquals(0, Cli.run("sweep", config.toString(), "--out", single.toString(), "--quiet").exit());
        List<String> args = new java.util.ArrayList<>(List.of("merge", tmp.resolve("merged").toString()));
        for (int k = 0; k < 3; k++) {
            Path dir = tmp.resolve("shard" + k);
            assertEquals(0, Cli.run("sweep", config.toString(), "--out", dir.toString(), "--quiet", "--shard", k + "/3").exit());
            args.add(dir.toString());
        }
        assertEquals(List.of("0"), rows(tmp.resolve("shard0/runs.csv")).stream().map(c -> c.get("point")).distinct().toList());
        assertEquals(0, rows(tmp.resolve("shard2/runs.csv")).size(), "3 shards, 2 points: one shard is empty");
        Cli merged = Cli.run(args.toArray(new String[0]));
        assertEquals(0, merged.exit(), merged.err());
        assertSameSweep(single, tmp.resolve("merged"));
        Cli partial = Cli.run("merge", tmp.resolve("partial").toString(), tmp.resolve("shard1").toString());
        assertEquals(1, partial.exit(), partial.err());
        assertTrue(partial.err().contains("(3 runs failed or missing)"), "point 0's first round: " + partial.err());

        // Resume after a kill in a late round: the runs of every round are reused, the missing one re-runs.
        Path untouched = single.resolve("runs/p0000-r002/manifest.json");
        var stamp = Files.getLastModifiedTime(untouched);
        try (var files = Files.walk(single.resolve("runs/p0000-r012"))) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        Files.delete(single.resolve("summary.csv"));
        Path copy = tmp.resolve("reference");
        assertEquals(0, Cli.run("sweep", config.toString(), "--out", copy.toString(), "--quiet").exit());
        assertEquals(0, Cli.run("sweep", config.toString(), "--out", single.toString(), "--quiet", "--resume").exit());
        assertEquals(stamp, Files.getLastModifiedTime(untouched), "a completed run is not run again");
        assertSameSweep(copy, single);
        // A higher max reuses every run done so far (a run ignores the sweep section) and adds replicates.
        assertEquals(0, Cli.run("sweep", config.toString(), "--out", single.toString(), "--quiet", "--resume",
                "--set", "sweep.replicates.max=20").exit());
        assertEquals(stamp, Files.getLastModifiedTime(untouched));
        assertEquals("20", rows(single.resolve("summary.csv")).get(0).get("replicates"));
    }

    @Test
    void theSeedAndThreadsCannotBeSwept() throws Exception {
        Cli.smallConfig(tmp, 3);
        Path file = tmp.resolve("seeds.json");
        Files.writeString(file, """
                { "extends": "small.json", "sweep": { "parameters": { "market.seed": { "values": [1, 2] } } } }
                """);
        Cli r = Cli.run("sweep", file.toString(), "--dry-run");
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("sweep.parameters.market.seed: cannot be swept"), r.err());
    }
}
