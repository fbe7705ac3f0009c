package chatshare.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chatshare.analysis.Interval;
import chatshare.config.ConfigLoader;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed calibration (docs/CALIBRATION.md): the shipped targets load against the history;
 * experiments/history-calibrated.json is the calibration's fitted.json; and the calibrated
 * history's moments stay where the committed reference recorded them. The reference
 * (experiments/calibration/history-calibrated/, written by the moments command documented there)
 * holds each moment's value in every replicate; the new run uses the same seeds, and a moment
 * passes when the mean of the per-seed differences is within three of its standard errors, or
 * within 0.1% of the moment's scale for moments that hardly vary between seeds. Seeds and settings come from the
 * reference's manifest, so the check is exact until the model changes, and then tolerates noise
 * but not a shift.
 */
class CalibratedHistoryTest {
    private static final Path HISTORY = Path.of("experiments", "history-2023-2025.json");
    private static final Path CALIBRATED = Path.of("experiments", "history-calibrated.json");
    private static final Path FITTED = Path.of("experiments", "calibration", "history", "fitted.json");
    private static final Path TARGETS = Path.of("experiments", "calibration", "targets-2025.json");
    private static final Path REFERENCE = Path.of("experiments", "calibration", "history-calibrated");

    @TempDir
    Path tmp;

    @Test
    void theShippedTargetsLoadAgainstTheHistory() {
        Targets targets = Targets.load(TARGETS, HISTORY, List.of());
        assertTrue(targets.moments.size() >= 5, "moments: " + targets.moments.size());
        assertTrue(targets.parameters.size() >= 5, "parameters: " + targets.parameters.keySet());
    }

    @Test
    void everyKeyOfATargetsFileIsDocumented() throws IOException {
        String docs = Files.readString(Path.of("docs", "CALIBRATION.md"));
        for (java.lang.reflect.Field f : chatshare.calibration.MomentConfig.class.getFields()) {
            String key = f.getName();
            assertTrue(docs.contains("| `" + key + "`") || docs.contains(", `" + key + "`"),
                    "docs/CALIBRATION.md documents the moment key " + key);
        }
    }

    @Test
    void theCalibratedHistoryIsTheFittedConfig() {
        JsonObject calibrated = ConfigLoader.load(CALIBRATED, List.of()).resolved();
        JsonObject fitted = ConfigLoader.load(FITTED, List.of()).resolved();
        calibrated.remove("name");
        fitted.remove("name");
        assertEquals(fitted, calibrated, CALIBRATED + " sets what " + FITTED + " sets");
        JsonObject history = ConfigLoader.load(HISTORY, List.of()).resolved();
        history.remove("name");
        assertTrue(!history.equals(calibrated), "the calibration changed something");
        assertEquals(history.get("events"), calibrated.get("events"), "the timeline is the history's");
    }

    @Test
    void calibratedMomentsStayWithinReplicateNoiseOfTheReference() throws Exception {
        JsonObject manifest = JsonParser.parseString(Files.readString(REFERENCE.resolve("manifest.json"))).getAsJsonObject();
        assertEquals(CALIBRATED.toString(), manifest.get("config").getAsString(), "the reference measures the calibrated history");
        assertEquals(TARGETS.toString(), manifest.get("targets").getAsString());
        List<String> sets = new ArrayList<>();
        manifest.getAsJsonArray("sets").forEach(s -> sets.add(s.getAsString()));
        int replicates = manifest.get("replicates").getAsInt();
        Targets targets = Targets.load(TARGETS, CALIBRATED, sets);
        Evaluator.Evaluation now = Calibration.measure(CALIBRATED, targets, sets, tmp, replicates, 2, n -> { });
        List<CSVRecord> reference = csv(REFERENCE.resolve("moments.csv"));
        List<CSVRecord> referenceReplicates = csv(REFERENCE.resolve("replicates.csv"));
        assertEquals(targets.moments.size(), reference.size(), "one reference row per moment");
        for (int k = 0; k < reference.size(); k++) {
            CSVRecord ref = reference.get(k);
            String name = targets.moments.get(k).name();
            assertEquals(name, ref.get("moment"));
            // Paired by seed: the difference in each replicate, its mean within 3 standard errors of 0.
            double[] before = referenceReplicates.stream().filter(r -> r.get("moment").equals(name))
                    .mapToDouble(r -> number(r.get("value"))).toArray();
            double[] after = now.replicates(k);
            assertEquals(before.length, after.length, name + ": replicates");
            double[] diff = new double[after.length];
            for (int r = 0; r < diff.length; r++) {
                diff[r] = after[r] - before[r];
            }
            Interval d = Interval.of(diff);
            double se = d.sd() / Math.sqrt(d.n());
            double tolerance = Math.max(3 * se, 1e-3 * number(ref.get("scale")));
            assertEquals(0, d.mean(), tolerance, name + " moved beyond replicate noise (paired 3 SE = " + 3 * se + ")");
        }
    }

    private static double number(String cell) {
        return cell.isEmpty() ? 0 : Double.parseDouble(cell);
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (CSVParser p = CSVParser.parse(file, StandardCharsets.UTF_8,
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build())) {
            return p.getRecords();
        }
    }
}
