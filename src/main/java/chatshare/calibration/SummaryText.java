package chatshare.calibration;

import chatshare.analysis.Interval;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The human summary of a calibration or a moments check (for stderr). */
public final class SummaryText {
    private SummaryText() {
    }

    /** One line per moment: target, mean [95% CI] over the replicates, error. */
    public static List<String> moments(Targets targets, Evaluator.Evaluation e) {
        int width = targets.moments.stream().mapToInt(m -> m.name().length()).max().orElse(6);
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "  %-" + width + "s  %-18s %-36s %s", "moment", "target", "mean [95% CI]",
                "error"));
        for (int k = 0; k < targets.moments.size(); k++) {
            Moment m = targets.moments.get(k);
            Interval ci = Interval.of(e.replicates(k));
            String target = switch (m.spec.compare) {
                case "atLeast" -> ">= ";
                case "atMost" -> "<= ";
                default -> "";
            } + g(m.spec.target) + (m.role().equals("fit") ? "" : " (" + m.role() + ")");
            lines.add(String.format(Locale.ROOT, "  %-" + width + "s  %-18s %-36s %s", m.name(), target,
                    g(ci.mean()) + " [" + g(ci.low()) + ", " + g(ci.high()) + "]", g(m.error(ci.mean()))));
        }
        return lines;
    }

    /** The header, the fitted values and the moments of a calibration. */
    public static List<String> calibration(Calibration.Outcome o, String dir) {
        List<String> lines = new ArrayList<>();
        int runs = (o.candidates() + o.posterior().remeasured()) * o.best().evaluation().values().length;
        lines.add(String.format(Locale.ROOT, "calibrate %s: %d candidates, %d runs in %.1f s -> %s", o.name(),
                o.candidates(), runs, o.seconds(), dir));
        lines.add(String.format(Locale.ROOT, "best: candidate %d (%s), distance %s", o.best().index(), o.best().phase(),
                g(o.best().distance())));
        for (Map.Entry<String, Double> v : o.best().point().entrySet()) {
            lines.add("  " + v.getKey() + " = " + chatshare.output.CsvFormat.number(v.getValue()));
        }
        lines.addAll(moments(o.targets(), o.best().evaluation()));
        Posterior p = o.posterior();
        lines.add(String.format(Locale.ROOT, "posterior: %d ABC particles (effective size %.1f), tolerance %s; median [90%%]",
                p.draws().size(), PosteriorSummary.effectiveSize(p.weights()), g(p.tolerance())));
        for (String name : o.targets().parameters.keySet()) {
            double[] v = p.values(name);
            lines.add("  " + name + " = " + g(PosteriorSummary.quantile(v, p.weights(), 0.5)) + " ["
                    + g(PosteriorSummary.quantile(v, p.weights(), Posterior.LOW)) + ", "
                    + g(PosteriorSummary.quantile(v, p.weights(), Posterior.HIGH)) + "]");
        }
        return lines;
    }

    /** Four significant digits, "-" for a value that is not finite. */
    static String g(double x) {
        return Double.isFinite(x) ? String.format(Locale.ROOT, "%.4g", x) : "-";
    }
}
