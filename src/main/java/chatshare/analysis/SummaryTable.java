package chatshare.analysis;

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
 * summary.csv: one row per design point x firm over its replicates (see {@link ReplicateSummary}),
 * the same bytes whether written by the sweep or recomputed by {@code summarize}.
 */
public final class SummaryTable {

    /** Each point's swept values and its firms' outcomes, replicates in run order. */
    private final Map<Integer, Map<String, Double>> values = new LinkedHashMap<>();
    private final Map<Integer, Map<String, List<ReplicateSummary.FirmOutcome>>> outcomes = new LinkedHashMap<>();

    public void add(int point, Map<String, Double> pointValues, Map<String, ReplicateSummary.FirmOutcome> run) {
        values.putIfAbsent(point, pointValues);
        Map<String, List<ReplicateSummary.FirmOutcome>> firms = outcomes.computeIfAbsent(point, p -> new LinkedHashMap<>());
        run.forEach((firm, o) -> firms.computeIfAbsent(firm, f -> new ArrayList<>()).add(o));
    }

    /** Replicate outcomes by point, then firm. */
    public Map<Integer, Map<String, List<ReplicateSummary.FirmOutcome>>> outcomes() {
        return outcomes;
    }

    public Map<String, Double> values(int point) {
        return values.get(point);
    }

    public void write(Path file, List<String> params) throws IOException {
        write(new AtomicOutput(file.toAbsolutePath()), params);
    }

    /** Writes summary.csv to an opened file and commits it. */
    public void write(AtomicOutput file, List<String> params) throws IOException {
        try (AtomicOutput out = file; CSVPrinter csv = new CSVPrinter(out.writer(), CsvFormat.WRITE)) {
            List<String> header = new ArrayList<>(List.of("point"));
            header.addAll(params);
            header.add("firm");
            header.addAll(ReplicateSummary.header());
            csv.printRecord(header);
            for (var point : outcomes.entrySet()) {
                for (var firm : point.getValue().entrySet()) {
                    List<Object> row = new ArrayList<>(List.of(point.getKey()));
                    params.forEach(p -> row.add(CsvFormat.number(values.get(point.getKey()).getOrDefault(p, Double.NaN))));
                    row.add(firm.getKey());
                    ReplicateSummary.row(firm.getValue()).forEach(x -> row.add(CsvFormat.number(x)));
                    csv.printRecord(row);
                }
            }
            csv.flush();
            out.commit();
        }
    }

    /** The summary of every completed run of a result folder. */
    public static SummaryTable of(ResultFolder folder) throws IOException {
        SummaryTable table = new SummaryTable();
        for (ResultFolder.Run run : folder.runs) {
            table.add(run.point(), run.values(), ResultFolder.outcomes(run));
        }
        return table;
    }
}
