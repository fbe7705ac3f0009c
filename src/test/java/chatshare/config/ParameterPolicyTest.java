package chatshare.config;

import static chatshare.config.ParameterPolicy.Use.CALIBRATE;
import static chatshare.config.ParameterPolicy.Use.LIVE;
import static chatshare.config.ParameterPolicy.Use.SWEEP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one policy that setParameter, sweeps and calibration consult. */
class ParameterPolicyTest {
    @Test
    void ordinaryParametersMayChangeInEveryWay() {
        for (ParameterPolicy.Use use : ParameterPolicy.Use.values()) {
            assertTrue(ParameterPolicy.allows("firms.grok.price", use), use.toString());
            assertTrue(ParameterPolicy.allows("users.segments.consumer.reviewProb", use), use.toString());
        }
    }

    @Test
    void theSeedThreadsAndSweepSectionNeverChangeARun() {
        for (String path : List.of("market.seed", "market.threads", "sweep.seed", "sweep.replicates.min")) {
            for (ParameterPolicy.Use use : ParameterPolicy.Use.values()) {
                assertFalse(ParameterPolicy.allows(path, use), path + " " + use);
            }
        }
    }

    @Test
    void structureIsFixedOnceARunStartsButMayDifferBetweenRuns() {
        for (String path : List.of("users.agents", "users.regions.US.share", "users.filtering.mixture[1].weight",
                "users.segments.power.priceSensitivity", "firms.grok.initialAwareness", "market.networkDegree")) {
            assertFalse(ParameterPolicy.allows(path, LIVE), path);
            assertTrue(ParameterPolicy.allows(path, SWEEP), path);
            assertTrue(ParameterPolicy.allows(path, CALIBRATE), path);
        }
    }

    @Test
    void theTimelineAndCalendarMayBeSweptButNotCalibrated() {
        for (String path : List.of("events[0].amount", "market.ticks", "market.start")) {
            assertTrue(ParameterPolicy.allows(path, SWEEP), path);
            assertFalse(ParameterPolicy.allows(path, CALIBRATE), path);
            assertFalse(ParameterPolicy.allows(path, LIVE), path);
        }
    }

    @Test
    void keysMatchWholeNamesOnly() {
        assertTrue(ParameterPolicy.allows("eventsX", CALIBRATE), "a key that merely starts like a fixed one");
        assertFalse(ParameterPolicy.allows("events", CALIBRATE));
    }

    @Test
    void theFixedKeysNamedInMessagesAreExactlyTheRefusedOnes() {
        List<String> fixed = ParameterPolicy.fixedKeys(CALIBRATE);
        assertEquals(List.of("events", "extraEvents", "removeEvents", "market.seed", "market.threads", "market.ticks",
                "market.start", "sweep"), fixed);
        fixed.forEach(key -> assertFalse(ParameterPolicy.allows(key, CALIBRATE), key));
    }
}
