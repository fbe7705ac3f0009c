package chatshare.experiment;

import chatshare.analysis.Interval;
import chatshare.analysis.ReplicateSummary;
import chatshare.config.ReplicatesConfig;
import chatshare.config.ReplicationTarget;
import chatshare.config.SweepConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Which runs a sweep (or one shard of it) does, round by round. A fixed number of replicates is
 * one round: every point x replicate (a shard takes runs k, k + N, ... of them). Adaptive
 * replicates start with min replicates of every point; each further round adds, in point order,
 * max(1, n / 2) replicates (capped at max) to every point whose Student-t 95% CI half-width of the
 * target output over its n replicates is above the target, until no point needs more. A point
 * with a failed run gets no more replicates. A round depends only on the outcomes of the rounds
 * before it, never on thread timing, so the runs are the same for any --threads; a point's
 * replicates depend only on its own outcomes, so a shard of adaptive replicates takes whole
 * points (k, k + N, ...) and the union of the shards is the one-machine sweep.
 */
public final class Replication {
    private final List<Map<String, Double>> points;
    private final ReplicatesConfig replicates;
    private final long master;
    private final boolean crn;
    /** The points this sweep or shard runs (adaptive), in order. */
    private final List<Integer> mine;
    /** The runs of a fixed sweep or shard. */
    private final List<RunSpec> fixedRuns;

    private Replication(List<Map<String, Double>> points, SweepConfig sweep, List<Integer> mine, List<RunSpec> fixedRuns) {
        this.points = points;
        this.replicates = sweep.replicates;
        this.master = sweep.seed;
        this.crn = sweep.commonRandomNumbers;
        this.mine = mine;
        this.fixedRuns = fixedRuns;
    }

    /** The whole sweep (shard 0 of 1) or shard k of n. */
    public static Replication of(SweepConfig sweep, List<Map<String, Double>> points, int k, int n) {
        if (sweep.replicates.adaptive()) {
            List<Integer> mine = IntStream.range(0, points.size()).filter(p -> p % n == k).boxed().toList();
            return new Replication(points, sweep, mine, null);
        }
        List<RunSpec> all = RunSpec.plan(points, sweep.replicates.min, sweep.seed, sweep.commonRandomNumbers);
        List<RunSpec> runs = IntStream.range(0, all.size()).filter(i -> i % n == k).mapToObj(all::get).toList();
        return new Replication(points, sweep, null, runs);
    }

    public boolean adaptive() {
        return fixedRuns == null;
    }

    /** Runs the whole sweep plans up front (all shards): points x replicates, or points x min. */
    public int plannedRuns() {
        return points.size() * replicates.min;
    }

    /** The first round. */
    public List<RunSpec> first() {
        if (!adaptive()) {
            return fixedRuns;
        }
        List<RunSpec> runs = new ArrayList<>();
        for (int p : mine) {
            for (int r = 0; r < replicates.min; r++) {
                runs.add(RunSpec.of(points, p, r, master, crn));
            }
        }
        return runs;
    }

    /** The next round given the outcomes of every run so far (empty when the sweep is done). */
    public List<RunSpec> next(List<Sweep.Outcome> done) {
        if (!adaptive()) {
            return List.of();
        }
        Map<Integer, List<Sweep.Outcome>> byPoint = byPoint(done);
        List<RunSpec> runs = new ArrayList<>();
        for (int p : mine) {
            List<Sweep.Outcome> outcomes = byPoint.getOrDefault(p, List.of());
            int n = outcomes.size();
            if (n >= replicates.max || outcomes.stream().anyMatch(o -> !o.ok()) || met(outcomes)) {
                continue;
            }
            int more = Math.min(replicates.max - n, Math.max(1, n / 2));
            for (int r = n; r < n + more; r++) {
                runs.add(RunSpec.of(points, p, r, master, crn));
            }
        }
        return runs;
    }

    /** The achieved 95% CI half-width of the target output over a point's runs (NaN below two runs). */
    public double halfWidth(List<Sweep.Outcome> outcomes) {
        ReplicationTarget t = replicates.target;
        double[] values = outcomes.stream().filter(Sweep.Outcome::ok)
                .mapToDouble(o -> o.firms().containsKey(t.firm) ? ReplicateSummary.output(o.firms().get(t.firm), t.output)
                        : Double.NaN)
                .toArray();
        return Interval.of(values).halfWidth();
    }

    private boolean met(List<Sweep.Outcome> outcomes) {
        return halfWidth(outcomes) <= replicates.target.ciHalfWidth; // NaN (too few runs) is not met
    }

    private static Map<Integer, List<Sweep.Outcome>> byPoint(List<Sweep.Outcome> done) {
        Map<Integer, List<Sweep.Outcome>> byPoint = new TreeMap<>();
        for (Sweep.Outcome o : done) {
            byPoint.computeIfAbsent(o.spec().point(), p -> new ArrayList<>()).add(o);
        }
        return byPoint;
    }

    /** What adaptive replication did (for stderr): replicates per point and the points that stopped at max. */
    public String report(List<Sweep.Outcome> done) {
        if (!adaptive()) {
            return "";
        }
        if (mine.isEmpty()) {
            return "adaptive replicates: no points in this shard";
        }
        Map<Integer, List<Sweep.Outcome>> byPoint = byPoint(done);
        int least = Integer.MAX_VALUE;
        int most = 0;
        List<String> unmet = new ArrayList<>();
        for (int p : mine) {
            List<Sweep.Outcome> outcomes = byPoint.getOrDefault(p, List.of());
            least = Math.min(least, outcomes.size());
            most = Math.max(most, outcomes.size());
            if (outcomes.stream().allMatch(Sweep.Outcome::ok) && !met(outcomes)) {
                unmet.add(String.format("p%04d", p));
            }
        }
        ReplicationTarget t = replicates.target;
        return String.format("adaptive replicates (%s's %s 95%% CI half-width <= %s): %d to %d per point; %s", t.firm,
                t.output, chatshare.output.CsvFormat.number(t.ciHalfWidth), least, most, unmet.isEmpty()
                        ? "every point met the target"
                        : unmet.size() + " point(s) stopped at max = " + replicates.max + " without meeting it: "
                                + String.join(" ", unmet.subList(0, Math.min(20, unmet.size())))
                                + (unmet.size() > 20 ? " ..." : ""));
    }
}
