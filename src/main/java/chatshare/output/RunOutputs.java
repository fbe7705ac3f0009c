package chatshare.output;

import chatshare.model.Market;
import chatshare.model.TickObserver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVPrinter;

/**
 * The per-tick CSV files of one run, streamed row by row to temporary files (memory stays flat
 * whatever the number of ticks) and renamed into place together by {@link #commit}.
 */
public final class RunOutputs implements TickObserver, AutoCloseable {

    /**
     * Every file a run folder may hold from an earlier run or from the analysis commands: a new run
     * replaces or removes them all, so the folder holds exactly its outputs (files ChatShare does
     * not write are left alone).
     */
    public static final List<String> OWNED_FILES = Stream.concat(Stream.concat(
            Stream.of(new FirmsTable(), new MarketTable(), new EventsTable(), new WideTable(), new SegmentsTable()).map(TickTable::fileName),
            Stream.of("manifest.json", DataPackage.FILE, OutputsWorkbook.FILE, LearningTables.OUTCOMES, LearningTables.IMPULSE)), FolderCommit.ANALYSIS_FILES.stream()).toList();

    private final FolderCommit folder;
    private final RunLabel label;
    private final List<TickTable> tables = new ArrayList<>();
    private final List<AtomicOutput> files = new ArrayList<>();
    /** Removes the folder's temporary files on Ctrl-C or SIGTERM; registered before the first file exists. */
    private final Thread cleanup;
    private final List<CSVPrinter> printers = new ArrayList<>();
    private final long[] rows;
    private boolean headerWritten;

    /** @param wide also write wide.csv (outputs.wide); segments: segments.csv (outputs.segments) */
    public RunOutputs(Path dir, RunLabel label, boolean wide, boolean segments) throws IOException {
        this.folder = new FolderCommit(dir, OWNED_FILES);
        this.cleanup = new Thread(folder::close, "chatshare-cleanup");
        this.label = label;
        tables.add(new FirmsTable());
        tables.add(new MarketTable());
        tables.add(new EventsTable());
        if (wide) {
            tables.add(new WideTable());
        }
        if (segments) {
            tables.add(new SegmentsTable());
        }
        rows = new long[tables.size()];
        Runtime.getRuntime().addShutdownHook(cleanup);
        try {
            for (TickTable t : tables) {
                AtomicOutput file = folder.open(t.fileName());
                files.add(file);
                printers.add(new CSVPrinter(file.writer(), CsvFormat.WRITE));
            }
        } catch (IOException e) {
            close();
            throw e;
        }
    }


    @Override
    public void observe(Market market) {
        try {
            if (!headerWritten) {
                for (int k = 0; k < tables.size(); k++) {
                    printers.get(k).printRecord(tables.get(k).header(market));
                }
                headerWritten = true;
            }
            // outputs.every thins the per-tick tables of long runs (learning runs last a million ticks).
            boolean sampled = market.tick() % market.config().outputs.every == 0 || market.lastTick();
            for (int k = 0; k < tables.size(); k++) {
                if (sampled || tables.get(k) instanceof EventsTable) {
                    rows[k] += tables.get(k).write(market, label, printers.get(k));
                }
            }
        } catch (IOException e) {
            throw folder.discarded() ? interrupted() : new UncheckedIOException(e);
        }
    }

    /**
     * What a write into files that the shutdown hook already removed reports: the JVM is
     * stopping on SIGTERM or Ctrl-C, and "Stream closed" would not say so.
     */
    private java.util.concurrent.CancellationException interrupted() {
        return new java.util.concurrent.CancellationException("interrupted (SIGTERM or Ctrl-C): the run stopped before it"
                + " completed; its temporary files were removed and its output directory was left as it was");
    }

    /**
     * Flushes every table to disk (nothing is renamed yet); returns file name -> {rows, bytes,
     * sha256} for the manifest, which then goes to {@link #folder()} before {@link #publish}.
     */
    public Map<String, Map<String, Object>> prepare() throws IOException {
        Map<String, Map<String, Object>> summary = new LinkedHashMap<>();
        for (int k = 0; k < files.size(); k++) {
            AtomicOutput file = files.get(k);
            Map<String, Object> entry;
            try {
                printers.get(k).flush();
                entry = file.commitEntry(rows[k]);
            } catch (IOException | IllegalStateException e) {
                if (folder.discarded()) {
                    throw interrupted();
                }
                throw e;
            }
            summary.put(file.target().getFileName().toString(), entry);
        }
        return summary;
    }

    /** Flushes and renames the tables into place without a manifest (a replay that only wants the tables). */
    public Map<String, Map<String, Object>> commit() throws IOException {
        Map<String, Map<String, Object>> summary = prepare();
        publish();
        return summary;
    }

    /** The folder the tables and the manifest are committed to. */
    public FolderCommit folder() {
        return folder;
    }

    /**
     * Renames the tables and then the manifest into place, replacing an earlier run's files; a
     * failure leaves the earlier run as it was ({@link FolderCommit#publish}).
     */
    public void publish() throws IOException {
        try {
            folder.publish("manifest.json");
        } catch (IllegalStateException e) {
            if (folder.discarded()) {
                throw interrupted();
            }
            throw e;
        }
    }

    /** Removes uncommitted temporary files and the shutdown hook. */
    @Override
    public void close() {
        folder.close();
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run: it removes the same files
        }
    }
}
