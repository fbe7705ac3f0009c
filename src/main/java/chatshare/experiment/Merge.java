package chatshare.experiment;

import chatshare.output.AtomicOutput;
import chatshare.output.CsvFormat;
import chatshare.output.FolderCommit;
import chatshare.experiment.SweepTables;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Combines the output directories of sweep shards into the first one (which may be new or one
 * of the shards): run directories are
 * copied in, and runs.csv, the combined tables and summary.csv are rebuilt from the runs, so the
 * result has the same bytes as the same sweep run on one machine.
 */
public final class Merge {
    private Merge() {
    }

    /** How many shard directories were read, and how many runs failed or are missing. */
    public record Result(int shards, long failedOrMissing) {
    }

    /**
     * Merges the shards; a missing shard leaves runs missing. Throws IllegalArgumentException when
     * the inputs are not shards of one sweep.
     */
    public static Result merge(List<Path> dirs) throws IOException {
        Path target = dirs.get(0);
        SweepTables.Plan plan = null;
        List<String> header = null;
        int shards = 0;
        // Ordered by (point, replicate), as a one-machine sweep writes them.
        Map<List<Integer>, List<String>> rows = new TreeMap<>(java.util.Comparator
                .<List<Integer>>comparingInt(k -> k.get(0)).thenComparingInt(k -> k.get(1)));
        for (Path dir : dirs) {
            Path index = dir.resolve("runs.csv");
            if (dir.equals(target) && dirs.size() > 1 && !Files.exists(index)) {
                Files.createDirectories(target); // merging into a new directory
                continue;
            }
            if (!Files.isRegularFile(index) || !Files.isRegularFile(dir.resolve("manifest.json"))) {
                throw new IllegalArgumentException(dir + ": not a sweep output directory (no runs.csv or manifest.json)");
            }
            SweepTables.Plan shardPlan = SweepTables.readPlan(dir);
            if (plan != null && !plan.equals(shardPlan)) {
                throw new IllegalArgumentException(dir + ": not a shard of the same sweep as the directories before it"
                        + " (sweep section, --set overrides or number of runs differ)");
            }
            plan = shardPlan;
            shards++;
            try (Reader reader = Files.newBufferedReader(index);
                    CSVParser parser = CsvFormat.READ.parse(reader)) {
                if (header != null && !header.equals(parser.getHeaderNames())) {
                    throw new IllegalArgumentException(index + ": columns differ from " + dirs.get(0).resolve("runs.csv")
                            + " (not shards of the same sweep)");
                }
                header = parser.getHeaderNames();
                for (CSVRecord r : parser) {
                    List<Integer> key = List.of(Integer.parseInt(r.get("point")), Integer.parseInt(r.get("replicate")));
                    if (dir.equals(target)) {
                        rows.putIfAbsent(key, r.toList());
                    } else {
                        rows.put(key, r.toList()); // a shard's row is newer than what the target held
                    }
                }
            }
            if (!dir.equals(target)) {
                copyRuns(dir.resolve("runs"), target.resolve("runs"));
            }
        }
        List<String> params = header.subList(header.indexOf("seed") + 1, header.indexOf("status"));
        List<SweepTables.Run> runs = new ArrayList<>();
        long failed = 0;
        for (List<String> row : rows.values()) {
            if (!row.get(header.indexOf("status")).equals("ok")) {
                failed++;
                continue;
            }
            Map<String, Double> values = new LinkedHashMap<>();
            for (int k = 0; k < params.size(); k++) {
                String v = row.get(header.indexOf("seed") + 1 + k);
                if (!v.isEmpty()) {
                    values.put(params.get(k), Double.parseDouble(v));
                }
            }
            runs.add(new SweepTables.Run(row.get(0), Integer.parseInt(row.get(1)), values));
        }
        try (FolderCommit folder = new FolderCommit(target, SweepTables.OWNED_FILES)) {
            try (AtomicOutput out = folder.open("runs.csv");
                    CSVPrinter csv = new CSVPrinter(out.writer(), CsvFormat.WRITE)) {
                csv.printRecord(header);
                for (List<String> row : rows.values()) {
                    csv.printRecord(row);
                }
                csv.flush();
                out.commit();
            }
            SweepTables.write(folder, target, params, runs, plan);
        }
        return new Result(shards, failed + missing(plan, rows.keySet()));
    }

    /**
     * Runs missing from the union: every point of the plan must have at least its minimum
     * replicates (all of them when the number is fixed; adaptive rounds may have added more).
     */
    private static long missing(SweepTables.Plan plan, java.util.Set<List<Integer>> runs) {
        int min = plan.minReplicates();
        int points = plan.plannedRuns() / min;
        int[] count = new int[points];
        for (List<Integer> run : runs) {
            if (run.get(0) < points) {
                count[run.get(0)]++;
            }
        }
        long missing = 0;
        for (int c : count) {
            missing += Math.max(0, min - c);
        }
        return missing;
    }

    private static void copyRuns(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.sorted(Comparator.naturalOrder()).toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
