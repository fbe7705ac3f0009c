package chatshare.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {
    @TempDir
    Path tmp;

    @Test
    void reportsEveryRunWithIdenticalOutputsAcrossThreadCounts() throws Exception {
        Path json = tmp.resolve("bench.json");
        Cli r = Cli.run("bench", "--config", Path.of("experiments/bench/bc1.json").toString(), "--agents", "20000",
                "--ticks", "8", "--threads", "1,2", "--json", json.toString(), "--quiet");
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.out(), "stdout stays clean");
        JsonArray rows = JsonParser.parseString(Files.readString(json)).getAsJsonArray();
        assertEquals(4, rows.size(), "2 variants x 2 thread counts");
        for (JsonElement e : rows) {
            JsonObject row = e.getAsJsonObject();
            assertTrue(row.get("identicalToFirstThreadCount").getAsBoolean(), row.toString());
            assertTrue(row.get("warmup").getAsBoolean());
            long reviews = row.get("reviews").getAsLong();
            // Every user is a candidate with probability 0.1 in each of 8 ticks: 16 000 expected.
            assertTrue(Math.abs(reviews - 16_000) < 5 * Math.sqrt(16_000 * 0.9), "reviews " + reviews);
            double ns = row.get("nsPerReview").getAsDouble();
            assertEquals(row.get("loopSeconds").getAsDouble() * row.get("threads").getAsInt() / reviews * 1e9, ns,
                    ns * 1e-9);
            assertEquals(row.get("threads").getAsInt() == 1, row.has("cpuNsPerReview"));
        }
    }

    @Test
    void unknownVariantIsBadInput() {
        Cli r = Cli.run("bench", "--variant", "bc2", "--quiet");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("allowed: bc1, bc1-net"), r.err());
    }
}
