package chatshare.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.DoubleStream;
import org.apache.commons.statistics.descriptive.Mean;
import org.apache.commons.statistics.descriptive.StandardDeviation;

/**
 * Morris screening from the points of a morris design: trajectories of parameters + 1 consecutive
 * points, each step moving one parameter. A step's elementary effect is the change in the output
 * per unit-scaled change of the parameter it moved: (y_after - y_before) / ((x_after - x_before) /
 * (to - from)).
 */
public final class MorrisEffects {
    /**
     * The elementary effects of one parameter: their number, mean (mu), mean absolute value (mu*,
     * the importance) and sample standard deviation (sigma: interactions or non-linearity; NaN
     * for fewer than two effects).
     */
    public record Effect(int n, double mu, double muStar, double sigma) {
    }

    private MorrisEffects() {
    }

    /**
     * The effects of each parameter of {@code ranges} (path to {from, to}, in the design's
     * parameter order), from the design's points and one output per point. The moved parameter is
     * found by comparing consecutive points; a step that moved none (an integer parameter whose
     * step rounded away) gives no effect, and a step that moved several is an error.
     */
    public static Map<String, Effect> compute(List<Map<String, Double>> points, Map<String, double[]> ranges, double[] y) {
        int length = ranges.size() + 1;
        if (points.size() != y.length || points.size() % length != 0) {
            throw new IllegalArgumentException("morris needs trajectories of " + length + " points, each with an output; got "
                    + points.size() + " points and " + y.length + " outputs");
        }
        Map<String, DoubleStream.Builder> effects = new LinkedHashMap<>();
        ranges.keySet().forEach(name -> effects.put(name, DoubleStream.builder()));
        for (int start = 0; start < points.size(); start += length) {
            for (int i = start + 1; i < start + length; i++) {
                String moved = moved(points.get(i - 1), points.get(i), ranges, i);
                if (moved != null) {
                    double[] r = ranges.get(moved);
                    double dx = (points.get(i).get(moved) - points.get(i - 1).get(moved)) / (r[1] - r[0]);
                    effects.get(moved).add((y[i] - y[i - 1]) / dx);
                }
            }
        }
        Map<String, Effect> out = new LinkedHashMap<>();
        effects.forEach((name, builder) -> out.put(name, effect(builder.build().toArray())));
        return out;
    }

    private static String moved(Map<String, Double> before, Map<String, Double> after, Map<String, double[]> ranges, int i) {
        String moved = null;
        for (String name : ranges.keySet()) {
            if (Double.compare(before.get(name), after.get(name)) != 0) {
                if (moved != null) {
                    throw new IllegalArgumentException("points " + (i - 1) + " and " + i + " differ in " + moved + " and " + name
                            + ": not a morris trajectory");
                }
                moved = name;
            }
        }
        return moved;
    }

    private static Effect effect(double[] ee) {
        double[] abs = DoubleStream.of(ee).map(Math::abs).toArray();
        double sigma = ee.length < 2 ? Double.NaN : StandardDeviation.of(ee).getAsDouble();
        return new Effect(ee.length, Mean.of(ee).getAsDouble(), Mean.of(abs).getAsDouble(), sigma);
    }
}
