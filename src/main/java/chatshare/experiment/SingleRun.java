package chatshare.experiment;

import chatshare.config.ExperimentConfig;
import chatshare.model.LearningOutcomes;
import chatshare.model.Market;
import chatshare.model.RunLoop;
import chatshare.output.Columns;
import chatshare.output.DataPackage;
import chatshare.output.LearningTables;
import chatshare.output.Manifest;
import chatshare.output.OutputsWorkbook;
import chatshare.output.RunLabel;
import chatshare.output.RunOutputs;
import com.google.gson.JsonElement;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Runs one configured market for market.ticks ticks and writes firms.csv, market.csv (and
 * wide.csv) plus manifest.json into a directory. Outputs appear under their final names only
 * when the run completed; an exception, kill or Ctrl-C leaves at most hidden .partial files.
 */
public final class SingleRun {
    /**
     * What a completed run measured, for progress reports and benchmarks. loopCpuSeconds is the CPU
     * time of the calling thread during the tick loop: all of the model's work with one thread, and
     * a measure that a busy shared machine distorts less than wall time.
     */
    public record Result(Map<String, Map<String, Object>> files, double loopSeconds, double loopCpuSeconds,
            long reviews, int agents, int ticks, Map<String, Double> finalShares) {
    }

    private SingleRun() {
    }

    /** A single run labelled with the experiment name, replicate 0 and the config's seed. */
    public static Result run(ExperimentConfig config, JsonElement resolved, String name, Path dir, int threads,
            IntConsumer tickDone) throws IOException {
        return run(config, resolved, new RunLabel(name, 0, config.market.seed), name, dir, threads, tickDone,
                config.outputs.xlsx);
    }

    /** One run of a sweep: its outputs.xlsx, if asked for, is the sweep's (one workbook, not one per run). */
    public static Result run(ExperimentConfig config, JsonElement resolved, RunLabel label, String name, Path dir,
            int threads, IntConsumer tickDone) throws IOException {
        return run(config, resolved, label, name, dir, threads, tickDone, false);
    }

    private static Result run(ExperimentConfig config, JsonElement resolved, RunLabel label, String name, Path dir,
            int threads, IntConsumer tickDone, boolean workbook) throws IOException {
        Files.createDirectories(dir);
        Instant started = Instant.now();
        Market market = new Market(config, config.market.seed, threads);
        try (RunOutputs outputs = new RunOutputs(dir, label, config.outputs.wide, config.outputs.segments)) { // its hook cleans up on Ctrl-C
            try {
                market.addObserver(outputs);
                market.start();
                ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
                long loopStart = System.nanoTime();
                long cpuStart = cpu.getCurrentThreadCpuTime();
                int ticks = RunLoop.toEnd(market, tickDone);
                double loopSeconds = (System.nanoTime() - loopStart) / 1e9;
                double loopCpuSeconds = (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e9;
                Map<String, Map<String, Object>> files = outputs.prepare();
                files.putAll(LearningTables.write(outputs.folder(), label, LearningOutcomes.of(market)));
                files.put(DataPackage.FILE, DataPackage.write(outputs.folder(), Columns.Folder.RUN, name, List.of()));
                if (workbook) { // made from the committed tables, published and listed with them
                    files.put(OutputsWorkbook.FILE, OutputsWorkbook.write(outputs.folder(), Columns.Folder.RUN, List.of()));
                }
                Instant finished = Instant.now();
                Manifest.write(outputs.folder(), name, label, market.threads, started.toString(), finished.toString(),
                        (finished.toEpochMilli() - started.toEpochMilli()) / 1000.0, resolved, files);
                outputs.publish();
                Map<String, Double> shares = new java.util.LinkedHashMap<>();
                market.firms().forEach(f -> shares.put(f.id, market.metrics.share(f)));
                return new Result(files, loopSeconds, loopCpuSeconds, market.reviews(), market.agents(), ticks, shares);
            } finally {
                market.finish();
            }
        }
    }
}
