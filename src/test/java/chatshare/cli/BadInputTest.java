package chatshare.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad inputs that used to get through (issue 13, items 7-13): each must exit 2 with one line naming
 * the file and JSON path, and write nothing.
 */
class BadInputTest {
    @TempDir
    Path tmp;

    /** The small config with one value replaced (objects on the way are created), as file name. */
    private Path with(String path, JsonElement value) throws IOException {
        JsonObject root = JsonParser.parseString(Files.readString(Cli.smallConfig(tmp, 3))).getAsJsonObject();
        set(root, path, value);
        Path file = tmp.resolve("bad-" + Integer.toHexString((path + value).hashCode()) + ".json");
        Files.writeString(file, root.toString());
        return file;
    }

    static void set(JsonObject root, String path, JsonElement value) {
        String[] keys = path.split("\\.", -1);
        JsonElement node = root;
        for (int k = 0; k < keys.length - 1; k++) {
            String key = keys[k];
            int bracket = key.indexOf('[');
            if (bracket > 0) {
                node = node.getAsJsonObject().get(key.substring(0, bracket)).getAsJsonArray()
                        .get(Integer.parseInt(key.substring(bracket + 1, key.length() - 1)));
                continue;
            }
            JsonObject o = node.getAsJsonObject();
            if (!o.has(key) || !o.get(key).isJsonObject()) {
                o.add(key, new JsonObject());
            }
            node = o.get(key);
        }
        node.getAsJsonObject().add(keys[keys.length - 1], value);
    }

