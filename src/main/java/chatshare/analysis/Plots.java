package chatshare.analysis;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jfree.chart.JFreeChart;

/** What {@code plot} and {@code report} draw from result folders. */
public final class Plots {
    /** Trajectory charts: firms.csv column, y label, scale, and the range its values (so its bands) can take. */
    private record Column(String name, String label, double scale, double min, double max) {
    }

    private static final double ANY = Double.POSITIVE_INFINITY;
    private static final Map<String, Column> TRAJECTORIES = Map.of(
            "shares", new Column("share", "share of users", 1, 0, 1),
            "prices", new Column("price", "paid plan ($ / month)", 1, 0, ANY),
            "filtering", new Column("filtering", "filtering level", 1, 0, 1),
            "cash", new Column("cash", "cash ($ billion)", 1e-9, -ANY, ANY));
    public static final List<String> WHAT = List.of("shares", "prices", "filtering", "cash", "sensitivity", "morris",
            "heatmap", "posterior");

    private Plots() {
    }

    public static boolean isTrajectory(String what) {
        return TRAJECTORIES.containsKey(what);
    }

    /**
     * One folder without a firm: every firm's mean and 95% band at the point. Otherwise one line
     * per folder (a scenario comparison) for the given firm.
     */
    public static org.jfree.ui.Drawable trajectories(List<ResultFolder> folders, String what, int point, String firm)
            throws IOException {
        Column c = TRAJECTORIES.get(what);
        if (folders.size() == 1 && firm == null) {
            List<Bands.Band> bands = Bands.firms(folders.get(0), point, c.name()).stream()
                    .map(b -> clipped(scaled(b, c.scale()), c)).toList();
            ResultFolder f = folders.get(0);
            return Charts.trajectories(title(what, f, point), values(f, point), c.label(), bands, true);
        }
        if (firm == null) {
            throw new IllegalArgumentException("comparing folders needs --firm (one line per folder)");
        }
        List<Bands.Band> bands = new ArrayList<>();
        for (ResultFolder f : folders) {
            Bands.Band b = clipped(scaled(Bands.firm(f, point, c.name(), firm), c.scale()), c);
            bands.add(new Bands.Band(folders.size() == 1 ? firm : f.dir.getFileName().toString(), b.dates(), b.mean(),
                    b.low(), b.high()));
        }
        String title = firm + ": " + what + (folders.size() > 1 ? " by scenario" : "");
        if (folders.size() == 1) {
            return Charts.trajectories(title, values(folders.get(0), point), c.label(), bands, true);
        }
        boolean plain = folders.stream().allMatch(f -> f.params.isEmpty()); // one point each: runs are replicates
        boolean all = !plain && point == Bands.ALL_POINTS;
        String where = plain ? "" : all ? "all points, " : "point " + point + ", ";
        return Charts.comparison(title, where + "mean and 95% CI over " + (all ? "runs" : "replicates"), c.label(), bands);
    }

    /**
     * The band within the values the column can take: a t interval of a share near 0 reaches
     * below 0 (e.g. -0.03), which no share can be.
     */
    static Bands.Band clipped(Bands.Band b, Column c) {
        if (Double.isInfinite(c.min()) && Double.isInfinite(c.max())) {
            return b;
        }
        double lo = c.min() * c.scale();
        double hi = c.max() * c.scale();
        java.util.function.UnaryOperator<double[]> clip = a -> java.util.Arrays.stream(a)
                .map(v -> Double.isNaN(v) ? v : Math.max(lo, Math.min(hi, v))).toArray();
        return new Bands.Band(b.name(), b.dates(), b.mean(), clip.apply(b.low()), clip.apply(b.high()));
    }

    private static String title(String what, ResultFolder folder, int point) {
        boolean all = point == Bands.ALL_POINTS;
        long replicates = folder.runs.stream().filter(r -> all || r.point() == point).count();
        boolean pooled = all && !folder.params.isEmpty(); // runs of several points, not replicates of one
        return what.substring(0, 1).toUpperCase() + what.substring(1) + (folder.params.isEmpty() ? ""
                : all ? ", all points" : ", point " + point)
                + (replicates > 1 ? " (mean and 95% CI over " + replicates + (pooled ? " runs)" : " replicates)") : "");
    }

