package chatshare.experiment;

import chatshare.config.ConfigException;
import chatshare.config.ConfigLoader;
import chatshare.config.SweepConfig;
import chatshare.output.CsvFormat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a sweep checks before its first run, shared by {@code sweep} and {@code validate} so
 * that a config validate accepts never fails at the start of its sweep: the plan's size, the design,
 * every swept path and each parameter's smallest and largest value (a range check on the extremes
 * covers every value in between), and the first run's whole point.
 */
public final class SweepCheck {
    private SweepCheck() {
    }

    /** The design points of the config's sweep section, once all of it has been checked. */
    public static List<Map<String, Double>> points(Path config, List<String> sets, SweepConfig sweep) {
        List<Map<String, Double>> points = Design.points(sweep, config.toString());
        Map<String, double[]> extremes = new LinkedHashMap<>();
        for (Map<String, Double> point : points) {
            for (Map.Entry<String, Double> v : point.entrySet()) {
                double[] e = extremes.computeIfAbsent(v.getKey(), k -> new double[] {v.getValue(), v.getValue()});
                e[0] = Math.min(e[0], v.getValue());
                e[1] = Math.max(e[1], v.getValue());
            }
        }
        for (Map.Entry<String, double[]> e : extremes.entrySet()) {
            String path = e.getKey();
            if (path.equals("market.seed") || path.equals("market.threads") || path.startsWith("sweep.")) {
                throw new ConfigException(config + ": sweep.parameters." + path + ": cannot be swept (run seeds come from"
                        + " sweep.seed and the replicate; threads and the sweep section do not change a run)");
            }
            for (double value : e.getValue()) {
                try {
                    ConfigLoader.load(config, concat(sets, List.of(path + "=" + CsvFormat.number(value))));
                } catch (ConfigException x) {
                    String why = x.getMessage().substring(x.getMessage().indexOf(": ") + 2);
                    throw new ConfigException(config + ": sweep.parameters." + path + ": " + why);
                }
            }
        }
        if (!points.isEmpty()) {
            ConfigLoader.load(config, concat(sets, RunSpec.of(points, 0, 0, sweep.seed, sweep.commonRandomNumbers).overrides()));
        }
        return points;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
