package chatshare.experiment;

import chatshare.analysis.ReplicateSummary;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a completed run back from its directory: its manifest (written last, so its presence
 * means the run completed) and its firms.csv. Everything runs.csv says about a run comes from
 * here, so a resumed or merged sweep writes the same bytes as an uninterrupted one.
 */
final class RunFiles {
    private RunFiles() {
    }

    /**
     * The outcome of a completed run of exactly this spec (same seed and same resolved config),
     * or null if there is none: a missing, unreadable or different run is run again.
     */
    static Sweep.Outcome completed(Path dir, RunSpec spec, JsonObject resolved) {
        Path run = dir.resolve("runs").resolve(spec.id());
        Path manifest = run.resolve("manifest.json");
        if (!Files.isRegularFile(manifest)) {
            return null;
        }
        try {
            JsonObject m = JsonParser.parseString(Files.readString(manifest)).getAsJsonObject();
            if (m.get("seed").getAsLong() != spec.seed() || !withoutSweep(resolved).equals(withoutSweep(m.get("config")))) {
                return null;
            }
            return new Sweep.Outcome(spec, true, m.get("seconds").getAsDouble(), firmOutcomes(run.resolve("firms.csv")), "");
        } catch (IOException | RuntimeException e) {
            return null; // an unreadable run is not complete
        }
    }

    /**
     * A run's config without its sweep section, which a run ignores: raising replicates or
     * tightening an adaptive target and resuming reuses the runs already done.
     */
    private static JsonObject withoutSweep(com.google.gson.JsonElement config) {
        JsonObject copy = config.getAsJsonObject().deepCopy();
        copy.remove("sweep");
        return copy;
    }

    private static Map<String, ReplicateSummary.FirmOutcome> firmOutcomes(Path firms) throws IOException {
        ReplicateSummary summary = new ReplicateSummary();
        try (Reader reader = Files.newBufferedReader(firms);
                CSVParser parser = chatshare.output.CsvFormat.READ.parse(reader)) {
            for (CSVRecord r : parser) {
                summary.add(r);
            }
        }
        return summary.outcomes();
    }
}