    /** Exit 2, one line, naming the file and the path (and the extra words); nothing written. */
    private void refused(Cli r, Path file, String path, String... words) throws IOException {
        assertEquals(2, r.exit(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        assertTrue(r.err().contains(file.toString() + ": " + path), "names file and path: " + r.err());
        for (String w : words) {
            assertTrue(r.err().contains(w), "says '" + w + "': " + r.err());
        }
        try (Stream<Path> out = Files.list(tmp)) {
            assertFalse(out.anyMatch(p -> p.getFileName().toString().startsWith("out")), "nothing written");
        }
    }

    /** Refused by validate and by sweep --dry-run (run ignores the sweep section). */
    private void refusedBySweep(Path file, String path, String... words) throws IOException {
        refused(Cli.run("validate", file.toString()), file, path, words);
        refused(Cli.run("sweep", file.toString(), "--dry-run"), file, path, words);
    }

    private void refusedByRun(Path file, String path, String... words) throws IOException {
        refused(Cli.run("run", file.toString(), "--out", tmp.resolve("out").toString(), "--quiet"), file, path, words);
        refused(Cli.run("validate", file.toString()), file, path, words);
    }

    @Test
    void hugeMoneyAndUsageValuesAreRefusedWithTheirRange() throws IOException {
        List<String> keys = List.of("users.segments.consumer.usage", "users.segments.enterprise.tokensPerMonth",
                "firms.grok.apiPrice", "firms.grok.weeklyBurn", "firms.grok.costPerUserWeek", "firms.grok.marketingWeek",
                "firms.grok.cash", "users.population", "firms.grok.finance.shareWeight", "platforms.x.adRevenueWeek");
        for (String key : keys) {
            refusedByRun(with(key, new JsonPrimitive(1e308)), key, "expected a number in [");
        }
    }

    @Test
    void platformTierAndReachKeysAreRefusedOutsideTheirRanges() throws IOException {
        refusedByRun(with("firms.claude.reach.consumer", new JsonPrimitive(1.5)), "firms.claude.reach.consumer",
                "expected a number in [0, 1]");
        refusedByRun(with("platforms.x.subscriptionTakeUp", new JsonPrimitive(-0.1)), "platforms.x.subscriptionTakeUp",
                "expected a number in [0, 1]");
        refusedByRun(with("platforms.x.subscriptionPrice", new JsonPrimitive(1e5)), "platforms.x.subscriptionPrice",
                "expected a number in [0, 10000]");
        refusedByRun(with("firms.claude.reach.consumr", new JsonPrimitive(0.5)), "firms.claude.reach.consumr",
                "did you mean 'consumer'");
    }

    @Test
    void aSeedBeyondSixtyFourBitsIsRefusedNotWrapped() throws IOException {
        Path file = with("market.seed", new JsonPrimitive(new java.math.BigInteger("9223372036854775808")));
        refusedByRun(file, "market.seed", "expected an integer in [-9223372036854775808, 9223372036854775807]");
        Path sweepSeed = with("sweep.seed", new JsonPrimitive(new java.math.BigInteger("-9223372036854775809")));
        refusedByRun(sweepSeed, "sweep.seed", "expected an integer");
        Path lowest = with("market.seed", new JsonPrimitive(Long.MIN_VALUE));
        assertEquals(0, Cli.run("validate", lowest.toString()).exit(), "-2^63 is a long");
    }

    @Test
    void nonsenseBoundsAmountsAndIdsAreRefused() throws IOException {
        Path prices = with("firms.grok.strategy", JsonParser.parseString("{\"minPrice\": 50, \"maxPrice\": 10}"));
        refusedByRun(prices, "firms.grok.strategy.minPrice", "must not exceed maxPrice (10), got 50");
        Path api = with("firms.grok.strategy", JsonParser.parseString("{\"minApiPrice\": 5, \"maxApiPrice\": 1}"));
        refusedByRun(api, "firms.grok.strategy.minApiPrice", "must not exceed maxApiPrice");
        refusedByRun(with("events[0].amount", new JsonPrimitive(-5e9)), "events[0].amount", "expected a number in [0, 1e13]");
        refusedByRun(with("events[0].type", new JsonPrimitive("setPrice")), "events[0]", "");
        for (String id : List.of("none", "", "=cmd", "a b", "1st", "tick")) {
            Path firm = with("firms." + id, JsonParser.parseString("{\"price\": 5}"));
            refusedByRun(firm, "firms." + id, "'" + id + "'");
        }
        for (String id : List.of("", "=HYPERLINK(1)", "U S")) {
            Path region = with("users.regions", JsonParser.parseString("{\"" + id.replace("\"", "\\\"") + "\": {\"share\": 1}}"));
            JsonObject root = JsonParser.parseString(Files.readString(region)).getAsJsonObject();
            root.getAsJsonObject("firms").getAsJsonObject("claude").add("regions", new JsonArray());
            root.getAsJsonObject("platforms").getAsJsonObject("x").add("members", new JsonObject());
            root.getAsJsonArray("events").remove(1);
            Files.writeString(region, root.toString());
            refusedByRun(region, "users.regions." + id, "expected a letter, then letters, digits");
        }
        refusedByRun(with("platforms.@x", new JsonObject()), "platforms.@x", "not allowed");
        refusedByRun(with("events[0].id", new JsonPrimitive("+1")), "events[0].id", "not allowed");
    }

    @Test
    void aSetPriceEventFollowsThePriceRange() throws IOException {
        Path file = with("events[1].type", new JsonPrimitive("setPrice"));
        JsonObject root = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
        root.getAsJsonArray("events").set(1, JsonParser.parseString("{\"type\": \"setPrice\", \"firm\": \"grok\", \"tick\": 1,"
                + " \"value\": 2e6}"));
        Files.writeString(file, root.toString());
        refusedByRun(file, "events[1].value", "expected a number in [0, 1000000]");
    }

    @Test
    void aHugeSweepPlanFailsAtOnceNamingTheKey() throws IOException {
        JsonObject params = new JsonObject();
        for (String p : List.of("firms.grok.price", "firms.chatgpt.price", "firms.claude.price", "firms.grok.quality")) {
            params.add(p, JsonParser.parseString("{\"from\": 0, \"to\": 9.9, \"step\": 0.1}"));
        }
        Path grid = with("sweep.parameters", params);
        refusedBySweep(grid, "sweep.parameters.firms.grok.price", "plans 100000000 runs (100000000 points x 1 replicates)", "limit of 1000000");
        Path samples = with("sweep", JsonParser.parseString("{\"design\": \"saltelli\", \"samples\": 1000000,"
                + " \"parameters\": {\"firms.grok.price\": {\"from\": 1, \"to\": 9}}}"));
        refusedBySweep(samples, "sweep.samples", "limit");
        Path replicates = with("sweep", JsonParser.parseString("{\"replicates\": 100000,"
                + " \"parameters\": {\"firms.grok.price\": {\"values\": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]}}}"));
        refusedBySweep(replicates, "sweep.replicates", "limit");
    }

    @Test
    void deepNestingIsABadInputNotAStackOverflow() throws IOException {
        Path file = tmp.resolve("deep.json");
        Files.writeString(file, "{\"firms\": {\"a\": {}}, \"sweep\": {\"points\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}}");
        refusedByRun(file, "sweep.points", "nested more than");
        Path objects = tmp.resolve("deep-objects.json");
        Files.writeString(objects, "{\"x\": " + "{\"a\": ".repeat(10_000) + "1" + "}".repeat(10_000) + "}");
        refusedByRun(objects, "x.a.a", "nested more than");
        Path small = Cli.smallConfig(tmp, 3);
        Cli set = Cli.run("validate", small.toString(), "--set", "sweep.points=" + "[".repeat(10_000) + "]".repeat(10_000));
        assertEquals(2, set.exit(), set.err());
        assertTrue(set.err().contains("sweep.points: nested more than 64 levels deep"), set.err());
    }

    @Test
    void validateChecksTheSweepSectionAsSweepDoes() throws IOException {
        String[][] cases = {
            {"{\"from\": 1, \"to\": 9, \"step\": 0}", "give values, or from <= to with a positive step"},
            {"{\"from\": 1, \"to\": 9, \"step\": -1}", "positive step"},
            {"{\"from\": 9, \"to\": 1, \"step\": 1}", "from <= to"},
            {"{\"values\": []}", "give values"},
            {"{\"from\": -5, \"to\": 9, \"step\": 1}", "expected a number in [0, 1000000]"},
        };
        for (String[] c : cases) {
            Path file = with("sweep.parameters", JsonParser.parseString("{\"firms.grok.price\": " + c[0] + "}"));
            refusedBySweep(file, "sweep.parameters.firms.grok.price", c[1]);
        }
        Path unknown = with("sweep.parameters", JsonParser.parseString("{\"firms.grok.prize\": {\"values\": [1]}}"));
        refusedBySweep(unknown, "sweep.parameters.firms.grok.prize", "did you mean 'price'");
        Path seed = with("sweep.parameters", JsonParser.parseString("{\"market.seed\": {\"values\": [1]}}"));
        refusedBySweep(seed, "sweep.parameters.market.seed", "cannot be swept");
    }

    @Test
    void marketStartOutsideTheCalendarIsABadInput() throws IOException {
        for (String start : List.of("+999999999-12-31", "9999-12-31", "1066-10-14")) {
            refusedByRun(with("market.start", new JsonPrimitive(start)), "market.start", "from 1900-01-01 to 2200-12-31");
        }
    }

    @Test
    void namesMustBeSafeFolderNamesAndOutMustNotBeEmpty() throws IOException {
        for (String name : List.of("../../x", "..", ".", "a/b", ".hidden", "x\\y")) {
            refusedByRun(with("name", new JsonPrimitive(name)), "name", "is not allowed");
        }
        Path file = Cli.smallConfig(tmp, 3);
        Cli r = Cli.run("run", file.toString(), "--out", "", "--quiet");
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("--out: expected a directory, got an empty path"), r.err());
        Cli s = Cli.run("sweep", file.toString(), "--out", "", "--quiet");
        assertEquals(2, s.exit(), s.err());
    }
}
