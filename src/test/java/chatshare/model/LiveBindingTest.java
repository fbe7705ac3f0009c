package chatshare.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chatshare.config.ConfigLoader;
import chatshare.config.ExperimentConfig;
import chatshare.config.LiveParameters;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Every live path of the schema is bound explicitly (LiveBinding): a live edit reaches the model's
 * state where it keeps one, and a key no rule names (a new or renamed config key) is an error
 * rather than an edit that silently does nothing.
 */
class LiveBindingTest {
    private static ExperimentConfig shipped(String file) {
        return ConfigLoader.load(Path.of(file), List.of("users.agents=2000")).config();
    }

    @ParameterizedTest
    @ValueSource(strings = {"experiments/baseline.json", "experiments/history-calibrated.json",
        "experiments/scenarios/eu-filtering-floor.json"})
    void everyLivePathOfAShippedConfigHasABinding(String file) {
        for (String path : LiveParameters.paths(shipped(file))) {
            LiveBinding.rule(path); // throws for a path without one
        }
    }

    @Test
    void everyKeyKeptAsStateIsALivePathOfTheSchema() {
        // A rename of FirmConfig.price (say) would leave the slot "price" naming no path: this fails.
        Set<String> seen = new TreeSet<>();
        for (String path : LiveParameters.paths(shipped("experiments/history-calibrated.json"))) {
            String[] keys = path.split("\\.");
            if (keys.length == 3) {
                seen.add(keys[0] + "." + keys[2]);
            }
        }
        for (String key : LiveBinding.stateKeys()) {
            assertTrue(seen.contains(key), key + " is kept as state but is no live path of the schema");
        }
    }

    @Test
    void aKeyNoRuleNamesIsAnError() {
        assertThrows(IllegalStateException.class, () -> LiveBinding.rule("firms.grok.listPrice"));
        assertThrows(IllegalStateException.class, () -> LiveBinding.rule("platforms.x.members2"));
    }

    @Test
    void everyLiveEditOfARunningMarketIsWhatTheModelThenReads() {
        ExperimentConfig c = shipped("experiments/history-calibrated.json");
        Market m = new Market(c, 5, 1);
        m.start();
        m.schedule.step(m);
        int state = 0;
        for (String path : LiveParameters.paths(m.config())) {
            LiveParameters.Live live = LiveParameters.describe(m.config(), path);
            double now = m.live.value(path);
            double next = live.type() == int.class ? (now + 1 <= live.max() ? now + 1 : now - 1)
                    : Math.min(live.max(), Math.max(live.min(), now == 0 ? 0.5 * Math.min(1, live.max()) : now * 0.9));
            if (next == now) {
                continue; // a key pinned by its range
            }
            assertNull(m.live.set(path, next), path);
            assertEquals(next, m.live.value(path), 1e-12, path);
            assertEquals(next, ((Number) LiveParameters.describe(m.config(), path).value()).doubleValue(), 1e-12,
                    path + ": the run's config follows too");
            if (LiveBinding.rule(path) == LiveBinding.Rule.STATE) {
                state++;
            }
        }
        assertTrue(state >= 8 * c.firms.size(), "the firms' state slots were edited: " + state);
        Firm grok = m.firm("grok");
        m.live.set("firms.grok.price", 7.25);
        assertEquals(7.25, grok.offer().price(), 0, "the live offer itself");
        m.live.set("firms.grok.reputation", -0.4);
        assertEquals(-0.4, grok.reputation().value(), 0);
        m.live.set("users.segments.consumer.habitWeight", 1.75);
        assertEquals(1.75, m.segments().habitWeight(0), 0, "the segments' tables are read again");
        m.finish();
    }
}
