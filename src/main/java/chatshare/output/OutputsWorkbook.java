package chatshare.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * outputs.xlsx: the CSV files of a run or sweep folder as one workbook, one sheet per file, so a
 * spreadsheet in any locale gets numbers as numbers (an xlsx cell stores the value, not a
 * locale-formatted text) and dates as dates. Row 1 holds the column names, row 2 their units,
 * both frozen; seeds and ids are text cells. A last sheet, columns, is the column dictionary.
 */
public final class OutputsWorkbook {
    public static final String FILE = "outputs.xlsx";
    /** Rows an xlsx worksheet holds (Excel's limit), less the name and unit rows. */
    static final int MAX_DATA_ROWS = 1_048_576 - 2;

    private OutputsWorkbook() {
    }

    /**
     * Writes dir/outputs.xlsx from the folder's published CSV files (`export`); params are a
     * sweep's parameters. Returns its manifest entry (bytes, sha256).
     *
     * @throws IllegalArgumentException when a file has more rows than a worksheet holds
     */
    public static Map<String, Object> write(Path dir, Columns.Folder folder, List<String> params) throws IOException {
        return write(new AtomicOutput(dir.resolve(FILE).toAbsolutePath()), DataPackage.present(dir), folder, params);
    }

    /**
     * Commits outputs.xlsx to a folder being written, from the tables committed to it (or already
     * published there), so it is published with them and listed in its manifest.
     */
    public static Map<String, Object> write(FolderCommit target, Columns.Folder folder, List<String> params)
            throws IOException {
        return write(target.open(FILE), target::source, folder, params);
    }

    private static Map<String, Object> write(AtomicOutput file, java.util.function.Function<String, Path> source,
            Columns.Folder folder, List<String> params) throws IOException {
        try (AtomicOutput out = file) {
            List<Columns.Table> tables = Columns.of(folder).stream().filter(t -> source.apply(t.file()) != null).toList();
            for (Columns.Table t : tables) {
                long rows = dataRows(source.apply(t.file()));
                if (rows > MAX_DATA_ROWS) {
                    throw new IllegalArgumentException(out.target().resolveSibling(t.file()) + " has " + rows
                            + " rows, more than a worksheet holds (" + MAX_DATA_ROWS
                            + "): use the CSV files, or fewer runs or ticks");
                }
            }
            try (OutputStream stream = out.stream()) {
                Workbook book = new Workbook(stream, "ChatShare", null);
                for (Columns.Table t : tables) {
                    sheet(book.newWorksheet(t.name()), source.apply(t.file()), t, params);
                }
                dictionary(book.newWorksheet("columns"), source, tables, params);
                book.finish();
            }
            return out.commitEntry();
        }
    }

    private static void sheet(Worksheet ws, Path csv, Columns.Table table, List<String> params) throws IOException {
        try (Reader in = Files.newBufferedReader(csv); CSVParser parser = CsvFormat.READ.parse(in)) {
            List<Columns.Column> columns = table.describe(parser.getHeaderNames(), params);
            for (int c = 0; c < columns.size(); c++) {
                ws.value(0, c, columns.get(c).name());
                ws.value(1, c, columns.get(c).unit());
                ws.width(c, Math.max(10, Math.min(40, columns.get(c).name().length() + 2)));
            }
            ws.range(0, 0, 0, columns.size() - 1).style().bold().set();
            ws.range(1, 0, 1, columns.size() - 1).style().italic().fontColor("666666").set();
            ws.freezePane(0, 2);
            int row = 2;
            for (CSVRecord r : parser) {
                for (int c = 0; c < columns.size(); c++) {
                    cell(ws, row, c, columns.get(c).type(), r.get(c));
                }
                row++;
                if (row % 4096 == 0) {
                    ws.flush(); // keeps memory flat on a large sweep
                }
            }
            ws.finish();
        }
    }

    /** One typed cell; an empty CSV cell (NaN, no value) stays empty. */
    private static void cell(Worksheet ws, int row, int col, Columns.Type type, String text) {
        if (text.isEmpty()) {
            return;
        }
        switch (type) {
            case INTEGER, NUMBER -> ws.value(row, col, Double.parseDouble(text));
            case BOOLEAN -> ws.value(row, col, Boolean.parseBoolean(text));
            case DATE -> {
                ws.value(row, col, LocalDate.parse(text));
                ws.style(row, col).format("yyyy-mm-dd").set();
            }
            default -> ws.value(row, col, text); // ids, seeds, lists: text, never a rounded number
        }
    }

    private static void dictionary(Worksheet ws, java.util.function.Function<String, Path> source,
            List<Columns.Table> tables, List<String> params)
            throws IOException {
        List<String> head = List.of("sheet", "column", "type", "unit", "description");
        for (int c = 0; c < head.size(); c++) {
            ws.value(0, c, head.get(c));
        }
        ws.range(0, 0, 0, head.size() - 1).style().bold().set();
        ws.freezePane(0, 1);
        ws.width(1, 28);
        ws.width(4, 90);
        int row = 1;
        for (Columns.Table t : tables) {
            for (Columns.Column c : t.describe(DataPackage.header(source.apply(t.file())), params)) {
                ws.value(row, 0, t.name());
                ws.value(row, 1, c.name());
                ws.value(row, 2, c.type().schemaName());
                ws.value(row, 3, c.unit());
                ws.value(row, 4, c.description());
                row++;
            }
        }
        ws.finish();
    }

    private static long dataRows(Path csv) throws IOException {
        try (Reader in = Files.newBufferedReader(csv); CSVParser parser = CsvFormat.READ.parse(in)) {
            long n = 0;
            for (CSVRecord ignored : parser) {
                n++;
            }
            return n;
        }
    }
}
