package chatshare.analysis;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A result folder read back: a sweep (runs.csv, completed runs under runs/RUN_ID/) or a single
 * run (firms.csv and manifest.json, one point, one replicate). Rows are streamed, never held.
 */
public final class ResultFolder {
    static final CSVFormat IN = chatshare.output.CsvFormat.READ;

    /** A completed run: where its files are, its design point and swept values. */
    public record Run(String id, int point, int replicate, Map<String, Double> values, Path dir) {
    }

    public final Path dir;
    /** Swept parameter paths (none for a single run). */
    public final List<String> params;
    /** Completed runs in run order (failed runs are left out). */
    public final List<Run> runs;

    private ResultFolder(Path dir, List<String> params, List<Run> runs) {
        this.dir = dir;
        this.params = params;
        this.runs = runs;
    }

    /** Opens DIR; IllegalArgumentException (one line) when it is neither a sweep nor a run folder. */
    public static ResultFolder open(Path dir) throws IOException {
        if (Files.isRegularFile(dir.resolve("runs.csv"))) {
            return sweep(dir);
        }
        if (Files.isRegularFile(dir.resolve("firms.csv")) && Files.isRegularFile(dir.resolve("manifest.json"))) {
            return new ResultFolder(dir, List.of(), List.of(new Run("run", 0, 0, Map.of(), dir)));
        }
        throw new IllegalArgumentException(dir + ": not a result folder (expected runs.csv of a sweep, or firms.csv and "
                + "manifest.json of a run)");
    }

    private static ResultFolder sweep(Path dir) throws IOException {
        try (Reader reader = Files.newBufferedReader(dir.resolve("runs.csv")); CSVParser parser = IN.parse(reader)) {
            List<String> header = parser.getHeaderNames();
            List<String> params = List.copyOf(header.subList(header.indexOf("seed") + 1, header.indexOf("status")));
            List<Run> runs = new ArrayList<>();
            for (CSVRecord r : parser) {
                if (r.get("status").equals("ok")) {
                    Map<String, Double> values = new LinkedHashMap<>();
                    params.forEach(p -> values.put(p, chatshare.output.CsvFormat.parse(r.get(p)))); // list designs may omit one
                    runs.add(new Run(r.get("run"), Integer.parseInt(r.get("point")), Integer.parseInt(r.get("replicate")),
                            values, dir.resolve("runs").resolve(r.get("run"))));
                }
            }
            if (runs.isEmpty()) {
                throw new IllegalArgumentException(dir + ": no completed run in runs.csv (nothing to summarise yet)");
            }
            return new ResultFolder(dir, params, runs);
        }
    }

    /** Streams the rows of one of a run's tables (firms.csv, market.csv, ...). */
    public static void rows(Run run, String table, Consumer<CSVRecord> row) throws IOException {
        try (Reader reader = Files.newBufferedReader(run.dir().resolve(table)); CSVParser parser = IN.parse(reader)) {
            parser.forEach(row);
        }
    }

    /** The per-firm outcomes of one run, from its firms.csv. */
    public static Map<String, ReplicateSummary.FirmOutcome> outcomes(Run run) throws IOException {
        ReplicateSummary summary = new ReplicateSummary();
        rows(run, "firms.csv", summary::add);
        return summary.outcomes();
    }
}
