package chatshare.output;

import chatshare.analysis.ReplicateSummary;
import chatshare.analysis.SummaryTable;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The sweep-level files: firms.csv, market.csv and events.csv of every completed run combined in
 * run order, with one column per swept parameter after `seed` (a pivot table works directly),
 * and summary.csv (one row per point x firm over replicates), then the sweep's manifest.json.
 * Runs are streamed row by row.
 */
public final class SweepTables {
    private static final CSVFormat OUT = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").build();
    private static final CSVFormat IN = CsvFormat.READ;

    /** What the whole sweep is, recorded in every shard's manifest so merge can check its inputs. */
    public record Plan(com.google.gson.JsonElement sweep, List<String> baseSets, int plannedRuns) {
        /** Replicates every point has at least: the integer sweep.replicates, or its min when adaptive. */
        public int minReplicates() {
            com.google.gson.JsonElement r = sweep.getAsJsonObject().get("replicates");
            return r.isJsonObject() ? r.getAsJsonObject().get("min").getAsInt() : r.getAsInt();
        }
    }

    /** A completed run: its id, design point and parameter values. */
    public record Run(String id, int point, Map<String, Double> values) {
    }

    private SweepTables() {
    }

    /**
     * Every file a sweep folder may hold from an earlier sweep or from the analysis commands:
     * replaced or removed when a sweep commits (status.json, written while a sweep runs, and the
     * run folders under runs/ are not in this list).
     */
    public static final List<String> OWNED_FILES = Stream.of(SweepManifest.FILES, List.of("manifest.json"),
            FolderCommit.ANALYSIS_FILES).flatMap(List::stream).distinct().toList();

    /**
     * Writes the combined tables, summary.csv and the manifest into folder (where runs.csv is
     * already committed) and publishes them together: a failure leaves the earlier sweep's files.
     */
    public static void write(FolderCommit folder, Path dir, List<String> params, List<Run> runs, Plan plan)
            throws IOException {
        for (String table : List.of("market.csv", "events.csv")) {
            combine(folder, dir, table, params, runs, null, null);
        }
        SummaryTable summary = new SummaryTable();
        PointShares wide = !runs.isEmpty() && wantsWide(dir.resolve("runs").resolve(runs.get(0).id())) ? new PointShares() : null;
        combine(folder, dir, "firms.csv", params, runs, summary, wide);
        summary.write(folder.open("summary.csv"), params);
        if (wide != null) {
            wide.write(folder.open("wide.csv"));
        }
        SweepManifest.write(folder, runs, plan);
        folder.publish("manifest.json");
    }

    /** Whether the sweep's config asks for wide.csv (outputs.wide of its runs). */
    private static boolean wantsWide(Path run) throws IOException {
        var manifest = com.google.gson.JsonParser.parseString(Files.readString(run.resolve("manifest.json")))
                .getAsJsonObject();
        return manifest.getAsJsonObject("config").getAsJsonObject("outputs").get("wide").getAsBoolean();
    }

    /** The plan recorded in a sweep directory (for merge). */
    public static Plan readPlan(Path dir) throws IOException {
        return SweepManifest.readPlan(dir);
    }

    private static void combine(FolderCommit folder, Path dir, String table, List<String> params, List<Run> runs,
            SummaryTable outcomes, PointShares wide) throws IOException {
        try (AtomicOutput out = folder.open(table);
                CSVPrinter csv = new CSVPrinter(out.writer(), OUT)) {
            boolean headerDone = false;
            for (Run run : runs) {
                try (Reader reader = Files.newBufferedReader(dir.resolve("runs").resolve(run.id()).resolve(table));
                        CSVParser parser = IN.parse(reader)) {
                    List<String> header = parser.getHeaderNames();
                    int at = header.indexOf("seed") + 1;
                    if (!headerDone) {
                        List<String> h = new ArrayList<>(header.subList(0, at));
                        h.addAll(params);
                        h.addAll(header.subList(at, header.size()));
                        csv.printRecord(h);
                        headerDone = true;
                    }
                    ReplicateSummary summary = new ReplicateSummary();
                    if (wide != null) {
                        wide.startRun(run.point());
                    }
                    for (CSVRecord r : parser) {
                        List<String> row = new ArrayList<>(r.toList().subList(0, at));
                        params.forEach(p -> row.add(run.values().containsKey(p) ? CsvFormat.number(run.values().get(p)) : ""));
                        row.addAll(r.toList().subList(at, r.size()));
                        csv.printRecord(row);
                        if (outcomes != null) {
                            summary.add(r);
                        }
                        if (wide != null) {
                            wide.add(run.point(), r.get("firm"), Integer.parseInt(r.get("tick")), r.get("date"),
                                    Double.parseDouble(r.get("share")));
                        }
                    }
                    if (outcomes != null) {
                        outcomes.add(run.point(), run.values(), summary.outcomes());
                    }
                }
            }
            csv.flush();
            out.commit();
        }
    }
}
