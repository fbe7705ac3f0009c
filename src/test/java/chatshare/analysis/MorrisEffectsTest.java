package chatshare.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chatshare.config.SweepConfig;
import chatshare.config.SweepParameterConfig;
import chatshare.experiment.Design;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/** Elementary effects of functions whose effects are known, on points of the morris design. */
class MorrisEffectsTest {
    /** x1 on [0, 1], x2 on [10, 40], x3 on [-1, 1], x4 on [2, 3]. */
    private static final Map<String, double[]> RANGES = new LinkedHashMap<>();

    static {
        RANGES.put("x1", new double[] {0, 1});
        RANGES.put("x2", new double[] {10, 40});
        RANGES.put("x3", new double[] {-1, 1});
        RANGES.put("x4", new double[] {2, 3});
    }

    private static List<Map<String, Double>> morris() {
        SweepConfig s = new SweepConfig();
        s.design = "morris";
        s.samples = 30;
        s.levels = 4;
        s.seed = 99;
        RANGES.forEach((name, r) -> {
            SweepParameterConfig p = new SweepParameterConfig();
            p.from = r[0];
            p.to = r[1];
            s.parameters.put(name, p);
        });
        return Design.points(s, "test");
    }

    private static Map<String, MorrisEffects.Effect> effects(ToDoubleFunction<Map<String, Double>> f) {
        List<Map<String, Double>> points = morris();
        return MorrisEffects.compute(points, RANGES, points.stream().mapToDouble(f).toArray());
    }

    @Test
    void aLinearFunctionHasConstantEffectsOfCoefficientTimesRange() {
        double[] c = {5, -0.2, 1.5, 0};
        Map<String, MorrisEffects.Effect> e = effects(x -> c[0] * x.get("x1") + c[1] * x.get("x2") + c[2] * x.get("x3"));
        int i = 0;
        for (Map.Entry<String, double[]> r : RANGES.entrySet()) {
            MorrisEffects.Effect effect = e.get(r.getKey());
            double expected = c[i++] * (r.getValue()[1] - r.getValue()[0]);
            assertEquals(30, effect.n(), "one effect per trajectory");
            assertEquals(expected, effect.mu(), 1e-9, r.getKey());
            assertEquals(Math.abs(expected), effect.muStar(), 1e-9, r.getKey());
            assertEquals(0, effect.sigma(), 1e-9, r.getKey() + ": no interaction, no spread");
        }
        assertEquals(0, e.get("x4").muStar(), "x4 has no effect at all");
        // unit-scaled effects: 5, -6, 3, 0
        assertEquals(List.of("x2", "x1", "x3", "x4"), e.keySet().stream()
                .sorted((a, b) -> Double.compare(e.get(b).muStar(), e.get(a).muStar())).toList(), "ranking by mu*");
    }

    @Test
    void interactionsShowAsSpreadAndAdditiveTermsDoNot() {
        Map<String, MorrisEffects.Effect> e = effects(x -> x.get("x1") * x.get("x2") + 3 * x.get("x3"));
        assertTrue(e.get("x1").sigma() > 1, "x1 interacts with x2: " + e.get("x1"));
        assertTrue(e.get("x2").sigma() > 1, "x2 interacts with x1: " + e.get("x2"));
        assertEquals(0, e.get("x3").sigma(), 1e-9, "x3 is additive");
        assertEquals(6, e.get("x3").muStar(), 1e-9);
        assertEquals(0, e.get("x4").muStar());
        // The effect of x1 is x2 (1 - 0) in [10, 40], so mu* lies between them.
        assertTrue(e.get("x1").muStar() > 10 && e.get("x1").muStar() < 40, e.get("x1").toString());
    }

    @Test
    void aStepThatMovesTwoParametersIsNotATrajectory() {
        Map<String, double[]> ranges = new LinkedHashMap<>();
        ranges.put("a", new double[] {0, 1});
        ranges.put("b", new double[] {0, 1});
        List<Map<String, Double>> points = List.of(Map.of("a", 0.0, "b", 0.0), Map.of("a", 0.5, "b", 0.0),
                Map.of("a", 1.0, "b", 1.0));
        String m = assertThrows(IllegalArgumentException.class,
                () -> MorrisEffects.compute(points, ranges, new double[3])).getMessage();
        assertTrue(m.contains("points 1 and 2 differ in a and b"), m);
        assertThrows(IllegalArgumentException.class, () -> MorrisEffects.compute(points, ranges, new double[2]));
    }

    @Test
    void effectsUseTheActualStepOfEachMove() {
        // A hand-made trajectory with unequal steps: y = 2 a + 4 b on a in [0, 2], b in [0, 1].
        Map<String, double[]> ranges = new LinkedHashMap<>();
        ranges.put("a", new double[] {0, 2});
        ranges.put("b", new double[] {0, 1});
        List<Map<String, Double>> points = List.of(Map.of("a", 0.0, "b", 1.0), Map.of("a", 0.0, "b", 0.25),
                Map.of("a", 1.5, "b", 0.25));
        double[] y = points.stream().mapToDouble(p -> 2 * p.get("a") + 4 * p.get("b")).toArray();
        Map<String, MorrisEffects.Effect> e = MorrisEffects.compute(points, ranges, y);
        assertEquals(4, e.get("a").mu(), 1e-12, "2 per unit of a, 4 per unit-scaled a");
        assertEquals(4, e.get("b").mu(), 1e-12);
        assertEquals(1, e.get("a").n());
        assertTrue(Double.isNaN(e.get("a").sigma()), "no spread from one effect");
    }
}
