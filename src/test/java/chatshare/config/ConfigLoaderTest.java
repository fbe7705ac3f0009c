package chatshare.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        assertEquals(0.6, ConfigLoader.get(loaded.resolved(), "firms.claude.freeQuality").getAsDouble(),
                "resolved config spells out defaults");
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
        contains(error(a), "cycle of extends");
        Path orphan = write("orphan.json", "{ \"extends\": \"nowhere.json\" }");
        contains(error(orphan), "orphan.json: extends: base file not found", "nowhere.json");
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
        contains(error(write("x.json", "[1, 2]")), "x.json: expected a JSON object at the top level");
        contains(error(write("x.json", "{ \"market\": ")), "x.json: invalid JSON");
        contains(error(dir.resolve("absent.json")), "absent.json: file not found");
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
        String set = "{ " + firms + ", \"events\": [ { \"type\": \"setParameter\", \"tick\": 1, \"parameter\": ";
        contains(error(write("x.json", set + "\"users.agents\", \"value\": 5 } ] }")),
                "events[0].parameter: 'users.agents' is fixed once the run starts");
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
    }

    @Test
    void setErrorsNameTheOverride() throws IOException {
        Path file = base();
        contains(error(file, "firms.grok.prise=3"), "--set firms.grok.prise=3: firms.grok.prise: unknown key 'prise' (did you mean 'price'?)");
        contains(error(file, "firms.grk.price=3"), "firms.grk: no entry 'grk' (did you mean 'grok'?); known: grok, claude");
        contains(error(file, "firms.grok.price=cheap"), "firms.grok.price: expected a number in [0, inf], got \"cheap\"");
        contains(error(file, "users.agents=0"), "--set users.agents=0: users.agents: expected an integer in [1, 200000000], got 0");
        contains(error(file, "market.ticks"), "--set market.ticks: expected path=value");
    }

    @Test
    void describeListsEveryLeafWithDefaultRangeAndMeaning() {
        List<ConfigDescriber.Key> keys = ConfigDescriber.keys();
        for (var field : Schema.fields(FirmConfig.class).entrySet()) {
            String path = "firms.<firm>." + field.getKey();
            if (Schema.isSection(field.getValue().getType())) {
                for (String leaf : Schema.fields(field.getValue().getType()).keySet()) {
                    assertTrue(keys.stream().anyMatch(k -> k.path().equals(path + "." + leaf)), path + "." + leaf);
                }
            } else {
                assertTrue(keys.stream().anyMatch(k -> k.path().equals(path)), path);
            }
        }
        ConfigDescriber.Key price = keys.stream().filter(k -> k.path().equals("firms.<firm>.price")).findFirst().orElseThrow();
        assertEquals("number", price.type());
        assertEquals("20", price.defaultValue());
        assertEquals("[0, inf]", price.allowed());
        assertTrue(price.meaning().contains("price"));
        assertTrue(keys.stream().allMatch(k -> !k.meaning().isEmpty()), "every key documented");
        assertTrue(keys.stream().anyMatch(k -> k.path().equals("platforms.<platform>.bundles[i].firm")));
        assertTrue(keys.stream().anyMatch(k -> k.path().equals("users.segments.enterprise.tokensPerMonth")
                && k.defaultValue().equals("100")), "segment-specific defaults");
    }

    @Test
    void configReferenceInDocsIsUpToDate() throws IOException {
        Path doc = Path.of("docs", "CONFIG.md");
        assertEquals(ConfigDescriber.markdown(), Files.readString(doc),
                "regenerate with: ./chatshare describe --markdown > docs/CONFIG.md");
    }

    @Test
    void bundledConfigsAreValid() {
        for (String f : List.of("experiments/baseline.json", "experiments/bench/bc1.json")) {
            ConfigLoader.load(Path.of(f), List.of());
        }
    }
}
