package chatshare.analysis;

import chatshare.output.AtomicOutput;
import chatshare.output.CsvFormat;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Paired (common-random-number) differences of each scenario against a reference scenario:
 * replicate k of both ran with the same seed (and, with posterior draws, draw d the same parameters), so the difference of their final values cancels
 * most of the sampling noise and its Student-t interval is much narrower than the difference of
 * two independent means.
 */
public final class ScenarioDifferences {
    /** Final values compared, as firms.csv columns (cash in $ billion). */
    public static final List<String> OUTPUTS = List.of("share", "price", "apiPrice", "filtering", "cash");

    /** scenario - reference for one firm and output over the replicates both have. */
    public record Row(String scenario, String reference, String firm, String output, Interval difference) {
    }

    private ScenarioDifferences() {
    }

    public static List<Row> of(ResultFolder reference, List<ResultFolder> scenarios) throws IOException {
        Map<List<Integer>, Map<String, Map<String, Double>>> base = finalValues(reference);
        List<Row> rows = new ArrayList<>();
        for (ResultFolder s : scenarios) {
            if (s == reference) {
                continue;
            }
            Map<List<Integer>, Map<String, Map<String, Double>>> values = finalValues(s);
            for (String firm : firms(base)) {
                for (String output : OUTPUTS) {
                    List<Double> diffs = new ArrayList<>();
                    base.forEach((run, firms) -> {
                        Double a = value(values.get(run), firm, output);
                        Double b = value(firms, firm, output);
                        if (a != null && b != null && !a.isNaN() && !b.isNaN()) {
                            diffs.add(a - b);
                        }
                    });
                    rows.add(new Row(name(s), name(reference), firm, output,
                            Interval.of(diffs.stream().mapToDouble(Double::doubleValue).toArray())));
                }
            }
        }
        return rows;
    }

    private static Double value(Map<String, Map<String, Double>> firms, String firm, String output) {
        if (firms == null || !firms.containsKey(firm)) {
            return null;
        }
        return firms.get(firm).get(output);
    }

    private static List<String> firms(Map<List<Integer>, Map<String, Map<String, Double>>> values) {
        return values.values().stream().findFirst().map(m -> List.copyOf(m.keySet())).orElse(List.of());
    }

    /** replicate -> firm -> output -> value at the last tick, each firms.csv read once. */
    private static Map<List<Integer>, Map<String, Map<String, Double>>> finalValues(ResultFolder folder) throws IOException {
        Map<List<Integer>, Map<String, Map<String, Double>>> all = new LinkedHashMap<>();
        for (ResultFolder.Run run : folder.runs) {
            Map<String, Map<String, Double>> firms = new LinkedHashMap<>();
            ResultFolder.rows(run, "firms.csv", r -> {
                Map<String, Double> last = firms.computeIfAbsent(r.get("firm"), f -> new HashMap<>());
                boolean active = Boolean.parseBoolean(r.get("active"));
                for (String output : OUTPUTS) {
                    double v = CsvFormat.parse(r.get(output));
                    // An exited or acquired firm's last offer is stale, not an outcome: left out of the pairs.
                    boolean offer = !output.equals("share") && !output.equals("cash");
                    last.put(output, output.equals("cash") ? v * 1e-9 : offer && !active ? Double.NaN : v);
                }
            });
            all.put(List.of(run.point(), run.replicate()), firms); // paired by draw and seed under --posterior
        }
        return all;
    }

    public static void writeCsv(Path file, List<Row> rows) throws IOException {
        try (AtomicOutput out = new AtomicOutput(file)) {
            Writer w = out.writer();
            w.write("scenario,reference,firm,output,pairs,mean,sd,ci95_low,ci95_high\n");
            for (Row r : rows) {
                Interval d = r.difference();
                w.write(String.join(",", r.scenario(), r.reference(), r.firm(), r.output(), String.valueOf(d.n()),
                        CsvFormat.number(d.mean()), CsvFormat.number(d.sd()), CsvFormat.number(d.low()),
                        CsvFormat.number(d.high())) + "\n");
            }
            out.commit();
        }
    }

    /** A Markdown table of one output: a row per scenario, a column per firm, "mean [low, high]". */
    public static String table(List<Row> rows, String output) {
        Map<String, Map<String, Interval>> byScenario = new LinkedHashMap<>();
        List<String> firms = new ArrayList<>();
        for (Row r : rows) {
            if (r.output().equals(output)) {
                byScenario.computeIfAbsent(r.scenario(), s -> new LinkedHashMap<>()).put(r.firm(), r.difference());
                if (!firms.contains(r.firm())) {
                    firms.add(r.firm());
                }
            }
        }
        StringBuilder md = new StringBuilder("| scenario | ").append(String.join(" | ", firms)).append(" |\n|---|");
        firms.forEach(f -> md.append("---|"));
        md.append('\n');
        byScenario.forEach((scenario, cells) -> {
            md.append("| ").append(scenario);
            for (String f : firms) {
                Interval d = cells.get(f);
                md.append(" | ").append(Report.round(d.mean()));
                if (d.n() >= 2) {
                    String low = Report.round(d.low());
                    String high = Report.round(d.high());
                    boolean clear = d.low() > 0 || d.high() < 0;
                    md.append(" [").append(low).append(", ").append(high).append(']').append(clear ? " *" : "");
                }
            }
            md.append(" |\n");
        });
        return md.toString();
    }

    private static String name(ResultFolder s) {
        return s.dir.getFileName().toString();
    }
}
