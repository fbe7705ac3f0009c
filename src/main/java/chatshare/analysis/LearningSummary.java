package chatshare.analysis;

import chatshare.output.AtomicOutput;
import chatshare.output.CsvFormat;
import chatshare.output.LearningTables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import org.apache.commons.csv.CSVPrinter;

/**
 * The learning runs of a sweep (one replicate = one session, Calvano et al. 2020) summarised per
 * design point: sessions.csv (one row per session, firms averaged), learning-summary.csv (mean,
 * sd and 95% CI over sessions of periods to convergence, prices and Delta) and impulse-summary.csv
 * (mean price path after the first learner's one-period price cut, the deviating firm and the
 * mean of its rivals), plus charts: learning-delta.png (Delta by the first swept parameter, one
 * line per value of the second) and learning-impulse.png.
 */
public final class LearningSummary {

    /** One session: its run, firms' outcomes averaged (Calvano report the mean over firms). */
    public record Session(ResultFolder.Run run, boolean converged, double decisions, double price,
            double realisedPrice, double delta, double realisedDelta, double cycleLength, double nashPrice,
            double monopolyPrice) {
    }

    private final ResultFolder folder;
    private final Map<Integer, List<Session>> sessions = new TreeMap<>();
    /** point -> period -> {deviating firm's prices, rivals' mean prices}, one entry per session. */
    private final Map<Integer, Map<Integer, List<double[]>>> impulse = new TreeMap<>();

    private LearningSummary(ResultFolder folder) {
        this.folder = folder;
    }

    /** Reads every completed run's learning.csv and impulse.csv; IllegalArgumentException if none has them. */
    public static LearningSummary of(ResultFolder folder) throws IOException {
        LearningSummary s = new LearningSummary(folder);
        for (ResultFolder.Run run : folder.runs) {
            if (Files.isRegularFile(run.dir().resolve(LearningTables.OUTCOMES))) {
                s.read(run);
            }
        }
        if (s.sessions.isEmpty()) {
            throw new IllegalArgumentException(folder.dir + ": no run has " + LearningTables.OUTCOMES
                    + " (no firm uses qLearning pricing)");
        }
        return s;
    }

    private void read(ResultFolder.Run run) throws IOException {
        List<Map<String, String>> firms = new ArrayList<>();
        ResultFolder.rows(run, LearningTables.OUTCOMES, r -> firms.add(r.toMap()));
        sessions.computeIfAbsent(run.point(), p -> new ArrayList<>()).add(new Session(run,
                firms.stream().allMatch(f -> f.get("converged").equals("true")), mean(firms, "decisions"),
                mean(firms, "price"), mean(firms, "realisedPrice"), mean(firms, "delta"), mean(firms, "realisedDelta"),
                mean(firms, "cycleLength"), mean(firms, "nashPrice"), mean(firms, "monopolyPrice")));
        String deviator = firms.get(0).get("firm");
        Map<Integer, double[]> paths = new TreeMap<>(); // period -> {deviator, rivals' sum, rivals}
        ResultFolder.rows(run, LearningTables.IMPULSE, r -> {
            double[] p = paths.computeIfAbsent(Integer.parseInt(r.get("period")), k -> new double[3]);
            double price = CsvFormat.parse(r.get("price"));
            if (r.get("firm").equals(deviator)) {
                p[0] = price;
            } else {
                p[1] += price;
                p[2]++;
            }
        });
        Map<Integer, List<double[]>> point = impulse.computeIfAbsent(run.point(), k -> new TreeMap<>());
        paths.forEach((t, p) -> point.computeIfAbsent(t, k -> new ArrayList<>())
                .add(new double[] {p[0], p[2] > 0 ? p[1] / p[2] : Double.NaN}));
    }

    private static double mean(List<Map<String, String>> rows, String column) {
        return rows.stream().mapToDouble(r -> CsvFormat.parse(r.get(column))).average().orElse(Double.NaN);
    }

    public Map<Integer, List<Session>> sessions() {
        return sessions;
    }

    /** The 95% interval over a point's sessions of one measure. */
    public Interval interval(int point, ToDoubleFunction<Session> measure) {
        return Interval.of(sessions.get(point).stream().mapToDouble(measure).toArray());
    }

    /** Writes the three tables and two charts into dir. */
    public void write(Path dir) throws IOException {
        List<String> params = folder.params;
        table(dir.resolve("sessions.csv"), header(params, "run", "replicate", "converged", "decisions", "price",
                "realisedPrice", "delta", "realisedDelta", "cycleLength"), csv -> {
                    for (var e : sessions.entrySet()) {
                        for (Session s : e.getValue()) {
                            List<Object> row = lead(e.getKey(), params);
                            row.addAll(List.of(s.run().id(), s.run().replicate(), s.converged(), n(s.decisions()),
                                    n(s.price()), n(s.realisedPrice()), n(s.delta()), n(s.realisedDelta()),
                                    n(s.cycleLength())));
                            csv.printRecord(row);
                        }
                    }
                });
        Map<String, ToDoubleFunction<Session>> measures = new LinkedHashMap<>();
        measures.put("decisions", Session::decisions);
        measures.put("price", Session::price);
        measures.put("realisedPrice", Session::realisedPrice);
        measures.put("delta", Session::delta);
        measures.put("realisedDelta", Session::realisedDelta);
        List<String> summaryHeader = header(params, "sessions", "convergedShare", "nashPrice", "monopolyPrice");
        measures.keySet().forEach(m -> summaryHeader.addAll(List.of(m + "Mean", m + "Sd", m + "Low", m + "High")));
        table(dir.resolve("learning-summary.csv"), summaryHeader, csv -> {
            for (var e : sessions.entrySet()) {
                List<Session> list = e.getValue();
                List<Object> row = lead(e.getKey(), params);
                row.addAll(List.of(list.size(), n(list.stream().filter(Session::converged).count() / (double) list.size()),
                        n(list.get(0).nashPrice()), n(list.get(0).monopolyPrice())));
                for (var m : measures.values()) {
                    Interval i = interval(e.getKey(), m);
                    row.addAll(List.of(n(i.mean()), n(i.sd()), n(i.low()), n(i.high())));
                }
                csv.printRecord(row);
            }
        });
        table(dir.resolve("impulse-summary.csv"), header(params, "period", "role", "priceMean", "priceLow", "priceHigh"),
                csv -> {
                    for (var e : impulse.entrySet()) {
                        for (var t : e.getValue().entrySet()) {
                            for (int role = 0; role < 2; role++) {
                                int k = role;
                                Interval i = Interval.of(t.getValue().stream().mapToDouble(p -> p[k]).toArray());
                                List<Object> row = lead(e.getKey(), params);
                                row.addAll(List.of(t.getKey(), role == 0 ? "deviating" : "rivals", n(i.mean()),
                                        n(i.low()), n(i.high())));
                                csv.printRecord(row);
                            }
                        }
                    }
                });
        Charts.save(impulseChart(), dir.resolve("learning-impulse.png"));
        if (!params.isEmpty()) {
            Charts.save(deltaChart(), dir.resolve("learning-delta.png"));
        }
    }

