package chatshare.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chatshare.config.SweepConfig;
import chatshare.config.SweepParameterConfig;
import chatshare.experiment.Design;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;

/** Sobol indices of test functions with analytic indices, sampled with the saltelli design. */
class SobolIndicesTest {
    private static List<Map<String, Double>> saltelli(int samples, List<String> names, double from, double to) {
        SweepConfig s = new SweepConfig();
        s.design = "saltelli";
        s.samples = samples;
        s.seed = 2024;
        for (String name : names) {
            SweepParameterConfig p = new SweepParameterConfig();
            p.from = from;
            p.to = to;
            s.parameters.put(name, p);
        }
        return Design.points(s, "test");
    }

    private static double[] outputs(List<Map<String, Double>> points, ToDoubleFunction<Map<String, Double>> f) {
        return points.stream().mapToDouble(f).toArray();
    }

    /**
     * The analytic index lies within the bootstrap 95% interval widened by a quarter of its width
     * on each side (about 3 standard errors instead of 1.96, so 18 checks rarely fail by chance),
     * the error is below {@code tolerance}, and the interval holds the point estimate.
     */
    private static void assertIndex(String what, double expected, SobolIndices.Estimate e, double tolerance) {
        double width = e.high() - e.low();
        assertTrue(e.low() <= e.value() && e.value() <= e.high(), what + ": the interval holds the estimate " + e);
        assertTrue(e.low() - width / 4 <= expected && expected <= e.high() + width / 4,
                what + ": analytic " + expected + " outside the widened interval " + e);
        assertEquals(expected, e.value(), tolerance, what + ": " + e);
    }

    @Test
    void ishigamiIndicesMatchTheAnalyticValues() {
        List<String> names = List.of("x1", "x2", "x3");
        List<Map<String, Double>> points = saltelli(1 << 14, names, -Math.PI, Math.PI);
        double[] y = outputs(points, x -> {
            double s1 = Math.sin(x.get("x1"));
            double s2 = Math.sin(x.get("x2"));
            return s1 + 7 * s2 * s2 + 0.1 * Math.pow(x.get("x3"), 4) * s1;
        });
        Map<String, SobolIndices.Index> indices = SobolIndices.compute(names, y, 1000, 7);
        double[] first = {0.3139, 0.4424, 0};
        double[] total = {0.5576, 0.4424, 0.2437};
        for (int i = 0; i < 3; i++) {
            SobolIndices.Index index = indices.get(names.get(i));
            assertIndex("S" + (i + 1), first[i], index.first(), 0.03);
            assertIndex("ST" + (i + 1), total[i], index.total(), 0.03);
        }
    }

    @Test
    void sobolGFunctionIndicesMatchTheAnalyticValues() {
        double[] a = {0, 1, 4.5, 9, 99, 99};
        List<String> names = new ArrayList<>();
        for (int i = 0; i < a.length; i++) {
            names.add("x" + (i + 1));
        }
        List<Map<String, Double>> points = saltelli(1 << 13, names, 0, 1);
        double[] y = outputs(points, x -> {
            double g = 1;
            for (int i = 0; i < a.length; i++) {
                g *= (Math.abs(4 * x.get(names.get(i)) - 2) + a[i]) / (1 + a[i]);
            }
            return g;
        });
        Map<String, SobolIndices.Index> indices = SobolIndices.compute(names, y, 1000, 7);
        double[] vi = new double[a.length];
        double v = 1;
        for (int i = 0; i < a.length; i++) {
            vi[i] = 1 / (3 * (1 + a[i]) * (1 + a[i]));
            v *= 1 + vi[i];
        }
        v -= 1;
        for (int i = 0; i < a.length; i++) {
            double others = 1;
            for (int j = 0; j < a.length; j++) {
                others *= j == i ? 1 : 1 + vi[j];
            }
            SobolIndices.Index index = indices.get(names.get(i));
            assertIndex("S" + (i + 1), vi[i] / v, index.first(), 0.03);
            assertIndex("ST" + (i + 1), vi[i] * others / v, index.total(), 0.03);
        }
    }

    @Test
    void theBootstrapIsDeterministicForASeed() {
        List<String> names = List.of("x1", "x2");
        double[] y = outputs(saltelli(200, names, 0, 1), x -> x.get("x1") + 2 * x.get("x2") * x.get("x2"));
        assertEquals(SobolIndices.compute(names, y, 200, 5), SobolIndices.compute(names, y, 200, 5));
        SobolIndices.Index other = SobolIndices.compute(names, y, 200, 6).get("x1");
        SobolIndices.Index first = SobolIndices.compute(names, y, 200, 5).get("x1");
        assertEquals(first.first().value(), other.first().value(), "the estimate does not depend on the bootstrap seed");
        assertTrue(first.first().low() != other.first().low(), "the interval does");
    }

    @Test
    void aConstantAddedToTheOutputChangesNothing() {
        List<String> names = List.of("x1", "x2");
        double[] y = outputs(saltelli(500, names, 0, 1), x -> Math.sin(6 * x.get("x1")) + x.get("x2"));
        double[] shifted = DoubleStream.of(y).map(v -> v + 1000).toArray();
        Map<String, SobolIndices.Index> plain = SobolIndices.compute(names, y, 100, 3);
        Map<String, SobolIndices.Index> moved = SobolIndices.compute(names, shifted, 100, 3);
        for (String name : names) {
            assertEquals(plain.get(name).first().value(), moved.get(name).first().value(), 1e-9, name);
            assertEquals(plain.get(name).first().high(), moved.get(name).first().high(), 1e-9, name);
            assertEquals(plain.get(name).total().value(), moved.get(name).total().value(), 1e-9, name);
        }
    }

    @Test
    void outputsMustComeInWholeBlocks() {
        assertThrows(IllegalArgumentException.class, () -> SobolIndices.compute(List.of("a", "b"), new double[9]));
        assertThrows(IllegalArgumentException.class, () -> SobolIndices.compute(List.of("a", "b"), new double[4]));
        assertThrows(IllegalArgumentException.class, () -> SobolIndices.compute(List.of("a"), new double[6], 0, 1));
    }
}
