package chatshare.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chatshare.config.ConfigDescriber;
import chatshare.config.ConfigException;
import chatshare.config.ConfigLoader;
import chatshare.output.CsvFormat;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutates the bundled configs (experiments/**.json) at random, from a fixed seed: wrong types,
 * NaN, infinities, huge, negative, zero and boundary values for every numeric key of the schema
 * (read from {@link ConfigDescriber}, so a new key with a @Range is fuzzed without a change here),
 * unknown and duplicated keys, deep nesting, ids, events, names and sweep sections. Every case must
 * end with exit 0 or 2, never a stack trace; a refused one with one line naming the file; an
 * accepted one must run 3 ticks with few agents and write only finite numbers, with no empty cell
 * where a firm's money is reported.
 */
class ConfigFuzzTest {
    private static final int CASES = Integer.getInteger("fuzzCases", 1_000);
    private static final long SEED = 0x13F022L;
    /** Money columns of firms.csv: always exist, so never empty. */
    private static final List<String> MONEY = List.of("revenueWeek", "apiRevenueWeek", "adRevenueWeek", "costsWeek", "cash",
            "debt", "valuation", "price", "apiPrice", "users", "share");

    /** A numeric key of the schema with its allowed range. */
    private record NumericKey(String path, boolean integer, double min, double max) {
    }

    private static final List<JsonObject> BASES = new ArrayList<>();
    private static final List<NumericKey> NUMERIC = new ArrayList<>();

    @TempDir
    static Path tmp;

    @BeforeAll
    static void loadBasesAndSchema() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("experiments"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                try {
                    BASES.add(ConfigLoader.load(f, List.of()).resolved()); // fully resolved: no extends to follow
                } catch (ConfigException notAConfig) {
                    // manifests and calibration targets live there too
                }
            }
        }
        assertTrue(BASES.size() >= 15, "bundled configs found: " + BASES.size());
        for (ConfigDescriber.Key k : ConfigDescriber.keys()) {
            boolean number = k.type().equals("number") || k.type().startsWith("integer") || k.type().endsWith(" of number");
            if (number) {
                // "[0, 1]", "[0, inf)", or nothing (seeds): an open or missing bound is fuzzed at the largest double.
                String[] bounds = k.allowed().isEmpty() ? new String[] {"-inf", "inf"}
                        : k.allowed().substring(1, k.allowed().length() - 1).split(", ");
                NUMERIC.add(new NumericKey(k.path(), k.type().startsWith("integer"), bound(bounds[0]), bound(bounds[1])));
            }
        }
        assertTrue(NUMERIC.size() > 100, "numeric keys: " + NUMERIC.size());
    }

    private static double bound(String b) {
        return b.equals("inf") ? Double.MAX_VALUE : b.equals("-inf") ? -Double.MAX_VALUE : Double.parseDouble(b);
    }

    @Test
    void mutatedConfigsExitZeroOrTwoAndAcceptedOnesRunFinite() throws IOException {
        SplittableRandom rng = new SplittableRandom(SEED);
        int accepted = 0;
        int refused = 0;
        long started = System.nanoTime(); // reported, never asserted
        for (int c = 0; c < CASES; c++) {
            JsonObject root = BASES.get(rng.nextInt(BASES.size())).deepCopy();
            List<String> raw = new ArrayList<>();
            StringBuilder what = new StringBuilder();
            int mutations = 1 + rng.nextInt(2);
            for (int m = 0; m < mutations; m++) {
                what.append(mutate(root, rng, raw)).append("; ");
            }
            String text = root.toString();
            for (int k = 0; k < raw.size(); k++) {
                text = text.replace("\"@@raw" + k + "@@\"", raw.get(k));
            }
            Path file = tmp.resolve("case" + c + ".json");
            Files.writeString(file, text);
            String label = "case " + c + " (" + what + ")";
            Cli v = Cli.runCommand(new ValidateCommand(), file.toString());
            clean(v, label);
            if (v.exit() == Main.BAD_INPUT) {
                refused++;
                assertEquals(1, v.err().strip().lines().count(), label + ": " + v.err());
                assertTrue(v.err().startsWith("error: " + file), label + ": names the file: " + v.err());
                continue;
            }
            assertEquals(Main.OK, v.exit(), label + ": " + v.err());
            accepted++;
            Path out = tmp.resolve("out" + c);
            Cli r = Cli.runCommand(new RunCommand(), file.toString(), "--out", out.toString(), "--quiet", "--ticks", "3", "--threads", "1",
                    "--set", "users.agents=150");
            clean(r, label);
            assertEquals(Main.OK, r.exit(), label + ": an accepted config runs: " + r.err());
            finiteOutputs(out, label);
        }
        System.err.printf("config fuzz: %.1f s, %d cases, %d accepted and run, %d refused%n", (System.nanoTime() - started) / 1e9, CASES, accepted, refused);
        assertTrue(accepted > CASES / 10 && refused > CASES / 10, "both outcomes exercised: " + accepted + " / " + refused);
    }

    private static void clean(Cli r, String label) {
        assertTrue(r.exit() == Main.OK || r.exit() == Main.BAD_INPUT, label + ": exit " + r.exit() + ": " + r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat ") || r.err().contains("java.lang."),
                label + ": " + r.err());
    }

    /** Every cell of every table is a finite number, a word, or empty where a value does not exist. */
    private static void finiteOutputs(Path out, String label) throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            for (Path csv : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
                try (Reader in = Files.newBufferedReader(csv)) {
                    for (CSVRecord row : CsvFormat.READ.parse(in)) {
                        for (Map.Entry<String, String> cell : row.toMap().entrySet()) {
                            String v = cell.getValue();
                            String where = label + ": " + csv.getFileName() + " row " + row.getRecordNumber() + " "
                                    + cell.getKey() + " = '" + v + "'";
                            assertFalse(v.contains("NaN") || v.contains("Infinity"), where);
                            if (v.matches("-?[0-9.]+([eE][-+]?[0-9]+)?")) {
                                assertTrue(Double.isFinite(Double.parseDouble(v)), where);
                            }
                            if (csv.getFileName().toString().equals("firms.csv") && MONEY.contains(cell.getKey())) {
                                assertFalse(v.isEmpty(), where);
                            }
                        }
                    }
                }
            }
        }
    }

    /** Applies one random mutation; returns what it did. Raw JSON tokens go to raw and a marker into the tree. */
    private static String mutate(JsonObject root, SplittableRandom rng, List<String> raw) {
        switch (rng.nextInt(10)) {
            case 0, 1, 2, 3 -> {
                NumericKey key = NUMERIC.get(rng.nextInt(NUMERIC.size()));
                JsonElement value = numericValue(key, rng, raw);
                return place(root, key.path(), value, rng) ? key.path() + "=" + value : "nothing at " + key.path();
            }
            case 4 -> {
                JsonObject at = randomObject(root, rng);
                at.add("unknownKey" + rng.nextInt(100), new JsonPrimitive(1));
                return "unknown key";
            }
            case 5 -> {
                JsonObject at = randomObject(root, rng);
                if (at.size() == 0) {
                    return "no key to duplicate";
                }
                String key = new ArrayList<>(at.keySet()).get(rng.nextInt(at.size()));
                raw.add("1, \"" + key + "\": 2");
                at.add(key, new JsonPrimitive("@@raw" + (raw.size() - 1) + "@@"));
                return "duplicate " + key;
            }
            case 6 -> {
                int depth = List.of(5, 30, 70, 3000).get(rng.nextInt(4));
                boolean arrays = rng.nextBoolean();
                raw.add((arrays ? "[" : "{\"a\": ").repeat(depth) + "1" + (arrays ? "]" : "}").repeat(depth));
                randomObject(root, rng).add("deep", new JsonPrimitive("@@raw" + (raw.size() - 1) + "@@"));
                return "nested " + depth;
            }
            case 7 -> {
                return ids(root, rng);
            }
            case 8 -> {
                return events(root, rng);
            }
            default -> {
                return sweep(root, rng);
            }
        }
    }

    private static JsonElement numericValue(NumericKey k, SplittableRandom rng, List<String> raw) {
        double span = k.max() / 2 - k.min() / 2; // halves: the span of an open range overflows
        switch (rng.nextInt(24)) {
            case 0 -> raw.add("NaN");
            case 1 -> raw.add("Infinity");
            case 2 -> raw.add("-Infinity");
            case 3 -> raw.add("1e309");
            case 4 -> raw.add("9223372036854775808");
            case 5 -> {
                return new JsonPrimitive(1e308);
            }
            case 6 -> {
                return new JsonPrimitive(-1);
            }
            case 7 -> {
                return new JsonPrimitive(0);
            }
            case 8 -> {
                return new JsonPrimitive(k.min());
            }
            case 9 -> {
                return new JsonPrimitive(k.max());
            }
            case 10 -> {
                return new JsonPrimitive(k.max() + Math.max(1, Math.abs(k.max()) * 1e-9));
            }
            case 11 -> {
                return k.integer() ? new JsonPrimitive(k.min() + 0.5) : new JsonPrimitive("12");
            }
            case 12 -> {
                return List.<JsonElement>of(JsonNull.INSTANCE, new JsonArray(), new JsonObject(), new JsonPrimitive(true))
                        .get(rng.nextInt(4));
            }
            default -> {
                double x = k.min() + rng.nextDouble() * span * 2;
                return new JsonPrimitive(k.integer() ? Math.rint(x) : x);
            }
        }
        return new JsonPrimitive("@@raw" + (raw.size() - 1) + "@@");
    }

    /**
     * Sets a schema path (firms.<firm>.strategy.minPrice, events[i].value, ...) in the tree: a
     * placeholder takes one of the ids there, [i] one of the elements; false when there is none.
     */
    private static boolean place(JsonObject root, String path, JsonElement value, SplittableRandom rng) {
        String[] parts = path.split("\\.");
        JsonObject at = root;
        for (int k = 0; k < parts.length; k++) {
            String part = parts[k];
            boolean last = k == parts.length - 1;
            if (part.startsWith("<")) {
                if (at.size() == 0) {
                    return false;
                }
                part = new ArrayList<>(at.keySet()).get(rng.nextInt(at.size()));
            }
            if (part.endsWith("[i]")) {
                JsonElement list = at.get(part.substring(0, part.length() - 3));
                if (list == null || !list.isJsonArray() || list.getAsJsonArray().isEmpty()) {
                    return false;
                }
                JsonElement element = list.getAsJsonArray().get(rng.nextInt(list.getAsJsonArray().size()));
                if (!element.isJsonObject()) {
                    return false;
                }
                at = element.getAsJsonObject();
                continue;
            }
            JsonElement child = at.get(part);
            if (last) {
                if (child != null && (child.isJsonObject() || child.isJsonArray())) {
                    // a map or list of numbers: one element
                    if (child.isJsonObject() && child.getAsJsonObject().size() > 0) {
                        JsonObject o = child.getAsJsonObject();
                        o.add(new ArrayList<>(o.keySet()).get(rng.nextInt(o.size())), value);
                        return true;
                    }
                    if (child.isJsonArray() && !child.getAsJsonArray().isEmpty()) {
                        child.getAsJsonArray().set(rng.nextInt(child.getAsJsonArray().size()), value);
                        return true;
                    }
                    return false;
                }
                at.add(part, value);
                return true;
            }
            if (child == null || !child.isJsonObject()) {
                return false;
            }
            at = child.getAsJsonObject();
        }
        return false;
    }

    /** A random object of the tree (the root or one below it). */
    private static JsonObject randomObject(JsonObject root, SplittableRandom rng) {
        JsonObject at = root;
        for (int depth = rng.nextInt(4); depth > 0; depth--) {
            List<JsonObject> children = new ArrayList<>();
            at.entrySet().forEach(e -> {
                if (e.getValue().isJsonObject()) {
                    children.add(e.getValue().getAsJsonObject());
                }
            });
            if (children.isEmpty()) {
                break;
            }
            at = children.get(rng.nextInt(children.size()));
        }
        return at;
    }

    private static final List<String> IDS = List.of("none", "", "=cmd", "+1", "@x", "a b", "tick", "x".repeat(70), "ok_id",
            "Grok-2", "é", "1st", "a\"b", "a,b");

    /** Renames a firm, platform or region, or sets an odd experiment name. */
    private static String ids(JsonObject root, SplittableRandom rng) {
        String id = IDS.get(rng.nextInt(IDS.size()));
        String map = List.of("firms", "platforms", "users.regions", "name").get(rng.nextInt(4));
        if (map.equals("name")) {
            String name = List.of("../../x", "..", ".", "a/b", "ok-name", ".hidden", "x".repeat(120)).get(rng.nextInt(7));
            root.addProperty("name", name);
            return "name " + name;
        }
        JsonObject ids = object(root, map);
        if (ids == null || ids.size() == 0) {
            return "no " + map;
        }
        String old = new ArrayList<>(ids.keySet()).get(rng.nextInt(ids.size()));
        ids.add(id, ids.remove(old));
        return map + " " + old + " -> " + id;
    }

    private static final List<String> EVENT_TYPES = List.of("setPrice", "setApiPrice", "setFiltering", "setQuality", "exitFirm",
            "funding", "bundle", "unbundle", "platformPromotion", "platformShock", "regulation", "controversy", "acquisition",
            "launchFirm", "setStrategy", "platformMerger", "setParameter", "nonsense");

    /** Adds a random event (plausible or not), drops one, or breaks the list. */
    private static String events(JsonObject root, SplittableRandom rng) {
        if (!root.get("events").isJsonArray()) {
            root.add("events", new JsonArray());
        }
        JsonArray events = root.getAsJsonArray("events");
        JsonObject firmMap = object(root, "firms");
        List<String> firms = firmMap == null || firmMap.size() == 0 ? List.of("grok") : new ArrayList<>(firmMap.keySet());
        switch (rng.nextInt(4)) {
            case 0 -> {
                root.add("events", new JsonPrimitive("soon"));
                return "events not a list";
            }
            case 1 -> {
                if (!events.isEmpty()) {
                    events.remove(rng.nextInt(events.size()));
                }
                return "event dropped";
            }
            default -> {
                JsonObject e = new JsonObject();
                String type = EVENT_TYPES.get(rng.nextInt(EVENT_TYPES.size()));
                e.addProperty("type", type);
                e.addProperty("tick", List.of(-5, 0, 1, 2, 100_001).get(rng.nextInt(5)));
                e.addProperty("firm", firms.get(rng.nextInt(firms.size())));
                if (rng.nextBoolean()) {
                    e.addProperty("value", List.of(-1.0, 0.0, 0.5, 2.0, 1e6, 1e13, 1e300).get(rng.nextInt(7)));
                }
                if (type.equals("funding")) {
                    e.addProperty("amount", List.of(-5e9, 0.0, 2e10, 1e13, 1e300).get(rng.nextInt(5)));
                }
                if (type.equals("setParameter")) {
                    e.addProperty("parameter", List.of("users.segments.consumer.reviewProb", "firms.nope.price",
                            "market.seed").get(rng.nextInt(3)));
                }
                if (rng.nextInt(4) == 0) {
                    e.addProperty("id", IDS.get(rng.nextInt(IDS.size())));
                }
                events.add(e);
                return "event " + e;
            }
        }
    }

    /** The object at a dotted path, or null when an earlier mutation made it something else. */
    private static JsonObject object(JsonObject root, String path) {
        JsonElement at = root;
        for (String key : path.split("\\.")) {
            if (!at.isJsonObject() || !at.getAsJsonObject().has(key)) {
                return null;
            }
            at = at.getAsJsonObject().get(key);
        }
        return at.isJsonObject() ? at.getAsJsonObject() : null;
    }

    private static final List<String> DESIGNS = List.of("grid", "list", "random", "latinHypercube", "morris", "saltelli");

    /** A random sweep section: designs, steps (zero, negative), bounds, sizes, replicates, paths. */
    private static String sweep(JsonObject root, SplittableRandom rng) {
        JsonObject sweep = new JsonObject();
        String design = DESIGNS.get(rng.nextInt(DESIGNS.size()));
        sweep.addProperty("design", design);
        // A million saltelli samples is over the plan limit (refused before any point is built);
        // other designs keep to sizes that build in milliseconds.
        int huge = design.equals("saltelli") ? 1_000_000 : 1_000_001;
        sweep.addProperty("samples", List.of(1, 2, 10, huge).get(rng.nextInt(4)));
        if (rng.nextBoolean()) {
            sweep.addProperty("replicates", List.of(1, 3, 100_000).get(rng.nextInt(3)));
        }
        JsonObject params = new JsonObject();
        JsonObject firmMap = object(root, "firms");
        List<String> firms = firmMap == null || firmMap.size() == 0 ? List.of("grok") : new ArrayList<>(firmMap.keySet());
        String firm = firms.get(rng.nextInt(firms.size()));
        for (int k = rng.nextInt(4); k > 0; k--) {
            String path = List.of("firms." + firm + ".price", "firms." + firm + ".filtering", "firms.nope.price", "market.seed",
                    "users.segments.power.reviewProb").get(rng.nextInt(5));
            JsonObject p = new JsonObject();
            if (rng.nextInt(4) == 0) {
                JsonArray values = new JsonArray();
                for (int v = rng.nextInt(3); v > 0; v--) {
                    values.add(rng.nextDouble() * 2 - 0.5);
                }
                p.add("values", values);
            } else {
                p.addProperty("from", List.of(-1.0, 0.0, 0.2, 5.0).get(rng.nextInt(4)));
                p.addProperty("to", List.of(0.0, 0.5, 1.0, 30.0, 1e15).get(rng.nextInt(5)));
                p.addProperty("step", List.of(-0.1, 0.0, 1e-9, 0.1, 1.0).get(rng.nextInt(5)));
            }
            params.add(path, p);
        }
        sweep.add("parameters", params);
        root.add("sweep", sweep);
        return "sweep " + sweep;
    }
}
