package chatshare.output;

import chatshare.model.Market;
import chatshare.model.TickObserver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The per-tick CSV files of one run, streamed row by row to temporary files (memory stays flat
 * whatever the number of ticks) and renamed into place together by {@link #commit}.
 */
public final class RunOutputs implements TickObserver, AutoCloseable {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").build();

    /** Every table a run can write, to remove stale ones from an earlier run in the same directory. */
    private static final List<TickTable> ALL_TABLES = List.of(new FirmsTable(), new MarketTable(), new EventsTable(),
            new WideTable());

    private final Path dir;
    private final RunLabel label;
    private final List<TickTable> tables = new ArrayList<>();
    /** Read by the shutdown hook while the constructor may still be adding to it. */
    private final List<AtomicOutput> files = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** Removes the temporary files on Ctrl-C or SIGTERM; registered before the first file exists. */
    private final Thread cleanup = new Thread(this::removeTemporaryFiles, "chatshare-cleanup");
    private final List<CSVPrinter> printers = new ArrayList<>();
    private final long[] rows;
    private boolean headerWritten;

    public RunOutputs(Path dir, RunLabel label, boolean wide) throws IOException {
        this.dir = dir;
        this.label = label;
        tables.add(new FirmsTable());
        tables.add(new MarketTable());
        tables.add(new EventsTable());
        if (wide) {
            tables.add(new WideTable());
        }
        rows = new long[tables.size()];
        Runtime.getRuntime().addShutdownHook(cleanup);
        try {
            for (TickTable t : tables) {
                AtomicOutput file = new AtomicOutput(dir.resolve(t.fileName()));
                files.add(file);
                printers.add(new CSVPrinter(file.writer(), FORMAT));
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
            boolean sampled = market.tick() % market.config.outputs.every == 0 || market.lastTick();
            for (int k = 0; k < tables.size(); k++) {
                if (sampled || tables.get(k) instanceof EventsTable) {
                    rows[k] += tables.get(k).write(market, label, printers.get(k));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Renames every file into place; returns file name -> {rows, bytes, sha256} for the manifest.
     * The manifest, written last, marks a complete run: an earlier run's manifest and tables this
     * run does not write are removed first, so a failure here never pairs new files with an old
     * manifest.
     */
    public Map<String, Map<String, Object>> commit() throws IOException {
        Files.deleteIfExists(dir.resolve("manifest.json"));
        for (TickTable t : ALL_TABLES) {
            if (tables.stream().noneMatch(mine -> mine.fileName().equals(t.fileName()))) {
                Files.deleteIfExists(dir.resolve(t.fileName()));
            }
        }
        Map<String, Map<String, Object>> summary = new LinkedHashMap<>();
        for (int k = 0; k < files.size(); k++) {
            AtomicOutput file = files.get(k);
            printers.get(k).flush();
            String sha = file.commit();
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("rows", rows[k]);
            entry.put("bytes", file.bytes());
            entry.put("sha256", sha);
            summary.put(file.target().getFileName().toString(), entry);
        }
        return summary;
    }

    /** Removes uncommitted temporary files and the shutdown hook. */
    @Override
    public void close() {
        removeTemporaryFiles();
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run: it removes the same files
        }
    }

    private void removeTemporaryFiles() {
        files.forEach(AtomicOutput::close);
    }
}
