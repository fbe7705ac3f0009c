package chatshare.calibration;

import chatshare.analysis.Interval;
import chatshare.output.AtomicOutput;
import chatshare.output.CsvFormat;
import chatshare.output.FolderCommit;
import chatshare.output.Manifest;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/**
 * The files of a calibration (or of a moments check) in its directory, written under temporary
 * names and replaced together with an earlier calibration's ({@link FolderCommit}); manifest.json,
 * renamed last, lists their sizes and SHA-256.
 */
final class CalibrationFiles implements AutoCloseable {
    /** What a calibration or moments folder may hold: a new one replaces or removes all of them. */
    static final List<String> OWNED_FILES = List.of("candidates.csv", "moments.csv", "replicates.csv", "fitted.json",
            "manifest.json", CalibrationFiles.FAILED_CANDIDATES);
    /** The candidates of a calibration that could measure none, kept beside an earlier complete calibration. */
    static final String FAILED_CANDIDATES = "candidates-failed.csv";

    static final Gson JSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    /** Header of moments.csv. */
    static final List<String> MOMENTS_HEADER = List.of("moment", "target", "compare", "mean", "sd", "ci95_low",
            "ci95_high", "replicates", "error", "scale", "weight", "contribution", "role");

    private final Path dir;
    private final FolderCommit folder;
    private final JsonObject files = new JsonObject();

    CalibrationFiles(Path dir) {
        this.dir = dir;
        this.folder = new FolderCommit(dir, OWNED_FILES);
    }

    /** candidates.csv: every evaluated point in order: its values, each moment's mean, its distance. */
    void candidates(List<Search.Candidate> candidates, Targets targets) throws IOException {
        List<String> header = new ArrayList<>(List.of("candidate", "phase"));
        header.addAll(targets.parameters.keySet());
        targets.moments.forEach(m -> header.add(m.name()));
        header.add("distance");
        csv("candidates.csv", header, candidates.stream().map(c -> {
            List<Object> row = new ArrayList<>(List.of(c.index(), c.phase()));
            c.point().values().forEach(v -> row.add(CsvFormat.number(v)));
            for (double mean : c.evaluation().means()) {
                row.add(CsvFormat.number(mean));
            }
            row.add(CsvFormat.number(c.distance()));
            return row;
        }).toList());
    }

    /** moments.csv: each moment of one point: target, mean and 95% CI over the replicates, error, contribution. */
    void moments(Evaluator.Evaluation e, Targets targets) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (int k = 0; k < targets.moments.size(); k++) {
            Moment m = targets.moments.get(k);
            Interval ci = Interval.of(e.replicates(k));
            rows.add(List.of(m.name(), CsvFormat.number(m.spec.target), m.spec.compare, CsvFormat.number(ci.mean()),
                    CsvFormat.number(ci.sd()), CsvFormat.number(ci.low()), CsvFormat.number(ci.high()), ci.n(),
                    CsvFormat.number(m.error(ci.mean())), CsvFormat.number(m.scale()), CsvFormat.number(m.spec.weight),
                    CsvFormat.number(m.contribution(ci.mean())), m.role()));
        }
        csv("moments.csv", MOMENTS_HEADER, rows);
        List<List<Object>> values = new ArrayList<>();
        for (int k = 0; k < targets.moments.size(); k++) {
            double[] v = e.replicates(k);
            for (int r = 0; r < v.length; r++) {
                values.add(List.of(targets.moments.get(k).name(), r, CsvFormat.number(v[r])));
            }
        }
        // Each replicate's value, for comparisons paired by seed (the regression test of the calibration).
        csv("replicates.csv", List.of("moment", "replicate", "value"), values);
    }

    /** A JSON file (fitted.json). */
    void json(String name, JsonElement content) throws IOException {
        try (AtomicOutput out = folder.open(name)) {
            JSON.toJson(content, out.writer());
            out.writer().write('\n');
            record(name, out);
        }
    }

    /** manifest.json, last: what was run (the given settings), versions, and the files written; publishes them all. */
    void manifest(JsonObject settings) throws IOException {
        JsonObject m = settings.deepCopy();
        m.addProperty("version", Manifest.version());
        m.addProperty("gitCommit", Manifest.gitCommit());
        m.addProperty("java", System.getProperty("java.version"));
        m.add("files", files);
        try (AtomicOutput out = folder.open("manifest.json")) {
            JSON.toJson(m, out.writer());
            out.writer().write('\n');
            out.commit();
        }
        folder.publish("manifest.json");
    }

    /**
     * Keeps the candidates of a calibration that failed, to look at, as candidates-failed.csv
     * beside the folder's files, and publishes nothing else: an earlier complete calibration in
     * the folder stays as it was. Returns the file.
     */
    java.nio.file.Path keepFailedCandidates() throws IOException {
        java.nio.file.Path failed = dir.resolve(FAILED_CANDIDATES);
        java.nio.file.Path staged = folder.source("candidates.csv");
        AtomicOutput.replace(failed.toAbsolutePath(), temp -> java.nio.file.Files.copy(staged, temp,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING));
        return failed;
    }

    /** Deletes the temporary files of anything not published. */
    @Override
    public void close() {
        folder.close();
    }

    private void csv(String name, List<String> header, List<List<Object>> rows) throws IOException {
        try (AtomicOutput out = folder.open(name);
                CSVPrinter printer = new CSVPrinter(out.writer(), CsvFormat.WRITE)) {
            printer.printRecord(header);
            for (List<Object> row : rows) {
                printer.printRecord(row);
            }
            printer.flush();
            record(name, out);
        }
    }

    private void record(String name, AtomicOutput out) throws IOException {
        String sha = out.commit();
        JsonObject entry = new JsonObject();
        entry.addProperty("bytes", out.bytes());
        entry.addProperty("sha256", sha);
        files.add(name, entry);
    }
}
