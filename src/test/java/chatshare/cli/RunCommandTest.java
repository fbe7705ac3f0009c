package chatshare.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {
    @TempDir
    Path tmp;

    @Test
    void runWritesCompleteSpreadsheetReadyOutputsAndManifest() throws Exception {
        Path config = Cli.smallConfig(tmp, 12);
        Path out = tmp.resolve("out");
        Cli r = Cli.run("run", config.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.out(), "stdout stays clean");

        List<String> firms = Files.readAllLines(out.resolve("firms.csv"));
        assertEquals("run,replicate,seed,tick,date,firm,users,share,shareOfAdopters,paidUsers,freeUsers,apiUsers,"
                + "price,apiPrice,filtering,quality,reputation,revenueWeek,apiRevenueWeek,adRevenueWeek,costsWeek,cash,debt,runwayMonths,valuation,"
                + "capacityUse,strikes,active,availableRegions", firms.get(0));
        assertEquals(1 + 12 * 3, firms.size());
        assertTrue(firms.get(1).startsWith("small,0,0x7,0,2025-01-06,grok,"), firms.get(1));
        assertTrue(firms.get(firms.size() - 1).startsWith("small,0,0x7,11,2025-03-24,claude,"));
        assertTrue(firms.get(firms.size() - 1).endsWith(",0,true,US"), "claude only in the US");
        for (String line : firms) {
            assertFalse(line.matches(".*\\d[eE][+-]?\\d.*"), "no scientific notation: " + line);
            assertFalse(line.contains("NaN") || line.contains("Infinity"), line);
        }
        List<String> market = Files.readAllLines(out.resolve("market.csv"));
        assertEquals(13, market.size());
        assertTrue(market.get(3).endsWith(",funding grok"), "week of 2025-01-20 is tick 2: " + market.get(3));
        List<String> events = Files.readAllLines(out.resolve("events.csv"));
        assertEquals(List.of("run,replicate,seed,tick,date,event,firm,platform,region,amount,detail",
                "small,0,0x7,2,2025-01-20,funding,grok,,,20000000000,debt",
                "small,0,0x7,3,2025-01-27,platformShock,,x,US,0.8,"), events);
        assertEquals("tick,date,grok,chatgpt,claude,none", Files.readAllLines(out.resolve("wide.csv")).get(0));

        JsonObject manifest = JsonParser.parseString(Files.readString(out.resolve("manifest.json"))).getAsJsonObject();
        assertEquals(7, manifest.get("seed").getAsLong());
        assertEquals(8.0, manifest.getAsJsonObject("config").getAsJsonObject("firms").getAsJsonObject("grok")
                .get("price").getAsDouble(), "resolved config is recorded");
        for (String f : List.of("firms.csv", "market.csv", "events.csv", "wide.csv")) {
            JsonObject entry = manifest.getAsJsonObject("files").getAsJsonObject(f);
            assertEquals(sha256(out.resolve(f)), entry.get("sha256").getAsString(), f);
            assertEquals(Files.size(out.resolve(f)), entry.get("bytes").getAsLong(), f);
        }
        assertEquals(36, manifest.getAsJsonObject("files").getAsJsonObject("firms.csv").get("rows").getAsInt());
        try (Stream<Path> files = Files.list(out)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".partial")), "no temp files left");
        }
    }

    @Test
    void sameSeedGivesByteIdenticalFilesForOneTwoAndFourThreads() throws Exception {
        Path config = Cli.smallConfig(tmp, 20);
        byte[][] firms = new byte[3][];
        int k = 0;
        for (String threads : new String[] {"1", "2", "4"}) {
            Path out = tmp.resolve("t" + threads);
            // 40 000 agents = 3 blocks, so threads really split the work.
            Cli r = Cli.run("run", config.toString(), "--out", out.toString(), "--quiet", "--threads", threads,
                    "--set", "users.agents=40000", "--set", "market.social=network");
            assertEquals(0, r.exit(), r.err());
            firms[k++] = Files.readAllBytes(out.resolve("firms.csv"));
        }
        assertArrayEquals(firms[0], firms[1]);
        assertArrayEquals(firms[0], firms[2]);

        Path other = tmp.resolve("seed8");
        assertEquals(0, Cli.run("run", config.toString(), "--out", other.toString(), "--quiet", "--seed", "8",
                "--set", "users.agents=40000", "--set", "market.social=network").exit());
        assertFalse(java.util.Arrays.equals(firms[0], Files.readAllBytes(other.resolve("firms.csv"))));
    }

    @Test
    void rerunningIntoTheSameDirectoryLeavesNoStaleFiles() throws Exception {
        Path config = Cli.smallConfig(tmp, 3);
        Path out = tmp.resolve("again");
        assertEquals(0, Cli.run("run", config.toString(), "--out", out.toString(), "--quiet", "--set",
                "outputs.xlsx=true").exit());
        assertTrue(Files.exists(out.resolve("wide.csv")));
        assertTrue(Files.exists(out.resolve("outputs.xlsx")));
        assertEquals(0, Cli.run("run", config.toString(), "--out", out.toString(), "--quiet",
                "--set", "outputs.wide=false").exit());
        assertFalse(Files.exists(out.resolve("wide.csv")), "the earlier run's wide.csv is gone");
        assertFalse(Files.exists(out.resolve("outputs.xlsx")), "and its workbook");
        JsonObject manifest = JsonParser.parseString(Files.readString(out.resolve("manifest.json"))).getAsJsonObject();
        assertEquals(List.of("firms.csv", "market.csv", "events.csv", "datapackage.json"),
                List.copyOf(manifest.getAsJsonObject("files").keySet()));
        assertFalse(Files.readString(out.resolve("datapackage.json")).contains("wide.csv"), "describes only what is there");
    }

    @Test
    void defaultOutputDirectoryIsResultsSlashConfigName() throws Exception {
        Path config = Cli.smallConfig(tmp, 2);
        String previous = System.getProperty("user.dir");
        // The CLI resolves results/<name> against the working directory; check the name part.
        Cli r = Cli.run("run", config.toString(), "--quiet", "--out", tmp.resolve("results/small").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.exists(tmp.resolve("results/small/firms.csv")));
        assertEquals(previous, System.getProperty("user.dir"));
    }

    @Test
    void badInputExitsWithTwoAndOneLineNamingThePath() throws Exception {
        Path config = Cli.smallConfig(tmp, 2);
        Path typo = tmp.resolve("typo.json");
        Files.writeString(typo, Files.readString(config).replace("\"filtering\": 0.2", "\"filtring\": 0.2"));
        assertBadInput(Cli.run("run", typo.toString(), "--quiet"), "firms.grok.filtring", "filtering");

        assertBadInput(Cli.run("run", tmp.resolve("missing.json").toString()), "missing.json");
        assertBadInput(Cli.run("run", config.toString(), "--set", "users.agents=0"), "users.agents");
        assertBadInput(Cli.run("run", config.toString(), "--set", "market.social=netwrok"), "market.social");
        assertBadInput(Cli.run("run", config.toString(), "--set", "firms.grok.price=cheap"), "firms.grok.price");
        assertBadInput(Cli.run("validate", typo.toString()), "firms.grok.filtring");
        Path removes = tmp.resolve("removes.json");
        Files.writeString(removes, "{ \"extends\": \"small.json\", \"removeEvents\": [\"no-such-event\"] }");
        assertBadInput(Cli.run("run", removes.toString(), "--quiet"), "removes.json: removeEvents[0]: no inherited event "
                + "has id 'no-such-event'");

        Path blocker = tmp.resolve("blocker");
        Files.writeString(blocker, "a file where the output directory should go");
        assertBadInput(Cli.run("run", config.toString(), "--quiet", "--out", blocker.resolve("out").toString()),
                "not writable");

        Cli badOption = Cli.run("run", config.toString(), "--ticks", "many");
        assertEquals(2, badOption.exit(), badOption.err());
    }

    private static void assertBadInput(Cli r, String... fragments) {
        assertEquals(2, r.exit(), r.err());
        String first = r.err().lines().findFirst().orElse("");
        assertTrue(first.startsWith("error: "), r.err());
        for (String f : fragments) {
            assertTrue(first.contains(f), "'" + f + "' not in: " + first);
        }
        assertEquals(1, r.err().lines().count(), "one line: " + r.err());
    }

    @Test
    void validateAndDescribeWork() throws Exception {
        Cli ok = Cli.run("validate", Cli.smallConfig(tmp, 2).toString());
        assertEquals(0, ok.exit(), ok.err());
        assertEquals("", ok.out());
        Cli describe = Cli.run("describe");
        assertEquals(0, describe.exit(), describe.err());
        assertTrue(describe.out().contains("firms.<firm>.price"), describe.out());
        assertTrue(describe.out().contains("market.seed"));
    }

    private static String sha256(Path p) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
    }
}
