package chatshare.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * results/reference/baseline, the committed reference run, reproduces byte for byte from
 * experiments/reference.json. When results change on purpose, regenerate it with
 * {@value #REGENERATE}.
 */
class ReferenceRunTest {
    static final String REGENERATE = "./chatshare run experiments/reference.json --out results/reference/baseline --quiet";
    private static final Path REFERENCE = Path.of("results", "reference", "baseline");
    /** Files holding times (manifest.json: start, end; the workbook: its creation time), compared by content. */
    private static final Set<String> TIMED = Set.of("manifest.json", "outputs.xlsx");

    @TempDir
    Path tmp;

    @Test
    void referenceRunReproducesByteForByte() throws Exception {
        Cli r = Cli.run("run", "experiments/reference.json", "--out", tmp.toString(), "--quiet");
        assertEquals(0, r.exit(), r.err());
        List<String> committed = names(REFERENCE);
        assertEquals(committed, names(tmp), "the same files; regenerate with: " + REGENERATE);
        for (String name : committed) {
            if (!TIMED.contains(name)) {
                assertArrayEquals(Files.readAllBytes(REFERENCE.resolve(name)), Files.readAllBytes(tmp.resolve(name)),
                        name + " differs from the reference; if results changed on purpose, regenerate with: " + REGENERATE);
            }
        }
        JsonObject expected = DataPackageTest.json(REFERENCE.resolve("manifest.json")).getAsJsonObject();
        JsonObject actual = DataPackageTest.json(tmp.resolve("manifest.json")).getAsJsonObject();
        for (String key : List.of("name", "run", "seed", "config")) {
            assertEquals(expected.get(key), actual.get(key), "manifest.json " + key + "; regenerate with: " + REGENERATE);
        }
        try (ReadableWorkbook a = new ReadableWorkbook(REFERENCE.resolve("outputs.xlsx").toFile());
                ReadableWorkbook b = new ReadableWorkbook(tmp.resolve("outputs.xlsx").toFile())) {
            List<Sheet> sheets = a.getSheets().collect(Collectors.toList());
            assertEquals(sheets.size(), b.getSheets().count());
            for (Sheet sheet : sheets) {
                assertEquals(texts(sheet.read()), texts(b.findSheet(sheet.getName()).orElseThrow().read()),
                        "outputs.xlsx sheet " + sheet.getName() + "; regenerate with: " + REGENERATE);
            }
        }
    }

    private static List<String> texts(List<Row> rows) {
        return rows.stream().map(row -> row.stream().map(c -> c == null ? "" : c.getRawValue() == null ? "" : c.getRawValue())
                .collect(Collectors.joining("\t"))).toList();
    }

    private static List<String> names(Path dir) throws Exception {
        try (var files = Files.list(dir)) {
            // hidden files are a writer's bookkeeping (its lock), not outputs
            return files.map(f -> f.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
    }
}