    private org.jfree.chart.JFreeChart impulseChart() {
        List<Charts.XySeries> series = new ArrayList<>();
        boolean one = impulse.size() == 1;
        for (var e : impulse.entrySet()) {
            for (int role = one ? 0 : 1; role < 2; role++) {
                int k = role;
                Map<Integer, List<double[]>> path = e.getValue();
                double[] x = path.keySet().stream().mapToDouble(Integer::doubleValue).toArray();
                Interval[] i = path.values().stream().map(v -> Interval.of(v.stream().mapToDouble(p -> p[k]).toArray()))
                        .toArray(Interval[]::new);
                String name = (role == 0 ? "deviating firm" : "rivals") + (one ? "" : " " + label(e.getKey()));
                series.add(band(name, x, i));
            }
        }
        return Charts.lines("Impulse response to a one-period price cut", "period 1: the first learner deviates to its "
                + "one-shot best response; mean and 95% CI over sessions", "period", "price", series);
    }

    private org.jfree.chart.JFreeChart deltaChart() {
        String xParam = folder.params.get(0);
        String group = folder.params.size() > 1 ? folder.params.get(1) : null;
        Map<String, Map<Double, Integer>> lines = new LinkedHashMap<>();
        for (int point : sessions.keySet()) {
            Map<String, Double> values = sessions.get(point).get(0).run().values();
            String line = group == null ? "" : group + " = " + CsvFormat.number(values.get(group));
            lines.computeIfAbsent(line, k -> new TreeMap<>()).put(values.get(xParam), point);
        }
        List<Charts.XySeries> series = new ArrayList<>();
        for (var measure : List.of("delta", "realisedDelta")) {
            ToDoubleFunction<Session> f = measure.equals("delta") ? Session::delta : Session::realisedDelta;
            for (var line : lines.entrySet()) {
                double[] x = line.getValue().keySet().stream().mapToDouble(Double::doubleValue).toArray();
                Interval[] i = line.getValue().values().stream().map(p -> interval(p, f)).toArray(Interval[]::new);
                series.add(band(measure + (line.getKey().isEmpty() ? "" : ", " + line.getKey()), x, i));
            }
        }
        return Charts.lines("Profit gain Delta of learning firms", "mean and 95% CI over sessions; delta: greedy limit "
                + "path, realisedDelta: last " + chatshare.model.LearningOutcomes.REALISED_WINDOW + " decisions", xParam,
                "Delta", series);
    }

    private static Charts.XySeries band(String name, double[] x, Interval[] i) {
        return new Charts.XySeries(name, x, java.util.Arrays.stream(i).mapToDouble(Interval::mean).toArray(),
                java.util.Arrays.stream(i).mapToDouble(v -> Double.isNaN(v.low()) ? v.mean() : v.low()).toArray(),
                java.util.Arrays.stream(i).mapToDouble(v -> Double.isNaN(v.high()) ? v.mean() : v.high()).toArray());
    }

    private String label(int point) {
        Map<String, Double> values = sessions.get(point).get(0).run().values();
        List<String> parts = new ArrayList<>();
        values.forEach((k, v) -> parts.add(k.substring(k.lastIndexOf('.') + 1) + "=" + CsvFormat.number(v)));
        return String.join(", ", parts);
    }

    private static List<String> header(List<String> params, String... columns) {
        List<String> h = new ArrayList<>(List.of("point"));
        h.addAll(params);
        h.addAll(List.of(columns));
        return h;
    }

    private List<Object> lead(int point, List<String> params) {
        List<Object> row = new ArrayList<>(List.of(point));
        Map<String, Double> values = sessions.get(point).get(0).run().values();
        params.forEach(p -> row.add(CsvFormat.number(values.getOrDefault(p, Double.NaN))));
        return row;
    }

    private static String n(double x) {
        return CsvFormat.number(x);
    }

    private interface Rows {
        void print(CSVPrinter csv) throws IOException;
    }

    private static void table(Path file, List<String> header, Rows rows) throws IOException {
        try (AtomicOutput out = new AtomicOutput(file.toAbsolutePath()); CSVPrinter csv = new CSVPrinter(out.writer(), CsvFormat.WRITE)) {
            csv.printRecord(header);
            rows.print(csv);
            csv.flush();
            out.commit();
        }
    }
}
