package chatshare.experiment;

import chatshare.analysis.ReplicateSummary;
import chatshare.analysis.SummaryTable;
import chatshare.output.AtomicOutput;
import chatshare.output.Columns;
import chatshare.output.CsvFormat;
import chatshare.output.DataPackage;
import chatshare.output.FolderCommit;
import chatshare.output.OutputsWorkbook;
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
     * Writes the combined tables, summary.csv, points.csv, datapackage.json and the manifest into
     * folder (where runs.csv is already committed) and publishes them together: a failure leaves
     * the earlier sweep's files. outputs.xlsx, if the runs ask for it, is made from the committed
     * tables and published with them.
     */
    public static void write(FolderCommit folder, Path dir, List<String> params, List<Run> runs, Plan plan)
            throws IOException {
        PointShares wide = !runs.isEmpty() && wantsWide(dir.resolve("runs").resolve(runs.get(0).id())) ? new PointShares() : null;
        combine(folder, dir, "market.csv", params, runs, null, wide);
        combine(folder, dir, "events.csv", params, runs, null, null);
        SummaryTable summary = new SummaryTable();
        combine(folder, dir, "firms.csv", params, runs, summary, wide);
        summary.write(folder.open("summary.csv"), params);
        writePoints(folder.open(Columns.POINTS.file()), params, runs);
        if (wide != null) {
            wide.write(folder.open("wide.csv"));
        }
        DataPackage.write(folder, Columns.Folder.SWEEP, dir.toAbsolutePath().normalize().getFileName().toString(), params);
        if (!runs.isEmpty() && wantsWorkbook(dir.resolve("runs").resolve(runs.get(0).id()))) {
            OutputsWorkbook.write(folder, Columns.Folder.SWEEP, params); // from the committed tables, published with them
        }
        SweepManifest.write(folder, runs, plan);
        folder.publish("manifest.json");
    }

    /** points.csv: each design point's parameter values and completed replicates (the key to wide.csv). */
    private static void writePoints(AtomicOutput file, List<String> params, List<Run> runs) throws IOException {
        Map<Integer, Run> first = new java.util.TreeMap<>();
        Map<Integer, Integer> replicates = new java.util.TreeMap<>();
        for (Run run : runs) {
            first.putIfAbsent(run.point(), run);
            replicates.merge(run.point(), 1, Integer::sum);
        }
        try (AtomicOutput out = file; CSVPrinter csv = new CSVPrinter(out.writer(), CsvFormat.WRITE)) {
            List<String> header = new ArrayList<>(List.of("point"));
            header.addAll(params);
            header.add("replicates");
            csv.printRecord(header);
            for (var point : first.entrySet()) {
                List<Object> row = new ArrayList<>(List.of(point.getKey()));
                Map<String, Double> values = point.getValue().values();
                params.forEach(p -> row.add(values.containsKey(p) ? CsvFormat.number(values.get(p)) : ""));
                row.add(replicates.get(point.getKey()));
                csv.printRecord(row);
            }
            csv.flush();
            out.commit();
        }
    }

    /** Whether the sweep's config asks for wide.csv (outputs.wide of its runs). */
    private static boolean wantsWide(Path run) throws IOException {
        return outputs(run).get("wide").getAsBoolean();
    }

    /** Whether the sweep's config asks for outputs.xlsx (absent from manifests older than the key). */
    private static boolean wantsWorkbook(Path run) throws IOException {
        var outputs = outputs(run);
        return outputs.has("xlsx") && outputs.get("xlsx").getAsBoolean();
    }

    /** The outputs section of the config a run of the sweep was made with. */
    private static com.google.gson.JsonObject outputs(Path run) throws IOException {
        var manifest = com.google.gson.JsonParser.parseString(Files.readString(run.resolve("manifest.json")))
                .getAsJsonObject();
        return manifest.getAsJsonObject("config").getAsJsonObject("outputs");
    }

    /** The plan recorded in a sweep directory (for merge). */
    public static Plan readPlan(Path dir) throws IOException {
        return SweepManifest.readPlan(dir);
    }

    private static void combine(FolderCommit folder, Path dir, String table, List<String> params, List<Run> runs,
            SummaryTable outcomes, PointShares wide) throws IOException {
        try (AtomicOutput out = folder.open(table);
                CSVPrinter csv = new CSVPrinter(out.writer(), CsvFormat.WRITE)) {
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
                    boolean firms = outcomes != null;
                    if (wide != null && firms) {
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
                            // market.csv gives the outside option's column ("none"), firms.csv the firms'
                            wide.add(run.point(), firms ? r.get("firm") : "none", Integer.parseInt(r.get("tick")),
                                    r.get("date"), CsvFormat.parse(r.get(firms ? "share" : "outsideShare")));
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
