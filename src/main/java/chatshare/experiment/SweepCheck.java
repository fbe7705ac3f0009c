package chatshare.experiment;

import chatshare.config.ConfigException;
import chatshare.config.ConfigLoader;
import chatshare.config.ParameterPolicy;
import chatshare.config.SweepConfig;
import chatshare.output.CsvFormat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Everything a sweep checks before its first run, shared by {@code sweep} and {@code validate} so
 * that a config validate accepts never fails at the start of its sweep: the plan's size, the design,
 * every swept path with the first run's value, and the first run's whole point. Later points are
 * checked as their runs start: a bad one is a failed run, recorded in runs.csv.
 */
public final class SweepCheck {
    private SweepCheck() {
    }

    /** The design points of the config's sweep section, once the plan, the design and the first run have been checked. */
    public static List<Map<String, Double>> points(Path config, List<String> sets, SweepConfig sweep) {
        List<Map<String, Double>> points = Design.points(sweep, config.toString());
        if (points.isEmpty()) {
            return points;
        }
        RunSpec first = RunSpec.of(points, 0, 0, sweep.seed, sweep.commonRandomNumbers);
        for (Map.Entry<String, Double> value : first.values().entrySet()) {
            String path = value.getKey();
            if (!ParameterPolicy.allows(path, ParameterPolicy.Use.SWEEP)) {
                throw new ConfigException(config + ": sweep.parameters." + path + ": cannot be swept (run seeds come from"
                        + " sweep.seed and the replicate; threads and the sweep section do not change a run)");
            }
            try {
                ConfigLoader.load(config, concat(sets, List.of(path + "=" + CsvFormat.number(value.getValue()))));
            } catch (ConfigException x) {
                String why = x.getMessage().substring(x.getMessage().indexOf(": ") + 2);
                throw new ConfigException(config + ": sweep.parameters." + path + ": " + why);
            }
        }
        ConfigLoader.load(config, concat(sets, first.overrides()));
        return points;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
