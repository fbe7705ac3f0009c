package chatshare.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chatshare.output.CsvFormat;
import com.google.gson.JsonObject;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** outputs.xlsx read back: the same cells as the CSV files, typed; seeds as text that repeats the run. */
class WorkbookTest {
    @TempDir
    Path tmp;

    @Test
    void exportWritesATypedWorkbookOfTheRunThatMatchesItsCsvFiles() throws Exception {
        Path dir = tmp.resolve("run");
        assertEquals(0, Cli.run("run", Cli.smallConfig(tmp, 5).toString(), "--out", dir.toString(), "--quiet").exit());
        Cli r = Cli.run("export", dir.toString(), "--xlsx");
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.out(), "stdout stays clean");
        try (InputStream in = Files.newInputStream(dir.resolve("outputs.xlsx")); ReadableWorkbook book = new ReadableWorkbook(in)) {
            assertEquals(List.of("firms", "market", "events", "wide", "columns"),
                    book.getSheets().map(Sheet::getName).collect(Collectors.toList()));
            for (String table : List.of("firms", "market", "events", "wide")) {
                List<CSVRecord> csv = DataPackageTest.records(dir.resolve(table + ".csv"));
                List<Row> rows = book.findSheet(table).orElseThrow().read();
                assertEquals(csv.size() + 2, rows.size(), table + ": header, units, then one row per CSV row");
                for (int k = 0; k < csv.size(); k++) {
                    Row row = rows.get(k + 2);
                    for (int c = 0; c < csv.get(k).size(); c++) {
                        String name = rows.get(0).getCellText(c);
                        assertSame(name, csv.get(k).get(c), c < row.getCellCount() ? row.getCell(c) : null, table + " row " + k);
                    }
                }
            }
            List<Row> firms = book.findSheet("firms").orElseThrow().read();
            assertEquals("USD/month", firms.get(1).getCellText(12), "units row under price");
            assertEquals("price", firms.get(0).getCellText(12));
        }
        JsonObject manifest = DataPackageTest.json(dir.resolve("manifest.json")).getAsJsonObject();
        assertTrue(manifest.getAsJsonObject("files").has("outputs.xlsx"), "listed in manifest.json");
    }

    /** A cell holds what the CSV says: numbers as numbers, dates as dates, seeds and ids as text. */
    private static void assertSame(String column, String csv, Cell cell, String where) {
        if (csv.isEmpty()) {
            assertTrue(cell == null || cell.getType() == CellType.EMPTY, where + " " + column + " empty");
            return;
        }
        switch (column) {
            case "date" -> {
                assertEquals(CellType.NUMBER, cell.getType(), where);
                assertEquals(LocalDate.parse(csv), cell.asDate().toLocalDate(), where);
            }
            case "seed" -> {
                assertEquals(CellType.STRING, cell.getType(), where);
                assertEquals(csv, cell.asString());
                assertTrue(CsvFormat.parseSeed(cell.asString()) == 7L, "the config's seed, every bit");
            }
            case "active" -> assertEquals(Boolean.parseBoolean(csv), cell.asBoolean(), where);
            default -> {
                if (isNumber(csv) && !List.of("run", "firm", "event", "detail", "platform", "region").contains(column)) {
                    assertEquals(CellType.NUMBER, cell.getType(), where + " " + column);
                    assertEquals(0, new BigDecimal(csv).compareTo(cell.asNumber()), where + " " + column);
                } else {
                    assertEquals(csv, cell.getText(), where + " " + column);
                }
            }
        }
    }

    private static boolean isNumber(String s) {
        return s.matches("-?[0-9]+(\\.[0-9]+)?");
    }

    @Test
    void configKeyWritesOneWorkbookForAWholeSweep() throws Exception {
        Cli.smallConfig(tmp, 4);
        Path file = tmp.resolve("sweep.json");
        Files.writeString(file, """
                { "extends": "small.json", "name": "sw", "outputs": { "xlsx": true },
                  "sweep": { "replicates": 2, "seed": 3, "parameters": { "firms.grok.price": { "values": [5, 25] } } } }
                """);
        Path dir = tmp.resolve("sweep");
        Cli r = Cli.run("sweep", file.toString(), "--out", dir.toString(), "--quiet");
        assertEquals(0, r.exit(), r.err());
        try (ReadableWorkbook book = new ReadableWorkbook(dir.resolve("outputs.xlsx").toFile())) {
            assertEquals(List.of("runs", "points", "summary", "firms", "market", "events", "wide", "columns"),
                    book.getSheets().map(Sheet::getName).collect(Collectors.toList()));
            List<Row> runs = book.findSheet("runs").orElseThrow().read();
            assertEquals(CellType.STRING, runs.get(2).getCell(3).getType(), "seed as text");
            List<CSVRecord> csv = DataPackageTest.records(dir.resolve("runs.csv"));
            assertEquals(csv.get(0).get("seed"), runs.get(2).getCellText(3));
        }
        try (var runDirs = Files.list(dir.resolve("runs"))) {
            assertTrue(runDirs.noneMatch(d -> Files.exists(d.resolve("outputs.xlsx"))), "one workbook, not one per run");
        }
        assertListedAsWritten(dir);
        // a single run with the key: the workbook is published with the run and listed by its manifest
        Path one = tmp.resolve("one");
        Files.writeString(tmp.resolve("one.json"), "{ \"extends\": \"small.json\", \"name\": \"one\", \"outputs\": { \"xlsx\": true } }");
        Cli run = Cli.run("run", tmp.resolve("one.json").toString(), "--out", one.toString(), "--quiet");
        assertEquals(0, run.exit(), run.err());
        assertListedAsWritten(one);
    }

    /** The manifest lists outputs.xlsx with the size and SHA-256 of the file on disk; no temporary file is left. */
    private static void assertListedAsWritten(Path dir) throws Exception {
        JsonObject entry = DataPackageTest.json(dir.resolve("manifest.json")).getAsJsonObject().getAsJsonObject("files")
                .getAsJsonObject("outputs.xlsx");
        assertEquals(Files.size(dir.resolve("outputs.xlsx")), entry.get("bytes").getAsLong());
        assertEquals(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(dir.resolve("outputs.xlsx")))), entry.get("sha256").getAsString());
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".partial")), "no temporary file left");
        }
    }
}
