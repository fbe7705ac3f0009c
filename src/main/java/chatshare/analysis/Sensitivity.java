package chatshare.analysis;

import chatshare.config.SweepConfig;
import chatshare.output.AtomicOutput;
import chatshare.output.CsvFormat;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVPrinter;

/**
 * Sensitivity indices of a sweep folder: Morris elementary effects for a morris design, Sobol
 * first-order and total indices for a saltelli design, on the mean over replicates of one
 * output per design point, one row per output x parameter (DIR/sensitivity.csv for the
 * sensitivity command, DIR/report-sensitivity.csv for report).
 */
public final class Sensitivity {
    public static final List<String> MORRIS_HEADER = List.of("output", "firm", "parameter", "effects", "mu", "muStar",
            "sigma");
    public static final List<String> SOBOL_HEADER = List.of("output", "firm", "parameter", "S1", "S1_ci95_low",
            "S1_ci95_high", "ST", "ST_ci95_low", "ST_ci95_high");

    private Sensitivity() {
    }

    /** Computes the indices the sweep's design allows for each output and writes them to file; returns the rows. */
    public static List<List<String>> write(ResultFolder folder, SweepConfig sweep, List<Map<String, Double>> points,
            List<RunOutput> outputs, Path file) throws IOException {
        boolean morris = sweep.design.equals("morris");
        if (!morris && !sweep.design.equals("saltelli")) {
            throw new IllegalArgumentException(folder.dir + ": sensitivity needs a morris or saltelli design; this sweep's "
                    + "design is " + sweep.design);
        }
        List<List<String>> rows = new ArrayList<>();
        for (RunOutput output : outputs) {
            double[] y = pointMeans(folder, output, points.size());
            String what = output.label();
            if (morris) {
                Map<String, double[]> ranges = new LinkedHashMap<>();
                sweep.parameters.forEach((p, c) -> ranges.put(p, new double[] {c.from, c.to}));
                MorrisEffects.compute(points, ranges, y).forEach((p, e) -> rows.add(List.of(what, output.firm(), p,
                        String.valueOf(e.n()), number(e.mu()), number(e.muStar()), number(e.sigma()))));
            } else {
                SobolIndices.compute(List.copyOf(sweep.parameters.keySet()), y).forEach((p, i) -> rows.add(List.of(what,
                        output.firm(), p, number(i.first().value()), number(i.first().low()), number(i.first().high()),
                        number(i.total().value()), number(i.total().low()), number(i.total().high()))));
            }
        }
        List<String> header = morris ? MORRIS_HEADER : SOBOL_HEADER;
        try (AtomicOutput out = new AtomicOutput(file.toAbsolutePath());
                CSVPrinter csv = new CSVPrinter(out.writer(), CsvFormat.WRITE)) {
            csv.printRecord(header);
            csv.printRecords(rows);
            csv.flush();
            out.commit();
        }
        return rows;
    }

    private static String number(double x) {
        return CsvFormat.number(x);
    }

    /** Mean of the output over each point's completed replicates, in point order; every point needs one. */
    private static double[] pointMeans(ResultFolder folder, RunOutput output, int points) throws IOException {
        double[] sum = new double[points];
        int[] n = new int[points];
        for (ResultFolder.Run run : folder.runs) {
            if (run.point() >= points) {
                throw new IllegalStateException(run.id() + " is not a point of the sweep's design");
            }
            double v = output.of(run);
            if (Double.isNaN(v)) {
                throw new IllegalArgumentException(run.id() + ": " + output.label() + (output.firm().isEmpty() ? "" : " of "
                        + output.firm()) + " is empty (e.g. the runway of a profitable firm); choose another output or --mean");
            }
            sum[run.point()] += v;
            n[run.point()]++;
        }
        for (int p = 0; p < points; p++) {
            if (n[p] == 0) {
                throw new IllegalStateException("point " + p + " has no completed run; finish the sweep (--resume) first");
            }
            sum[p] /= n[p];
        }
        return sum;
    }
}
