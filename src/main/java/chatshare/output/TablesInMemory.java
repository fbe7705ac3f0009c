package chatshare.output;

import chatshare.model.Market;
import chatshare.model.TickObserver;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The rows of firms.csv and market.csv of a run, kept in memory cell for cell as the files would
 * hold them (the same tables and number formats), to measure a run without writing it.
 */
public final class TablesInMemory implements TickObserver {
    private static final CSVFormat IN = CsvFormat.READ;
    private static final Map<String, TickTable> TABLES = Map.of("firms", new FirmsTable(), "market", new MarketTable(),
            "segments", new SegmentsTable());
    /** Columns that hold text (ids, dates, flags, lists), not numbers. */
    private static final Set<String> TEXT = Set.of("run", "date", "firm", "active", "availableRegions", "events", "segment",
            "region", "platform", "member");

    private final RunLabel label;
    private final Map<String, StringBuilder> text = new LinkedHashMap<>();
    private final Map<String, CSVPrinter> printers = new LinkedHashMap<>();
    private boolean headerWritten;

    public TablesInMemory(RunLabel label) {
        this(label, false);
    }

    /** @param segments also keep segments.csv (only moments on it need its many rows) */
    public TablesInMemory(RunLabel label, boolean segments) {
        this.label = label;
        try {
            for (String table : segments ? List.of("firms", "market", "segments") : List.of("firms", "market")) {
                StringBuilder buffer = new StringBuilder();
                text.put(table, buffer);
                printers.put(table, new CSVPrinter(buffer, CsvFormat.WRITE));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The columns of "firms" (firms.csv), "market" (market.csv) or "segments" (segments.csv), in file order. */
    public static List<String> columns(String table) {
        return TABLES.get(table).header(null);
    }

    /** Whether a column of these tables holds numbers. */
    public static boolean numeric(String column) {
        return !TEXT.contains(column);
    }

    @Override
    public void observe(Market market) {
        try {
            for (Map.Entry<String, CSVPrinter> e : printers.entrySet()) {
                TickTable table = TABLES.get(e.getKey());
                if (!headerWritten) {
                    e.getValue().printRecord(table.header(market));
                }
                table.write(market, label, e.getValue());
            }
            headerWritten = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of "firms", "market" or (when kept) "segments" so far, by column name. */
    public List<CSVRecord> rows(String table) {
        try {
            return IN.parse(new StringReader(text.get(table).toString())).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