    /** The point's swept values, e.g. "firms.grok.price = 8, firms.grok.filtering = 0.3". */
    private static String values(ResultFolder folder, int point) {
        if (point == Bands.ALL_POINTS) {
            return "";
        }
        return folder.runs.stream().filter(r -> r.point() == point).findFirst().map(r -> String.join(", ",
                r.values().entrySet().stream().map(e -> e.getKey() + " = " + chatshare.output.CsvFormat.number(e.getValue()))
                        .toList())).orElse("");
    }

    private static Bands.Band scaled(Bands.Band b, double k) {
        if (k == 1) {
            return b;
        }
        java.util.function.UnaryOperator<double[]> times = a -> java.util.Arrays.stream(a).map(v -> v * k).toArray();
        return new Bands.Band(b.name(), b.dates(), times.apply(b.mean()), times.apply(b.low()), times.apply(b.high()));
    }

    /** Bars of a sensitivity.csv for one firm (or the market): mu* and sigma, or S1 and ST. */
    public static JFreeChart sensitivity(Path csv, String firm) throws IOException {
        List<CSVRecord> mine = sensitivityRows(csv, firm);
        String want = mine.get(0).get("firm");
        boolean morris = mine.get(0).isMapped("muStar");
        List<String> names = mine.stream().map(r -> r.get("parameter")).toList();
        Map<String, double[]> measures = new LinkedHashMap<>();
        Map<String, double[][]> intervals = new LinkedHashMap<>();
        for (String m : morris ? List.of("muStar", "sigma") : List.of("S1", "ST")) {
            measures.put(m, column(mine, m));
            if (!morris) {
                intervals.put(m, new double[][] {column(mine, m + "_ci95_low"), column(mine, m + "_ci95_high")});
            }
        }
        String of = mine.get(0).get("output") + (want.isEmpty() ? "" : " of " + want);
        return Charts.bars((morris ? "Morris elementary effects: " : "Sobol indices: ") + of,
                morris ? "effect on the output over the parameter's range" : "share of output variance", names, measures,
                intervals);
    }

    /**
     * The Morris mu*-sigma plane of a sensitivity.csv: far right = influential, high = non-linear
     * or interacting, near the diagonal = the effect's sign or size depends on where it is measured.
     */
    public static JFreeChart morris(Path csv, String firm) throws IOException {
        List<CSVRecord> mine = sensitivityRows(csv, firm);
        String want = mine.get(0).get("firm");
        if (!mine.get(0).isMapped("muStar")) {
            throw new IllegalArgumentException(csv + ": not a Morris sensitivity (no muStar column); use --what sensitivity");
        }
        String of = mine.get(0).get("output") + (want.isEmpty() ? "" : " of " + want);
        return Charts.scatter("Morris screening: " + of, "mu* (mean absolute elementary effect)",
                "sigma (sd of the elementary effects)", mine.stream().map(r -> r.get("parameter")).toList(),
                column(mine, "muStar"), column(mine, "sigma"));
    }

    /** The rows of a sensitivity.csv for one firm (by default the first firm listed). */
    private static List<CSVRecord> sensitivityRows(Path csv, String firm) throws IOException {
        List<CSVRecord> rows = read(csv, "run the sensitivity command first");
        String want = firm == null ? rows.get(0).get("firm") : firm;
        List<CSVRecord> mine = rows.stream().filter(r -> r.get("firm").equals(want)).toList();
        if (mine.isEmpty()) {
            throw new IllegalArgumentException(csv + ": no rows for firm '" + want + "'");
        }
        return mine;
    }

    private static double[] column(List<CSVRecord> rows, String name) {
        return rows.stream().mapToDouble(r -> chatshare.output.CsvFormat.parse(r.get(name))).toArray();
    }

    /** The final share of a firm (mean over replicates) over a two-parameter grid, from summary.csv. */
    public static JFreeChart heatMap(ResultFolder folder, String firm) throws IOException {
        return heatMap(folder, firm, Map.of());
    }

