package chatshare.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    private Path write(String name, String json) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, json);
        return file;
    }

    private Path base() throws IOException {
        return write("base.json", """
                { "market": { "ticks": 20 },
                  "firms": { "grok": { "price": 8, "filtering": 0.2 }, "claude": { "price": 20 } } }
                """);
    }

    private String error(Path file, String... sets) {
        return assertThrows(ConfigException.class, () -> ConfigLoader.load(file, List.of(sets))).getMessage();
    }

    private static void contains(String message, String... parts) {
        for (String p : parts) {
            assertTrue(message.contains(p), "'" + p + "' not in: " + message);
        }
        assertEquals(1, message.lines().count(), "one line: " + message);
    }

    @Test
    void missingKeysKeepTheirDefaultsEvenInsideMapValues() throws IOException {
        ConfigLoader.LoadedConfig loaded = ConfigLoader.load(base(), List.of());
        ExperimentConfig c = loaded.config();
        assertEquals(20, c.market.ticks);
        assertEquals(new MarketConfig().firmDecisionEvery, c.market.firmDecisionEvery);
        assertEquals(8, c.firms.get("grok").price);
        assertEquals(new FirmConfig().quality, c.firms.get("grok").quality);
        assertEquals(List.of("grok", "claude"), List.copyOf(c.firms.keySet()), "JSON order kept");
        assertEquals("base", loaded.name(), "name defaults to the file name");
        assertEquals(new SegmentsConfig().enterprise.tokensPerMonth, c.users.segments.enterprise.tokensPerMonth);
        assertEquals(0.6, ConfigLoader.get(loaded.resolved(), "firms.claude.freeQuality").getAsDouble(),
                "resolved config spells out defaults");
    }

    @Test
    void aPartlyGivenSegmentKeepsItsOwnDefaults() throws IOException {
        Path file = write("x.json", "{ \"firms\": { \"a\": {} }, \"users\": { \"segments\": { \"power\": { \"reviewProb\": 0.2 } } } }");
        SegmentConfig power = ConfigLoader.load(file, List.of("users.segments.enterprise.usage=7")).config().users.segments.power;
        SegmentsConfig defaults = new SegmentsConfig();
        assertEquals(0.2, power.reviewProb);
        assertEquals(defaults.power.share, power.share);
        assertEquals(defaults.power.priceSensitivity, power.priceSensitivity);
        assertEquals(defaults.power.usage, power.usage);
        SegmentConfig enterprise = ConfigLoader.load(file, List.of("users.segments.enterprise.usage=7")).config().users.segments.enterprise;
        assertEquals(7, enterprise.usage);
        assertEquals(defaults.enterprise.tokensPerMonth, enterprise.tokensPerMonth);
    }

    @Test
    void mapsListedInAConfigReplaceTheDefaultEntries() throws IOException {
        Path file = write("x.json", "{ \"firms\": { \"a\": {} }, \"users\": { \"regions\": { \"NA\": { \"share\": 1 } } } }");
        assertEquals(List.of("NA"), List.copyOf(ConfigLoader.load(file, List.of()).config().users.regions.keySet()));
    }

    @Test
    void extendsDeepMergesAChainOfFiles() throws IOException {
        base();
        write("mid.json", """
                { "extends": "base.json", "firms": { "grok": { "price": 10 } }, "market": { "seed": 5 } }
                """);
        Path top = write("top.json", """
                { "extends": "mid.json", "name": "top", "firms": { "grok": { "quality": 4 } } }
                """);
        ExperimentConfig c = ConfigLoader.load(top, List.of()).config();
        assertEquals(10, c.firms.get("grok").price, "mid overrides base");
        assertEquals(0.2, c.firms.get("grok").filtering, "base value kept");
        assertEquals(4, c.firms.get("grok").quality, "top adds");
        assertEquals(20, c.firms.get("claude").price, "untouched firm kept");
        assertEquals(5, c.market.seed);
        assertEquals(20, c.market.ticks);
    }

    @Test
    void extendsErrors() throws IOException {
        Path a = write("a.json", "{ \"extends\": \"b.json\" }");
        write("b.json", "{ \"extends\": \"a.json\" }");
        contains(error(a), "b.json: extends: cycle of extends: ", "a.json -> ", "b.json -> ", "a.json");
        Path self = write("self.json", "{ \"extends\": \"./self.json\" }");
        contains(error(self), "self.json: extends: cycle of extends: ");
        Path orphan = write("orphan.json", "{ \"extends\": \"nowhere.json\" }");
        contains(error(orphan), "orphan.json: extends: base file 'nowhere.json' not found (looked for ",
                dir.resolve("nowhere.json").toString());
        contains(error(write("x.json", "{ \"extends\": 3 }")), "x.json: extends: expected a file name string, got 3");
    }

    @Test
    void basePathsAreRelativeToTheExtendingFile() throws IOException {
        Files.createDirectories(dir.resolve("bases"));
        write("bases/base.json", "{ \"firms\": { \"grok\": { \"qualty\": 8 } } }");
        Path child = write("child.json", "{ \"extends\": \"bases/base.json\" }");
        contains(error(child), dir.resolve("bases/base.json") + ": firms.grok.qualty: unknown key 'qualty'"
                + " (did you mean 'quality'?)");
    }

    @Test
    void typoInTheBaseFileNamesTheBaseFile() throws IOException {
        write("base.json", "{ \"firms\": { \"grok\": { \"prise\": 8 } } }");
        Path child = write("child.json", "{ \"extends\": \"base.json\" }");
        String m = error(child);
        contains(m, "base.json: firms.grok.prise: unknown key 'prise' (did you mean 'price'?); allowed: name,");
        assertTrue(!m.contains("child.json"), m);
    }

    @Test
    void unknownKeysWrongTypesAndRangesNameTheJsonPath() throws IOException {
        contains(error(write("x.json", "{ \"market\": { \"tiks\": 3 }, \"firms\": { \"a\": {} } }")),
                "x.json: market.tiks: unknown key 'tiks' (did you mean 'ticks'?)");
        contains(error(write("x.json", "{ \"users\": { \"agents\": \"many\" }, \"firms\": { \"a\": {} } }")),
                "users.agents: expected an integer in [1, 200000000], got \"many\"");
        contains(error(write("x.json", "{ \"users\": { \"agents\": 2.5 }, \"firms\": { \"a\": {} } }")),
                "users.agents: expected an integer");
        contains(error(write("x.json", "{ \"firms\": { \"a\": { \"filtering\": 1.5 } } }")),
                "firms.a.filtering: expected a number in [0, 1], got 1.5");
        contains(error(write("x.json", "{ \"market\": { \"social\": \"netwrok\" }, \"firms\": { \"a\": {} } }")),
                "market.social: expected one of meanField, network, got 'netwrok' (did you mean 'network'?)");
        contains(error(write("x.json", "{ \"firms\": { \"a\": { \"freePlan\": \"yes\" } } }")),
                "firms.a.freePlan: expected a boolean");
        contains(error(write("x.json", "{ \"users\": { \"filtering\": { \"mixture\": [ { \"a\": -1 } ] } }, \"firms\": { \"a\": {} } }")),
                "users.filtering.mixture[0].a: expected a number in [0.01, 1000]");
        contains(error(write("x.json", "{ \"firms\": { \"a\": 3 } }")), "firms.a: expected a JSON object, got 3");
        contains(error(dir.resolve("absent.json")), dir.resolve("absent.json") + ": file not found");
    }

    @Test
    void filesMustBeStandardJsonWithoutRepeatedKeys() throws IOException {
        contains(error(write("x.json", "{ \"firms\": { \"grok\": { \"price\": 8, \"price\": 9 } } }")),
                "x.json: firms.grok.price: duplicate key 'price'; give each key once");
        contains(error(write("x.json", "{ \"firms\": { \"grok\": {} }, \"firms\": {} }")), "x.json: firms: duplicate key 'firms'");
        contains(error(write("x.json", "{\n  \"market\": {\n    \"ticks\": 3,\n  }\n}")),
                "x.json: invalid JSON at line 4 column 4: Expected name");
        contains(error(write("x.json", "{ // comment\n \"firms\": { \"a\": {} } }")),
                "x.json: invalid JSON at line 1 column 4: not standard JSON (comments,");
        contains(error(write("x.json", "{ \"market\": ")), "x.json: invalid JSON at line 1 column 13: End of input");
        contains(error(write("x.json", "{ \"firms\": { \"a\": {} } } {}")),
                "x.json: invalid JSON at line 1 column 27: text after the top-level object");
        contains(error(write("x.json", "[1, 2]")), "x.json: expected a JSON object at the top level, got an array");
        contains(error(write("x.json", " \n")), "x.json: expected a JSON object at the top level, got an empty file");
    }

    @Test
    void constraintsBetweenKeys() throws IOException {
        contains(error(write("x.json", "{ \"market\": { \"start\": \"2024-13-01\" }, \"firms\": { \"a\": {} } }")),
                "market.start: expected an ISO date");
        contains(error(write("x.json", "{ \"users\": { \"regions\": { \"US\": { \"share\": 0.5 } } }, \"firms\": { \"a\": {} } }")),
                "users.regions: shares must sum to 1, got 0.5");
        contains(error(write("x.json", "{ \"users\": { \"segments\": { \"power\": { \"share\": 0.5 } } }, \"firms\": { \"a\": {} } }")),
                "users.segments: shares must sum to 1");
        contains(error(write("x.json", "{ \"firms\": { \"a\": { \"regions\": [\"UK\"] } } }")),
                "firms.a.regions[0]: unknown region 'UK'", "known: US, EU, ROW");
        contains(error(write("x.json", "{ \"firms\": { \"grok\": {} }, \"platforms\": { \"x\": { \"bundles\": [ { \"firm\": \"grk\" } ] } } }")),
                "platforms.x.bundles[0].firm: unknown firm 'grk' (did you mean 'grok'?)");
        contains(error(write("x.json", "{ \"firms\": { \"grok\": {} }, \"platforms\": { \"x\": { \"members\": { \"EU\": 1.5 } } } }")),
                "platforms.x.members.EU: expected a number in [0, 1]");
        contains(error(write("x.json", "{ \"firms\": {} }")), "firms: expected 1 to 31 entries, got 0");
        contains(error(write("x.json", "{ \"firms\": { \"a\": {} }, \"users\": { \"regions\": {} } }")),
                "x.json: users.regions: expected 1 to 16 entries, got 0");
        contains(error(write("x.json", "{ \"firms\": { \"a\": {} }, \"users\": { \"filtering\": { \"mixture\": [] } } }")),
                "users.filtering.mixture: needs at least one component with positive weight");
        contains(error(write("x.json", "{ \"firms\": { \"a\": {} }, \"users\": { \"filtering\": "
                + "{ \"toleranceMin\": 0.5, \"toleranceMax\": 0.1 } } }")),
                "x.json: users.filtering.toleranceMin: must not exceed toleranceMax");
        contains(error(write("x.json", "{ \"firms\": { \"a\": {} }, \"users\": { \"segments\": "
                + "{ \"power\": { \"qualityTasteMin\": 3 } } } }")),
                "x.json: users.segments.power.qualityTasteMin: must not exceed qualityTasteMax");
        contains(error(write("x.json", "{ \"firms\": { \"grok\": {} }, \"platforms\": { \"x\": { \"members\": { \"UK\": 0.5 } } } }")),
                "x.json: platforms.x.members.UK: unknown region 'UK'", "known: US, EU, ROW");
        contains(error(write("x.json", "{ \"firms\": { \"grok\": {} }, \"platforms\": { \"x\": { \"bundles\": "
                + "[ { \"firm\": \"grok\", \"startTick\": 5, \"endTick\": 5 } ] } } }")),
                "x.json: platforms.x.bundles[0].endTick: must be -1 (never) or after startTick 5");
    }

    @Test
    void crossChecksNameTheTopFileEvenWhenTheValuesComeFromItsBase() throws IOException {
        write("base.json", "{ \"firms\": { \"a\": {} }, \"users\": { \"regions\": { \"US\": { \"share\": 1 } } } }");
        Path child = write("child.json", "{ \"extends\": \"base.json\", \"firms\": { \"a\": { \"regions\": [\"EU\"] } } }");
        contains(error(child), "child.json: firms.a.regions[0]: unknown region 'EU' (did you mean 'US'?); known: US");
    }

    @Test
    void eventsAreCheckedByType() throws IOException {
        String firms = "\"firms\": { \"grok\": {} }, \"platforms\": { \"x\": {} }";
        contains(error(write("x.json", "{ " + firms + ", \"events\": [ { \"type\": \"setPrise\", \"tick\": 3 } ] }")),
                "events[0].type: expected one of setPrice,", "(did you mean 'setPrice'?)");
        contains(error(write("x.json", "{ " + firms + ", \"events\": [ { \"type\": \"setPrice\", \"tick\": 3, \"firm\": \"grok\", \"value\": 9, \"platform\": \"x\" } ] }")),
                "events[0].platform: does not apply to setPrice; it uses: firm, value");
        contains(error(write("x.json", "{ " + firms + ", \"events\": [ { \"type\": \"setPrice\", \"tick\": 3, \"firm\": \"grok\" } ] }")),
                "events[0].value: required by setPrice");
        contains(error(write("x.json", "{ " + firms + ", \"events\": [ { \"type\": \"exitFirm\", \"firm\": \"grok\" } ] }")),
                "events[0]: give exactly one of tick and date");
        contains(error(write("x.json", "{ " + firms + ", \"events\": [ { \"type\": \"exitFirm\", \"firm\": \"grok\", \"date\": \"2023-05-01\" } ] }")),
                "events[0].date: is before market.start 2024-01-01");
        contains(error(write("x.json", "{ " + firms + ", \"events\": [ { \"type\": \"exitFirm\", \"firm\": \"grk\", \"tick\": 1 } ] }")),
                "events[0].firm: unknown firm 'grk' (did you mean 'grok'?)");
        contains(error(write("x.json", "{ " + firms + ", \"events\": [ { \"type\": \"setFiltering\", \"firm\": \"grok\", \"tick\": 1, \"value\": 2 } ] }")),
                "events[0].value: expected a number in [0, 1], got 2.0");
        contains(error(write("x.json", "{ " + firms + ", \"events\": [ { \"type\": \"funding\", \"firm\": \"grok\", \"tick\": 1, \"amount\": 1e9, \"knd\": \"debt\" } ] }")),
                "events[0].knd: unknown key 'knd' (did you mean 'kind'?)");
        contains(error(write("x.json", "{ " + firms + ", \"events\": [ { \"type\": \"regulation\", \"tick\": 1, \"value\": 0.4 } ] }")),
                "events[0].region: required by regulation");
        contains(error(write("x.json", "{ " + firms + ", \"regulators\": { \"eu\": { \"fMin\": 0.4 } } }")),
                "regulators.eu: unknown region 'eu' (did you mean 'EU'?)");
        contains(error(write("x.json", "{ " + firms + ", \"regulators\": { \"EU\": { \"fineRate\": 6 } } }")),
                "regulators.EU.fineRate: expected a number in [0, 1], got 6");
        contains(error(write("x.json", "{ " + firms + ", \"events\": [ { \"type\": \"setStrategy\", \"firm\": \"grok\", \"tick\": 1, \"pricing\": \"qLearning\" } ] }")),
                "events[0].pricing: expected one of fixed, hillClimb, bestResponse, penetration, got 'qLearning'");
        contains(error(write("x.json", "{ " + firms + ", \"market\": { \"firmsAdaptFrom\": \"9999-01-01\" } }")),
                "market.firmsAdaptFrom: expected an ISO date yyyy-mm-dd from 1900-01-01 to 2200-12-31, or empty, got '9999-01-01'");
        String set = "{ " + firms + ", \"events\": [ { \"type\": \"setParameter\", \"tick\": 1, \"parameter\": ";
        contains(error(write("x.json", set + "\"users.agents\", \"value\": 5 } ] }")),
                "events[0].parameter: 'users.agents' is fixed once the run starts");
        contains(error(write("x.json", set + "\"users.segments.power.priceSensitivity\", \"value\": 5 } ] }")),
                "'users.segments.power.priceSensitivity' is fixed once the run starts");
        contains(error(write("x.json", set + "\"firms.grok.prise\", \"value\": 5 } ] }")),
                "events[0].parameter: unknown parameter 'firms.grok.prise' at 'prise' (did you mean 'price'?)");
        contains(error(write("x.json", set + "\"market.social\", \"value\": 5 } ] }")),
                "events[0].parameter: 'market.social' is a string; setParameter changes numbers");
        contains(error(write("x.json", set + "\"firms.grok.filtering\", \"value\": 5 } ] }")),
                "events[0].parameter: firms.grok.filtering: expected a number in [0, 1], got 5.0");
        contains(error(write("x.json", set + "\"firms.grk.price\", \"value\": 5 } ] }")),
                "events[0].parameter: no entry 'grk' under firms; known: grok");
        ConfigLoader.load(write("ok.json", "{ " + firms + ", \"events\": [ { \"type\": \"funding\", \"firm\": \"grok\", "
                + "\"date\": \"2025-10-01\", \"amount\": 2.0e10, \"kind\": \"debt\" } ] }"), List.of());
    }

    @Test
    void setOverridesAnyParameterByPath() throws IOException {
        Path file = base();
        ExperimentConfig c = ConfigLoader.load(file, List.of("firms.grok.price=12.5", "market.social=network",
                "firms.claude.freePlan=false", "firms.grok.regions=[\"US\",\"EU\"]", "users.agents=1000",
                "users.filtering.mixture=[{\"weight\":1,\"a\":1,\"b\":3}]")).config();
        assertEquals(12.5, c.firms.get("grok").price);
        assertEquals("network", c.market.social);
        assertEquals(false, c.firms.get("claude").freePlan);
        assertEquals(List.of("US", "EU"), c.firms.get("grok").regions);
        assertEquals(1000, c.users.agents);
        assertEquals(3, c.users.filtering.mixture.get(0).b);
        assertEquals("Grok 3 (beta)", ConfigLoader.load(file, List.of("firms.grok.name=Grok 3 (beta)")).config()
                .firms.get("grok").name, "strings are taken as written, without quotes");
    }

    @Test
    void setWithAnObjectMergesLikeExtends() throws IOException {
        ExperimentConfig c = ConfigLoader.load(base(), List.of("firms.grok={\"quality\": 5}",
                "firms={\"gemini\": {\"price\": 0}}")).config();
        assertEquals(5, c.firms.get("grok").quality);
        assertEquals(8, c.firms.get("grok").price, "keys the object leaves out are kept");
        assertEquals(0.2, c.firms.get("grok").filtering);
        assertEquals(List.of("grok", "claude", "gemini"), List.copyOf(c.firms.keySet()), "a firm can be added");
        assertEquals(20, c.market.ticks);
    }

    @Test
    void setErrorsNameTheOverride() throws IOException {
        Path file = base();
        contains(error(file, "firms.grok.prise=3"), "--set firms.grok.prise=3: firms.grok.prise: unknown key 'prise' (did you mean 'price'?)");
        contains(error(file, "firms.grk.price=3"), "firms.grk: no entry 'grk' (did you mean 'grok'?); known: grok, claude");
        contains(error(file, "firms.grok.price=cheap"), "firms.grok.price: expected a number in [0, 1000000], got \"cheap\"");
        contains(error(file, "users.agents=0"), "--set users.agents=0: users.agents: expected an integer in [1, 200000000], got 0");
        contains(error(file, "market.ticks"), "--set market.ticks: expected path=value");
        contains(error(file, "firms..price=3"), "--set firms..price=3: empty key in path 'firms..price'");
        contains(error(file, "outputs.wide=yes"), "--set outputs.wide=yes: outputs.wide: expected a boolean, got \"yes\"");
        contains(error(file, "firms.grok.regions=US"), "firms.grok.regions: expected a JSON array (list of string), got \"US\"");
        contains(error(file, "firms.grok.regions=[\"UK\"]"), "firms.grok.regions[0]: unknown region 'UK'");
        contains(error(file, "users.filtering.mixture.a=3"),
                "users.filtering.mixture.a: cannot go inside a list of object; set it whole");
        contains(error(file, "market={\"tiks\": 3}"), "--set market={\"tiks\": 3}: market.tiks: unknown key 'tiks'"
                + " (did you mean 'ticks'?)");
    }

    @Test
    void getReadsAnyResolvedParameterAndNamesAMissingOne() throws IOException {
        JsonObject resolved = ConfigLoader.load(base(), List.of()).resolved();
        assertEquals(8, ConfigLoader.get(resolved, "firms.grok.price").getAsDouble());
        assertEquals("fixed", ConfigLoader.get(resolved, "firms.grok.strategy.pricing").getAsString());
        assertEquals(3, ConfigLoader.get(resolved, "users.regions").getAsJsonObject().size());
        assertEquals(new ExperimentConfig().users.filtering.mixture.get(0).weight,
                ConfigLoader.get(resolved, "users.filtering.mixture[0].weight").getAsDouble(), "list elements by index");
        contains(assertThrows(ConfigException.class, () -> ConfigLoader.get(resolved, "users.filtering.mixture[9].a"))
                .getMessage(), "parameter: users.filtering.mixture[9]: no element [9]: the list has 1");
        assertTrue(!resolved.has("extends"));
        contains(assertThrows(ConfigException.class, () -> ConfigLoader.get(resolved, "firms.grok.prise")).getMessage(),
                "parameter: firms.grok.prise: unknown key 'prise' (did you mean 'price'?); known: name, owner,");
        contains(assertThrows(ConfigException.class, () -> ConfigLoader.get(resolved, "firms.grk.price")).getMessage(),
                "parameter: firms.grk: unknown key 'grk' (did you mean 'grok'?); known: grok, claude");
        contains(assertThrows(ConfigException.class, () -> ConfigLoader.get(resolved, "firms.grok.price.x")).getMessage(),
                "parameter: firms.grok.price.x: unknown key 'x'; firms.grok.price is 8.0, which has no keys");
    }

    @Test
    void replicatesAreAnIntegerOrAnAdaptiveObject() throws IOException {
        base();
        Path fixed = write("fixed.json", "{ \"extends\": \"base.json\", \"sweep\": { \"replicates\": 7 } }");
        ReplicatesConfig seven = ConfigLoader.load(fixed, List.of()).config().sweep.replicates;
        assertTrue(!seven.adaptive() && seven.min == 7 && seven.max == 7);
        assertEquals(7, ConfigLoader.get(ConfigLoader.load(fixed, List.of()).resolved(), "sweep.replicates").getAsInt(),
                "the integer form resolves to an integer");
        assertEquals(1, ConfigLoader.load(base(), List.of()).config().sweep.replicates.min, "default: 1 replicate");

        Path adaptive = write("adaptive.json", """
                { "extends": "base.json", "sweep": { "replicates":
                  { "min": 4, "max": 60, "target": { "output": "meanShare", "firm": "claude", "ciHalfWidth": 0.01 } } } }
                """);
        ConfigLoader.LoadedConfig loaded = ConfigLoader.load(adaptive, List.of());
        ReplicatesConfig r = loaded.config().sweep.replicates;
        assertTrue(r.adaptive());
        assertEquals(List.of(4, 60, "meanShare", "claude", 0.01), List.of(r.min, r.max, r.target.output, r.target.firm,
                r.target.ciHalfWidth));
        assertEquals(60, ConfigLoader.get(loaded.resolved(), "sweep.replicates.max").getAsInt());
        assertEquals(0.01, ConfigLoader.load(adaptive, List.of("sweep.replicates.target.ciHalfWidth=0.01"))
                .config().sweep.replicates.target.ciHalfWidth);
        assertEquals(30, ConfigLoader.load(adaptive, List.of("sweep.replicates.max=30")).config().sweep.replicates.max);
        assertTrue(!ConfigLoader.load(adaptive, List.of("sweep.replicates=3")).config().sweep.replicates.adaptive(),
                "--set an integer over the object form");
        Path partial = write("partial.json", """
                { "extends": "base.json", "sweep": { "replicates": { "max": 20, "target": { "firm": "grok" } } } }
                """);
        ReplicatesConfig defaults = ConfigLoader.load(partial, List.of()).config().sweep.replicates;
        assertEquals(List.of(new ReplicatesConfig().min, 20, "finalShare", new ReplicationTarget().ciHalfWidth),
                List.of(defaults.min, defaults.max, defaults.target.output, defaults.target.ciHalfWidth));

        String where = adaptive + ": sweep.replicates";
        contains(error(adaptive, "sweep.replicates=0"), "--set sweep.replicates=0: sweep.replicates: expected an integer in"
                + " [1, 100000] or an object with keys min, max, target, got 0");
        contains(error(adaptive, "sweep.replicates=2.5"), "expected an integer in [1, 100000] or an object");
        contains(error(adaptive, "sweep.replicates.max=3"), where + ".max: must be at least min (4), got 3");
        contains(error(adaptive, "sweep.replicates.target.firm=grk"),
                where + ".target.firm: unknown firm 'grk' (did you mean 'grok'?); known: grok, claude");
        contains(error(adaptive, "sweep.replicates.target.firm="), where + ".target.firm: required; known: grok, claude");
        contains(error(adaptive, "sweep.replicates.target.output=share"),
                "sweep.replicates.target.output: expected one of finalShare, meanShare, got 'share'");
        contains(error(adaptive, "sweep.replicates.target.ciHalfWidth=-1"), "expected a number in [0, 1], got -1");
        contains(error(adaptive, "sweep.replicates.mx=3"), "sweep.replicates.mx: unknown key 'mx' (did you mean 'max'?)");
        Path noTarget = write("no-target.json", "{ \"extends\": \"base.json\", \"sweep\": { \"replicates\": { \"max\": 9 } } }");
        contains(error(noTarget), noTarget + ": sweep.replicates.target: required when replicates is an object");
        Path list = write("list.json", "{ \"extends\": \"base.json\", \"sweep\": { \"replicates\": [3] } }");
        contains(error(list), list + ": sweep.replicates: expected an integer in [1, 100000] or an object");
    }

    @Test
    void bundledConfigsAreValid() {
        for (String f : List.of("experiments/baseline.json", "experiments/bench/bc1.json")) {
            ConfigLoader.load(Path.of(f), List.of());
        }
    }

    @Test
    void setReachesIntoListsOfObjectsByIndex() throws IOException {
        Path file = write("p.json", """
                { "firms": { "grok": {} },
                  "platforms": { "x": { "bundles": [ { "firm": "grok", "bonus": 0.5 } ] } } }
                """);
        ExperimentConfig c = ConfigLoader.load(file, List.of("platforms.x.bundles[0].bonus=1.25",
                "users.filtering.mixture[0].a=3")).config();
        assertEquals(1.25, c.platforms.get("x").bundles.get(0).bonus);
        assertEquals("grok", c.platforms.get("x").bundles.get(0).firm, "the element's other keys kept");
        contains(error(file, "platforms.x.bundles[1].bonus=1"), "platforms.x.bundles[1]: no element [1]: the list has 1");
        contains(error(file, "platforms.x.bundles[0].bonsu=1"), "unknown key 'bonsu' (did you mean 'bonus'?)");
        contains(error(file, "firms.grok.regions[0].x=1"), "'regions' is not a list of objects");
    }

    private Path timeline() throws IOException {
        return write("timeline.json", """
                { "firms": { "grok": {} },
                  "events": [
                    { "id": "a", "type": "setPrice", "firm": "grok", "value": 1, "tick": 1 },
                    { "id": "b", "type": "setPrice", "firm": "grok", "value": 2, "tick": 2 },
                    { "type": "setPrice", "firm": "grok", "value": 3, "tick": 3 } ] }
                """);
    }

    private static List<Double> values(ExperimentConfig c) {
        return c.events.stream().map(e -> e.value).toList();
    }

    @Test
    void extraEventsAppendAfterTheInheritedEventsAlongTheChain() throws IOException {
        timeline();
        write("mid.json", """
                { "extends": "timeline.json",
                  "extraEvents": [ { "id": "c", "type": "setPrice", "firm": "grok", "value": 4, "tick": 1 } ] }
                """);
        Path top = write("top.json", """
                { "extends": "mid.json",
                  "extraEvents": [ { "type": "setPrice", "firm": "grok", "value": 5, "tick": 0 },
                                   { "id": "d", "type": "setPrice", "firm": "grok", "value": 6, "tick": 9 } ] }
                """);
        ConfigLoader.LoadedConfig loaded = ConfigLoader.load(top, List.of());
        assertEquals(List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0), values(loaded.config()), "inherited first, then each file's extras in order");
        assertEquals(List.of("a", "b", "", "c", "", "d"), loaded.config().events.stream().map(e -> e.id).toList());
        assertTrue(!loaded.resolved().has("extraEvents") && !loaded.resolved().has("removeEvents"),
                "the resolved config has only the final events");
        assertEquals(6, loaded.resolved().getAsJsonArray("events").size());
        Path own = write("own.json", """
                { "firms": { "grok": {} },
                  "events": [ { "type": "setPrice", "firm": "grok", "value": 1, "tick": 1 } ],
                  "extraEvents": [ { "type": "setPrice", "firm": "grok", "value": 2, "tick": 1 } ] }
                """);
        assertEquals(List.of(1.0, 2.0), values(ConfigLoader.load(own, List.of()).config()), "extras follow a file's own events");
    }

    @Test
    void removeEventsDropsInheritedEventsByIdBeforeExtrasAreAdded() throws IOException {
        timeline();
        Path child = write("child.json", """
                { "extends": "timeline.json", "removeEvents": ["b", "a"],
                  "extraEvents": [ { "id": "b", "type": "setPrice", "firm": "grok", "value": 7, "tick": 2 } ] }
                """);
        ExperimentConfig c = ConfigLoader.load(child, List.of()).config();
        assertEquals(List.of(3.0, 7.0), values(c), "removed, then a replacement under the freed id");
        assertEquals(List.of(2.0, 3.0), values(ConfigLoader.load(timeline(), List.of("removeEvents=[\"a\"]")).config()),
                "--set removeEvents works on the resolved events");
    }

    @Test
    void unknownAndDuplicateEventIdsNameTheFileAndPath() throws IOException {
        timeline();
        contains(error(write("child.json", "{ \"extends\": \"timeline.json\", \"removeEvents\": [\"a\", \"bb\"] }")),
                "child.json: removeEvents[1]: no inherited event has id 'bb' (did you mean 'b'?); known: b");
        contains(error(write("plain.json", "{ \"firms\": { \"grok\": {} }, \"removeEvents\": [\"x\"] }")),
                "plain.json: removeEvents[0]: no inherited event has id 'x'; known: none (the inherited events have no ids)");
        contains(error(write("dup.json", """
                { "extends": "timeline.json",
                  "extraEvents": [ { "id": "c", "type": "setPrice", "firm": "grok", "value": 4, "tick": 1 },
                                   { "id": "a", "type": "setPrice", "firm": "grok", "value": 5, "tick": 1 } ] }
                """)), "dup.json: extraEvents[1].id: duplicate event id 'a' (also ", "timeline.json events[0]); give each event");
        contains(error(write("dup2.json", """
                { "firms": { "grok": {} }, "events": [
                    { "id": "a", "type": "controversy", "firm": "grok", "tick": 1 },
                    { "id": "a", "type": "controversy", "firm": "grok", "tick": 2 } ] }
                """)), "dup2.json: events[1].id: duplicate event id 'a' (also events[0])");
    }

    @Test
    void errorsInAnExtraEventNameTheFileAndPathItWasWrittenAt() throws IOException {
        timeline();
        Path child = write("child.json", """
                { "extends": "timeline.json",
                  "extraEvents": [ { "type": "exitFirm", "firm": "grk", "tick": 1 } ] }
                """);
        String m = error(child);
        contains(m, "child.json: extraEvents[0].firm: unknown firm 'grk' (did you mean 'grok'?)");
        contains(error(write("typo.json", """
                { "extends": "timeline.json", "extraEvents": [ { "typ": "exitFirm" } ] }
                """)), "typo.json: extraEvents[0].typ: unknown key 'typ' (did you mean 'type'?)");
        contains(error(timeline(), "events[1].value=-1"), "timeline.json: events[1].value: expected a number in [0, 1000000]");
    }
}
