package chatshare.config;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one list of which parameter paths may be changed how: during a run (a setParameter event or
 * the GUI's inspectors), between the runs of a sweep, or by a calibration. Every other path of the
 * schema may be changed in all three ways; {@code --set} may change any path before a run.
 */
public final class ParameterPolicy {
    /** The ways a parameter can be changed after the config is written. */
    public enum Use {
        /** During a run, from a given tick (setParameter, GUI inspectors). */
        LIVE,
        /** From one sweep run to the next (sweep.parameters). */
        SWEEP,
        /** Moved by the calibration search (a targets file's parameters). */
        CALIBRATE
    }

    /** Paths (given by name, or by pattern when names is empty) and the uses they allow. */
    private record Rule(List<String> names, Pattern paths, Set<Use> allowed) {
        /** A rule on whole keys: the key itself and everything under it (key.x, key[0]). */
        static Rule keys(Set<Use> allowed, String... names) {
            String alternatives = String.join("|", List.of(names).stream().map(Pattern::quote).toList());
            return new Rule(List.of(names), Pattern.compile("(" + alternatives + ")([.\\[].*)?"), allowed);
        }

        static Rule pattern(Set<Use> allowed, String regex) {
            return new Rule(List.of(), Pattern.compile(regex), allowed);
        }
    }

    private static final Set<Use> NONE = EnumSet.noneOf(Use.class);
    private static final Set<Use> BETWEEN_RUNS = EnumSet.of(Use.SWEEP, Use.CALIBRATE);

    /*
     * In the order the calibration's message lists them. The seed, the threads and the sweep
     * section never change a run's model (run seeds come from sweep.seed and the replicate); the
     * timeline is copied whole into fitted.json, so a calibration may not move it; the calendar
     * fixes the moments' dates; everything else here shapes the population or the market's
     * structure once a run starts.
     */
    private static final List<Rule> RULES = List.of(
            Rule.keys(EnumSet.of(Use.SWEEP), "events", "extraEvents", "removeEvents"),
            Rule.keys(NONE, "market.seed", "market.threads"),
            Rule.keys(EnumSet.of(Use.SWEEP), "market.ticks", "market.start"),
            Rule.keys(NONE, "sweep"),
            Rule.pattern(BETWEEN_RUNS, "name"),
            Rule.pattern(BETWEEN_RUNS, "market\\.(networkDegree|rewiring)"),
            Rule.pattern(BETWEEN_RUNS, "users\\.(agents|population|regions\\..*|filtering\\..*)"),
            // Drawn once per user at the start: changing them later would silently do nothing.
            Rule.pattern(BETWEEN_RUNS,
                    "users\\.segments\\.[^.]+\\.(share|priceSensitivity|priceSensitivitySpread|qualityTaste(Min|Max))"),
            Rule.pattern(BETWEEN_RUNS, "firms\\.[^.]+\\.(initialAwareness|investment\\.capexLagTicks|strategy\\.(sampleSize|gridPoints))"));

    private ParameterPolicy() {
    }

    /** Whether the path may be changed in this way. */
    public static boolean allows(String path, Use use) {
        for (Rule rule : RULES) {
            if (rule.paths.matcher(path).matches()) {
                return rule.allowed.contains(use);
            }
        }
        return true;
    }

    /** The keys (with everything under them) that this use may not change, for messages. */
    public static List<String> fixedKeys(Use use) {
        return RULES.stream().filter(r -> !r.allowed.contains(use)).flatMap(r -> r.names.stream()).toList();
    }
}
