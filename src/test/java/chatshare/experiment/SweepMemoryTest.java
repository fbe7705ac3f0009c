package chatshare.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chatshare.config.ConfigLoader;
import chatshare.experiment.SweepTables;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep keeps only a small record per run: per-tick rows go to each run's files and are
 * combined by streaming, so the heap a sweep holds barely grows from 100 to 1 000 runs.
 */
class SweepMemoryTest {
    @TempDir
    Path tmp;

    /** Heap in use after full collections. */
    private static long usedHeap() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int k = 0; k < 4; k++) {
            System.gc();
            Thread.sleep(30);
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    /** Runs a sweep of `points` x 10 tiny runs; returns {heap when the last run finished, heap after the sweep}. */
    private long[] sweep(int points) throws Exception {
        Path config = tmp.resolve("tiny-" + points + ".json");
        StringBuilder values = new StringBuilder();
        for (int p = 0; p < points; p++) {
            values.append(p == 0 ? "" : ", ").append(5 + p * 0.01);
        }
        Files.writeString(config, """
                { "name": "tiny", "market": { "ticks": 2 }, "users": { "agents": 200 },
                  "firms": { "grok": { "price": 8 }, "chatgpt": { "price": 20 }, "claude": { "price": 20 } },
                  "outputs": { "wide": true },
                  "sweep": { "replicates": 10, "parameters": { "firms.grok.price": { "values": [%s] } } } }
                """.formatted(values));
        var loaded = ConfigLoader.load(config, List.of());
        var design = Design.points(loaded.config().sweep, config.toString());
        Replication plan = Replication.of(loaded.config().sweep, design, 0, 1);
        List<String> params = new ArrayList<>(new LinkedHashSet<>(design.stream().flatMap(p -> p.keySet().stream()).toList()));
        var columns = new Sweep.Columns(params, List.copyOf(loaded.config().firms.keySet()),
                new SweepTables.Plan(loaded.resolved().get("sweep"), List.of(), plan.plannedRuns()));
        long[] heap = new long[2];
        Path dir = tmp.resolve("out-" + points);
        Files.createDirectories(dir);
        List<Sweep.Outcome> outcomes = Sweep.run(config, List.of(), plan, dir, 2, false, columns, (done, total) -> {
            if (done == total) {
                try {
                    heap[0] = usedHeap(); // every outcome of the sweep is still held here
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        assertEquals(points * 10, outcomes.size());
        assertTrue(outcomes.stream().allMatch(Sweep.Outcome::ok));
        assertEquals(points * 10 * 2 * 3 + 1, Files.readAllLines(dir.resolve("firms.csv")).size(), "combined rows");
        outcomes = null;
        heap[1] = usedHeap();
        return heap;
    }

    @Test
    void heapAfterAThousandRunsIsCloseToHeapAfterAHundred() throws Exception {
        sweep(3); // warm up: classes, JIT, caches
        long[] hundred = sweep(10);
        long[] thousand = sweep(100);
        long mb = 1 << 20;
        String report = String.format("heap at the last run: %d MB (100 runs), %d MB (1 000 runs); after: %d MB, %d MB",
                hundred[0] / mb, thousand[0] / mb, hundred[1] / mb, thousand[1] / mb);
        System.err.println(report);
        assertTrue(thousand[0] - hundred[0] < 32 * mb, report);
        assertTrue(thousand[1] - hundred[1] < 32 * mb, report);
    }
}