    /**
     * The heat map of a slice: where fixes every swept parameter but two (the axes) to one of its
     * values in the sweep.
     */
    public static JFreeChart heatMap(ResultFolder folder, String firm, Map<String, Double> where) throws IOException {
        for (String p : where.keySet()) {
            if (!folder.params.contains(p)) {
                throw new IllegalArgumentException("--where " + p + ": not a swept parameter of " + folder.dir
                        + " (swept: " + String.join(", ", folder.params) + ")");
            }
        }
        List<String> axes = folder.params.stream().filter(p -> !where.containsKey(p)).toList();
        if (axes.size() != 2) {
            throw new IllegalArgumentException(folder.dir + ": a heat map needs exactly 2 swept parameters (this sweep has "
                    + folder.params.size() + (where.isEmpty() ? "" : ", " + where.size() + " fixed by --where")
                    + (axes.size() > 2 ? "; fix the others with --where param=value" : "") + ")");
        }
        String want = firm == null ? "grok" : firm;
        List<CSVRecord> all = read(folder.dir.resolve("summary.csv"), "run the summarize command first").stream()
                .filter(r -> r.get("firm").equals(want)).toList();
        if (all.isEmpty()) {
            throw new IllegalArgumentException(folder.dir.resolve("summary.csv") + ": no rows for firm '" + want + "'");
        }
        List<CSVRecord> rows = all.stream().filter(r -> where.entrySet().stream()
                .allMatch(e -> Math.abs(Double.parseDouble(r.get(e.getKey())) - e.getValue()) <= 1e-9 * Math.max(1, Math.abs(e.getValue()))))
                .toList();
        if (rows.isEmpty()) {
            StringBuilder values = new StringBuilder();
            where.keySet().forEach(p -> values.append("; ").append(p).append(" takes ")
                    .append(String.join(", ", labels(distinct(all, p)))));
            throw new IllegalArgumentException("--where: no design point of " + folder.dir + " has those values" + values);
        }
        String px = axes.get(0);
        String py = axes.get(1);
        List<Double> xs = distinct(rows, px);
        List<Double> ys = distinct(rows, py);
        double[] x = rows.stream().mapToDouble(r -> xs.indexOf(Double.parseDouble(r.get(px)))).toArray();
        double[] y = rows.stream().mapToDouble(r -> ys.indexOf(Double.parseDouble(r.get(py)))).toArray();
        double[] z = rows.stream().mapToDouble(r -> chatshare.output.CsvFormat.parse(r.get("finalShare_mean"))).toArray();
        String slice = where.entrySet().stream().map(e -> e.getKey() + " = " + chatshare.output.CsvFormat.number(e.getValue()))
                .collect(java.util.stream.Collectors.joining(", "));
        return Charts.heatMap(want + ": final share (mean over replicates)" + (slice.isEmpty() ? "" : " at " + slice), px,
                labels(xs), py, labels(ys), "final share", x, y, z);
    }

    private static List<Double> distinct(List<CSVRecord> rows, String column) {
        return List.copyOf(new TreeSet<>(rows.stream().map(r -> Double.parseDouble(r.get(column))).toList()));
    }

    private static String[] labels(List<Double> values) {
        return values.stream().map(chatshare.output.CsvFormat::number).toArray(String[]::new);
    }

    private static List<CSVRecord> read(Path csv, String hint) throws IOException {
        if (!Files.isRegularFile(csv)) {
            throw new IllegalArgumentException(csv + " is missing (" + hint + ")");
        }
        try (Reader reader = Files.newBufferedReader(csv); CSVParser parser = ResultFolder.IN.parse(reader)) {
            return parser.getRecords();
        }
    }

    /** Where plot writes by default: DIR/plots/WHAT[-FIRM][-pPOINT].png. */
    public static Path defaultFile(Path dir, String what, String firm, int point, boolean sweep) {
        String name = what + (firm == null ? "" : "-" + firm) + (sweep && isTrajectory(what) ? "-p" + point : "");
        return dir.resolve("plots").resolve(name + ".png");
    }
}
