package chatshare.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chatshare.config.ConfigException;
import chatshare.config.SweepConfig;
import chatshare.config.SweepParameterConfig;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DesignTest {
    private static SweepParameterConfig range(double from, double to, Double step) {
        SweepParameterConfig p = new SweepParameterConfig();
        p.from = from;
        p.to = to;
        p.step = step;
        return p;
    }

    @Test
    void gridIsTheFullFactorialWithTheFirstParameterSlowest() {
        SweepConfig s = new SweepConfig();
        SweepParameterConfig price = new SweepParameterConfig();
        price.values = List.of(8.0, 16.0, 30.0);
        s.parameters.put("firms.grok.price", price);
        s.parameters.put("firms.grok.filtering", range(0.1, 0.5, 0.2));
        List<Map<String, Double>> points = Design.points(s, "x.json");
        assertEquals(9, points.size());
        assertEquals(Map.of("firms.grok.price", 8.0, "firms.grok.filtering", 0.1), points.get(0));
        assertEquals(Map.of("firms.grok.price", 8.0, "firms.grok.filtering", 0.5), points.get(2));
        assertEquals(Map.of("firms.grok.price", 30.0, "firms.grok.filtering", 0.5), points.get(8));
    }

    @Test
    void latinHypercubePutsOneSampleInEachStratumOfEveryParameter() {
        SweepConfig s = new SweepConfig();
        s.design = "latinHypercube";
        s.samples = 50;
        s.parameters.put("a", range(0, 1, null));
        s.parameters.put("b", range(10, 20, null));
        List<Map<String, Double>> points = Design.points(s, "x.json");
        assertEquals(50, points.size());
        for (String param : List.of("a", "b")) {
            Set<Integer> strata = new HashSet<>();
            for (Map<String, Double> p : points) {
                double u = param.equals("a") ? p.get("a") : (p.get("b") - 10) / 10;
                strata.add((int) Math.floor(u * 50));
            }
            assertEquals(50, strata.size(), param + ": every stratum used once");
        }
        assertEquals(points, Design.points(s, "x.json"), "same master seed, same points");
        s.seed = 2;
        assertNotEquals(points, Design.points(s, "x.json"));
    }

    @Test
    void randomSamplesStayInBoundsAndIntegersAreWhole() {
        SweepConfig s = new SweepConfig();
        s.design = "random";
        s.samples = 200;
        SweepParameterConfig agents = range(1000, 5000, null);
        agents.integer = true;
        s.parameters.put("users.agents", agents);
        for (Map<String, Double> p : Design.points(s, "x.json")) {
            double v = p.get("users.agents");
            assertTrue(v >= 1000 && v <= 5000 && v == Math.rint(v), "value " + v);
        }
    }

    @Test
    void badRangesNameTheParameter() {
        SweepConfig s = new SweepConfig();
        s.parameters.put("firms.grok.price", range(10, 5, 1.0));
        String m = assertThrows(ConfigException.class, () -> Design.points(s, "x.json")).getMessage();
        assertEquals("x.json: sweep.parameters.firms.grok.price: give values, or from <= to with a positive step", m);
        s.design = "list";
        assertTrue(assertThrows(ConfigException.class, () -> Design.points(s, "x.json")).getMessage()
                .contains("sweep.points: the list design needs points"));
    }

    @Test
    void seedsDeriveFromMasterPointAndReplicateOnly() {
        List<Map<String, Double>> points = List.of(Map.of("a", 1.0), Map.of("a", 2.0));
        List<RunSpec> runs = RunSpec.plan(points, 3, 42, false);
        assertEquals(6, runs.size());
        assertEquals("p0001-r002", runs.get(5).id());
        assertEquals(6, runs.stream().map(RunSpec::seed).distinct().count(), "distinct seeds");
        assertEquals(RunSpec.seed(42, 1, 2), runs.get(5).seed());
        assertEquals(runs, RunSpec.plan(points, 3, 42, false));
        assertNotEquals(runs.get(0).seed(), RunSpec.plan(points, 3, 43, false).get(0).seed());
        assertTrue(runs.stream().allMatch(r -> r.seed() >= 0));
        assertEquals(List.of("a=2", "market.seed=" + runs.get(5).seed()), runs.get(5).overrides());
    }

    @Test
    void withCommonRandomNumbersReplicateRHasOneSeedAtEveryPoint() {
        List<Map<String, Double>> points = List.of(Map.of("a", 1.0), Map.of("a", 2.0), Map.of("a", 3.0));
        List<RunSpec> runs = RunSpec.plan(points, 4, 42, true);
        assertEquals(12, runs.size());
        for (RunSpec run : runs) {
            assertEquals(RunSpec.seed(42, run.replicate()), run.seed(), run.id());
            assertEquals(runs.get(run.replicate()).seed(), run.seed(), "same seed as point 0, " + run.id());
        }
        assertEquals(4, runs.stream().map(RunSpec::seed).distinct().count(), "one seed per replicate");
        assertEquals("p0002-r003", runs.get(11).id(), "run ids do not change");
        assertNotEquals(runs.get(0).seed(), RunSpec.plan(points, 4, 43, true).get(0).seed());
        assertTrue(runs.stream().allMatch(r -> r.seed() >= 0));
        List<RunSpec> independent = RunSpec.plan(points, 4, 42, false);
        assertEquals(12, independent.stream().map(RunSpec::seed).distinct().count());
    }

    @Test
    void morrisTrajectoriesMoveOneParameterAtATimeByDelta() {
        SweepConfig s = new SweepConfig();
        s.design = "morris";
        s.samples = 20;
        s.levels = 4;
        s.parameters.put("a", range(0, 1, null));
        s.parameters.put("b", range(10, 40, null));
        s.parameters.put("c", range(-1, 1, null));
        List<Map<String, Double>> points = Design.points(s, "x.json");
        assertEquals(20 * 4, points.size(), "trajectories x (parameters + 1)");
        double delta = 4 / (2.0 * 3);
        for (int t = 0; t < 20; t++) {
            Set<String> moved = new HashSet<>();
            for (int k = 1; k <= 3; k++) {
                Map<String, Double> before = points.get(4 * t + k - 1);
                Map<String, Double> after = points.get(4 * t + k);
                List<String> changed = before.keySet().stream()
                        .filter(p -> Math.abs(before.get(p) - after.get(p)) > 1e-12).toList();
                assertEquals(1, changed.size(), "one parameter per step");
                String p = changed.get(0);
                moved.add(p);
                double width = p.equals("a") ? 1 : p.equals("b") ? 30 : 2;
                assertEquals(delta * width, Math.abs(after.get(p) - before.get(p)), 1e-9, "step of delta");
                assertTrue(after.get(p) >= (p.equals("b") ? 10 : p.equals("c") ? -1 : 0) - 1e-9, "stays in range");
            }
            assertEquals(Set.of("a", "b", "c"), moved, "every parameter moves once per trajectory");
        }
    }

    @Test
    void saltelliBlocksAreABAndAWithOneColumnFromB() {
        SweepConfig s = new SweepConfig();
        s.design = "saltelli";
        s.samples = 30;
        s.parameters.put("a", range(0, 1, null));
        s.parameters.put("b", range(10, 40, null));
        SweepParameterConfig agents = range(1000, 5000, null);
        agents.integer = true;
        s.parameters.put("c", agents);
        List<String> names = List.of("a", "b", "c");
        List<Map<String, Double>> points = Design.points(s, "x.json");
        assertEquals(30 * (3 + 2), points.size(), "samples x (parameters + 2)");
        for (int j = 0; j < 30; j++) {
            Map<String, Double> a = points.get(5 * j);
            Map<String, Double> b = points.get(5 * j + 1);
            for (String p : names) {
                assertNotEquals(a.get(p), b.get(p), "A and B are independent draws");
            }
            for (int i = 0; i < 3; i++) {
                Map<String, Double> ab = points.get(5 * j + 2 + i);
                assertEquals(names, List.copyOf(ab.keySet()), "parameters order");
                for (int q = 0; q < 3; q++) {
                    String p = names.get(q);
                    assertEquals(q == i ? b.get(p) : a.get(p), ab.get(p), "AB^(" + i + ")." + p);
                }
            }
        }
        for (Map<String, Double> p : points) {
            assertTrue(p.get("a") >= 0 && p.get("a") <= 1, "a in range");
            assertTrue(p.get("b") >= 10 && p.get("b") <= 40, "b in range");
            double c = p.get("c");
            assertTrue(c >= 1000 && c <= 5000 && c == Math.rint(c), "c whole and in range: " + c);
        }
        assertEquals(points, Design.points(s, "x.json"), "same master seed, same points");
        s.seed = 2;
        assertNotEquals(points, Design.points(s, "x.json"));
    }

    @Test
    void saltelliNeedsAProperRange() {
        SweepConfig s = new SweepConfig();
        s.design = "saltelli";
        s.parameters.put("a", range(0, 1, null));
        s.parameters.put("firms.grok.price", range(5, 5, null));
        String m = assertThrows(ConfigException.class, () -> Design.points(s, "x.json")).getMessage();
        assertEquals("x.json: sweep.parameters.firms.grok.price: saltelli needs from < to", m);
    }

    @Test
    void derivedSeedsDoNotCollideOverAMillionRuns() {
        Set<Long> seeds = new HashSet<>(2_000_000);
        for (int p = 0; p < 1000; p++) {
            for (int r = 0; r < 1000; r++) {
                seeds.add(RunSpec.seed(7, p, r));
            }
        }
        assertEquals(1_000_000, seeds.size());
    }
}
