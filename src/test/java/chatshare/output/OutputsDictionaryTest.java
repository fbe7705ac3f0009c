package chatshare.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OutputsDictionaryTest {
    @Test
    void columnDictionaryInDocsIsUpToDate() throws IOException {
        assertEquals(OutputsDictionary.markdown(), Files.readString(Path.of("docs", "OUTPUTS.md")),
                "regenerate with: ./chatshare describe --outputs > docs/OUTPUTS.md");
    }

    @Test
    void everyColumnIsDescribedOnceAndKeysAreColumnsOfTheirTable() {
        for (Columns.Table t : Columns.ALL) {
            Set<String> names = new HashSet<>();
            for (Columns.Column c : t.columns()) {
                assertTrue(names.add(c.name()), t.file() + ": " + c.name() + " twice");
                assertFalse(c.description().isBlank(), t.file() + ": " + c.name());
            }
            assertTrue(names.containsAll(t.primaryKey()), t.file());
            for (Columns.ForeignKey k : t.foreignKeys()) {
                assertTrue(names.containsAll(k.fields()), t.file());
                Columns.Table target = Columns.of(t.folder()).stream().filter(o -> o.name().equals(k.table())).findFirst()
                        .orElseThrow();
                assertTrue(target.columns().stream().map(Columns.Column::name).toList().containsAll(k.fields()));
            }
        }
    }

    @Test
    void patternColumnsStandForFirmsAndPointsAndUnknownColumnsAreRefused() {
        List<Columns.Column> wide = Columns.SWEEP_WIDE.describe(List.of("tick", "date", "grok@p0003", "none@p0003"), List.of());
        assertEquals("Share of none (none = no assistant) at design point 0003, mean over its replicates",
                wide.get(3).description());
        assertEquals(Columns.Type.DATE, wide.get(1).type());
        List<Columns.Column> runs = Columns.SWEEP_RUNS.describe(List.of("run", "point", "replicate", "seed", "a.b",
                "status", "seconds", "finalShare_grok", "error", "command"), List.of("a.b"));
        assertEquals("Share of firm grok at the last week", runs.get(7).description());
        assertEquals(Columns.Type.NUMBER, runs.get(4).type());
        assertThrowsIllegalState(() -> Columns.MARKET.describe(List.of("run", "mystery"), List.of()));
    }

    @Test
    void seedsSurviveTheirTextForm() {
        for (long seed : new long[] {0, 7, 6993964886563921234L, Long.MAX_VALUE, -1, Long.MIN_VALUE}) {
            String text = CsvFormat.seed(seed);
            assertTrue(text.startsWith("0x"), text);
            assertEquals(seed, CsvFormat.parseSeed(text));
        }
        assertEquals(42L, CsvFormat.parseSeed("42"));
    }

    private static void assertThrowsIllegalState(Runnable r) {
        try {
            r.run();
        } catch (IllegalStateException expected) {
            return;
        }
        throw new AssertionError("an unregistered column must be refused");
    }
}
