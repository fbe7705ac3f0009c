package chatshare.calibration;

import chatshare.analysis.Interval;
import chatshare.output.AtomicOutput;
import chatshare.output.CsvFormat;
import chatshare.output.FolderCommit;
import chatshare.output.Manifest;
import com.google.gson.Gson;
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
            "posterior.csv", "predictive.csv", "identification.csv", "identification.md", "posterior-sweep.json",
            Calibration.POSTERIOR_PLOT, "manifest.json", CalibrationFiles.FAILED_CANDIDATES);
    /** The candidates of a calibration that could measure none, kept beside an earlier complete calibration. */
    static final String FAILED_CANDIDATES = "candidates-failed.csv";

    static final Gson JSON = chatshare.config.Json.FILE;

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

    /**
     * posterior.csv: one row per ABC particle: draw, its candidate in candidates.csv, normalised
     * weight, the parameter values, each moment's mean over the replicates (every moment measured)
     * and the distance.
     */
    void posterior(Posterior posterior, Targets targets) throws IOException {
        List<String> header = new ArrayList<>(List.of("draw", "candidate", "weight"));
        header.addAll(targets.parameters.keySet());
        targets.moments.forEach(m -> header.add(m.name()));
        header.add("distance");
        List<List<Object>> rows = new ArrayList<>();
        double[] weights = posterior.weights();
        for (int i = 0; i < posterior.draws().size(); i++) {
            Search.Candidate c = posterior.draws().get(i);
            List<Object> row = new ArrayList<>(List.of(i, c.index(), CsvFormat.number(weights[i])));
            c.point().values().forEach(v -> row.add(CsvFormat.number(v)));
            for (double mean : posterior.measured(i).means()) {
                row.add(CsvFormat.number(mean));
            }
            row.add(CsvFormat.number(c.distance()));
            rows.add(row);
        }
        csv("posterior.csv", header, rows);
    }

    /**
     * predictive.csv: each moment's posterior-predictive 5%, 50% and 95% quantiles over draws x
     * replicates, and whether the target is a hit: inside [p05, p95] (equal), p95 at least the
     * target (atLeast), p05 at most the target (atMost).
     */
    void predictive(Posterior posterior, Targets targets) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (int k = 0; k < targets.moments.size(); k++) {
            Moment m = targets.moments.get(k);
            double low = posterior.predictive(k, Posterior.LOW);
            double high = posterior.predictive(k, Posterior.HIGH);
            double t = m.spec.target;
            boolean hit = switch (m.spec.compare) {
                case "atLeast" -> high >= t;
                case "atMost" -> low <= t;
                default -> low <= t && t <= high;
            };
            rows.add(List.of(m.name(), CsvFormat.number(t), m.spec.compare, CsvFormat.number(low),
                    CsvFormat.number(posterior.predictive(k, 0.5)), CsvFormat.number(high),
                    Double.isNaN(low) ? "" : hit ? "hit" : "miss"));
        }
        csv("predictive.csv", List.of("moment", "target", "compare", "p05", "p50", "p95", "check"), rows);
    }

    /**
     * identification.csv (each parameter's posterior median and 90% interval, the three moments
     * most sensitive to it, and every moment's standardised coefficient) and identification.md,
     * the same as a Markdown table for the docs.
     */
    void identification(Posterior.Identification id, Targets targets) throws IOException {
        List<String> header = new ArrayList<>(List.of("parameter", "median", "p05", "p95", "identified_by"));
        targets.moments.forEach(m -> header.add("src_" + m.name()));
        List<List<Object>> rows = new ArrayList<>();
        StringBuilder md = new StringBuilder("| parameter | posterior median | 90% interval | identified by "
                + "(standardised coefficient) |\n|---|---|---|---|\n");
        for (int p = 0; p < id.parameters().size(); p++) {
            double[] q = id.quantiles()[p];
            List<String> strongest = new ArrayList<>();
            List<String> strongestMd = new ArrayList<>();
            for (int j : PosteriorSummary.strongest(id.coefficients(), p, 3)) {
                strongest.add(targets.moments.get(j).name());
                strongestMd.add(targets.moments.get(j).name() + " ("
                        + String.format(java.util.Locale.ROOT, "%+.2f", id.coefficients()[j][p]) + ")");
            }
            List<Object> row = new ArrayList<>(List.of(id.parameters().get(p), CsvFormat.number(q[1]),
                    CsvFormat.number(q[0]), CsvFormat.number(q[2]), String.join(";", strongest)));
            for (double[] moment : id.coefficients()) {
                row.add(CsvFormat.number(moment[p]));
            }
            rows.add(row);
            md.append("| `").append(id.parameters().get(p)).append("` | ").append(SummaryText.g(q[1])).append(" | [").append(SummaryText.g(q[0]))
                    .append(", ").append(SummaryText.g(q[2])).append("] | ").append(String.join(", ", strongestMd)).append(" |\n");
        }
        md.append("\nStandardised regression coefficients of the moment means on the parameters over the ")
                .append(id.points()).append(" candidates with a finite distance; moments measured only at the "
                        + "reported points (unweighted probes) have none.\n");
        csv("identification.csv", header, rows);
        try (AtomicOutput out = folder.open("identification.md")) {
            out.writer().write(md.toString());
            record("identification.md", out);
        }
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
