package chatshare.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import chatshare.model.Streams;
import chatshare.output.CsvFormat;

/** One run of a sweep: its design point, replicate, derived seed and parameter values. */
public record RunSpec(String id, int point, int replicate, long seed, Map<String, Double> values) {
    /**
     * Points x replicates in order. With common random numbers (crn) the seed derives from
     * (master seed, replicate) only, so replicate r of every point draws the same random streams;
     * without, from (master seed, point, replicate).
     */
    public static List<RunSpec> plan(List<Map<String, Double>> points, int replicates, long master, boolean crn) {
        List<RunSpec> runs = new ArrayList<>();
        for (int p = 0; p < points.size(); p++) {
            for (int r = 0; r < replicates; r++) {
                runs.add(of(points, p, r, master, crn));
            }
        }
        return runs;
    }

    /** Replicate r of point p. */
    public static RunSpec of(List<Map<String, Double>> points, int p, int r, long master, boolean crn) {
        return new RunSpec(String.format("p%04d-r%03d", p, r), p, r, crn ? seed(master, r) : seed(master, p, r),
                points.get(p));
    }

    /** A non-negative seed mixed from (master, point, replicate) by SplitMix64 steps. */
    static long seed(long master, int point, int replicate) {
        return Streams.derive(master, point, replicate) >>> 1;
    }

    /** The common-random-numbers seed of replicate r: a non-negative SplitMix64 mix of (master, replicate). */
    static long seed(long master, int replicate) {
        return Streams.derive(master, replicate) >>> 1;
    }

    /** The --set overrides that turn the base config into this run. */
    public List<String> overrides() {
        List<String> sets = new ArrayList<>();
        values.forEach((path, v) -> sets.add(path + "=" + CsvFormat.number(v)));
        sets.add("market.seed=" + seed);
        return sets;
    }
}
