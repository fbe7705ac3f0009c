package chatshare.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parameter sweep over the rest of the config (usually a small file that extends a scenario).
 * Each run applies its point's values as {@code --set path=value} overrides, so every value is
 * validated exactly like a command-line override.
 */
public class SweepConfig {
    /**
     * Most runs a sweep may plan: points x replicates (x max with adaptive replicates). Counted before
     * any point is built, so a typo (a step of 1e-9) fails at once instead of filling the memory.
     */
    public static final long MAX_RUNS = 1_000_000;

    @Doc("Design: grid (full factorial of values), list (explicit points), random or latinHypercube (samples points), morris (samples one-at-a-time trajectories), saltelli (samples base samples of Sobol-index blocks)")
    @OneOf({"grid", "list", "random", "latinHypercube", "morris", "saltelli"})
    public String design = "grid";

    @Doc("Points drawn by the random and latinHypercube designs; trajectories of the morris design; base samples N of the saltelli design (N (parameters + 2) points)")
    @Range(min = 1, max = 1_000_000)
    public int samples = 10;

    @Doc("Levels of the morris grid on each parameter's [from, to] (even; the step is levels / (2 (levels - 1)))")
    @Range(min = 2, max = 1000)
    public int levels = 4;

    @Doc("Replicates (seeds) per point: an integer, or an object {min, max, target} that adds replicates to each point until the 95% CI half-width of the target output is at most target.ciHalfWidth (or max is reached)")
    @Range(min = 1, max = 100_000)
    @OrInteger
    public ReplicatesConfig replicates = ReplicatesConfig.fixed(1);

    @Doc("Master seed: run seeds derive from it (see commonRandomNumbers); the design draws from it too")
    public long seed = 1;

    @Doc("Common random numbers: replicate r of every point runs with the same seed, derived from (master seed, r), so differences between points are not noise; false: seeds from (master seed, point, replicate)")
    public boolean commonRandomNumbers = true;

    @Doc("Swept parameters by path (e.g. firms.grok.price)")
    public Map<String, SweepParameterConfig> parameters = new LinkedHashMap<>();

    @Doc("Points of the list design: each maps parameter paths to values")
    @Range(min = -1e15, max = 1e15)
    public List<Map<String, Double>> points = new ArrayList<>();
}
