package chatshare.output;

import chatshare.model.LearningOutcomes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVPrinter;

/**
 * learning.csv (one row per qLearning firm: convergence, benchmarks, limit-path and realised
 * prices, profits and Delta) and impulse.csv (the impulse response to a one-period price cut) of
 * a run whose firms learn; written whole at the end of the run, atomically.
 */
public final class LearningTables {
    public static final String OUTCOMES = Columns.LEARNING.file();
    public static final String IMPULSE = Columns.IMPULSE.file();
    public static final List<String> OUTCOME_COLUMNS = Columns.LEARNING.header();
    public static final List<String> IMPULSE_COLUMNS = Columns.IMPULSE.header();

    private LearningTables() {
    }

    /**
     * Commits both files to the run's folder when the run has learning firms (without, an earlier
     * run's files go at the folder's publish: they are owned files of a run folder); returns file
     * name -> {rows, bytes, sha256} for the manifest.
     */
    public static Map<String, Map<String, Object>> write(FolderCommit folder, RunLabel label, LearningOutcomes outcomes)
            throws IOException {
        Map<String, Map<String, Object>> files = new LinkedHashMap<>();
        if (outcomes == null) {
            return files;
        }
        try (AtomicOutput out = folder.open(OUTCOMES)) {
            CSVPrinter csv = new CSVPrinter(out.writer(), CsvFormat.WRITE);
            csv.printRecord(OUTCOME_COLUMNS);
            for (LearningOutcomes.FirmOutcome f : outcomes.firms) {
                csv.printRecord(label.run(), label.replicate(), CsvFormat.seed(label.seed()), f.firm(), f.converged(), f.decisions(),
                        f.stableFor(), n(f.nashPrice()), n(f.monopolyPrice()), n(f.nashProfit()), n(f.monopolyProfit()),
                        f.cycleLength(), n(f.price()), n(f.profit()), n(f.delta()), n(f.realisedPrice()),
                        n(f.realisedProfit()), n(f.realisedDelta()));
            }
            csv.flush();
            files.put(OUTCOMES, out.commitEntry(outcomes.firms.size()));
        }
        try (AtomicOutput out = folder.open(IMPULSE)) {
            CSVPrinter csv = new CSVPrinter(out.writer(), CsvFormat.WRITE);
            csv.printRecord(IMPULSE_COLUMNS);
            for (LearningOutcomes.ImpulsePoint p : outcomes.impulse) {
                csv.printRecord(label.run(), label.replicate(), CsvFormat.seed(label.seed()), p.period(), p.firm(), n(p.price()),
                        n(p.profit()), n(p.delta()));
            }
            csv.flush();
            files.put(IMPULSE, out.commitEntry(outcomes.impulse.size()));
        }
        return files;
    }

    private static String n(double x) {
        return CsvFormat.number(x);
    }
}
