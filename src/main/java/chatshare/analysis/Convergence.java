package chatshare.analysis;

import chatshare.output.AtomicOutput;
import chatshare.output.CsvFormat;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * How the 95% CI of each point x firm's final share shrinks as replicates are added (in run
 * order), and which points need more replicates for a requested half-width.
 */
public final class Convergence {
    private Convergence() {
    }

    /** convergence.csv: point, swept values, firm, replicates n, mean and CI half-width over the first n. */
    public static void write(Path file, List<String> params, SummaryTable summary) throws IOException {
        try (AtomicOutput out = new AtomicOutput(file.toAbsolutePath());
                CSVPrinter csv = new CSVPrinter(out.writer(), CsvFormat.WRITE)) {
            List<String> header = new ArrayList<>(List.of("point"));
            header.addAll(params);
            header.addAll(List.of("firm", "replicates", "finalShare_mean", "finalShare_ci95_halfWidth"));
            csv.printRecord(header);
            for (var point : summary.outcomes().entrySet()) {
                for (var firm : point.getValue().entrySet()) {
                    double[] shares = finalShares(firm.getValue());
                    for (int n = 2; n <= shares.length; n++) {
                        Interval ci = Interval.of(Arrays.copyOf(shares, n));
                        List<Object> row = new ArrayList<>(List.of(point.getKey()));
                        params.forEach(p -> row.add(CsvFormat.number(summary.values(point.getKey()).getOrDefault(p, Double.NaN))));
                        row.addAll(List.of(firm.getKey(), n, CsvFormat.number(ci.mean()),
                                CsvFormat.number(ci.high() - ci.mean())));
                        csv.printRecord(row);
                    }
                }
            }
            csv.flush();
            out.commit();
        }
    }

    /**
     * One line per point x firm whose final-share CI half-width is above the target, with the
     * replicates that the current spread suggests: n = (t * sd / target)^2.
     */
    public static List<String> shortfalls(SummaryTable summary, double target) {
        List<String> lines = new ArrayList<>();
        for (var point : summary.outcomes().entrySet()) {
            for (var firm : point.getValue().entrySet()) {
                Interval ci = Interval.of(finalShares(firm.getValue()));
                double half = ci.high() - ci.mean();
                if (ci.n() < 2) {
                    lines.add(String.format("point %d %s: %d replicate, no confidence interval", point.getKey(),
                            firm.getKey(), ci.n()));
                } else if (half > target) {
                    double t = TDistribution.of(ci.n() - 1).inverseCumulativeProbability(0.975);
                    long needed = (long) Math.ceil(Math.pow(t * ci.sd() / target, 2));
                    lines.add(String.format("point %d %s: final share 95%% CI half-width %.4f > %.4f with %d replicates; "
                            + "about %d needed", point.getKey(), firm.getKey(), half, target, ci.n(), needed));
                }
            }
        }
        return lines;
    }

    private static double[] finalShares(List<ReplicateSummary.FirmOutcome> replicates) {
        return replicates.stream().mapToDouble(ReplicateSummary.FirmOutcome::finalShare).toArray();
    }
}
