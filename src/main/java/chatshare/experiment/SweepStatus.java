package chatshare.experiment;

import chatshare.output.AtomicOutput;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * DIR/status.json of a running sweep, rewritten atomically (temp file + rename, so a reader
 * never sees half a file) every period and at the end: runs total, done, running, failed and
 * reused, mean run seconds, ETA, heap in use, start and update times, state (running, finished,
 * failed) and the failed runs with their errors. `chatshare status DIR` prints it.
 */
public final class SweepStatus implements AutoCloseable {
    public static final String FILE = "status.json";
    /** System property: milliseconds between rewrites (default 2000; tests use less). */
    public static final String PERIOD_PROPERTY = "chatshare.statusPeriodMillis";
    /** At most this many failed runs are listed (all are counted). */
    static final int MAX_LISTED_FAILURES = 100;

    private final Path file;
    private final String config;
    private final int threads;
    private final boolean adaptive;
    private final Instant started = Instant.now();
    private final ScheduledExecutorService timer;
    private final Object writing = new Object();

    private int total;
    private int done;
    private int running;
    private int failed;
    private int reused;
    private int round;
    private double runSeconds;
    private int ranRuns;
    private String state = "running";
    private String phase = "runs";
    private String error;
    private final java.util.TreeMap<Long, String[]> failures = new java.util.TreeMap<>();
    private boolean closed;

    SweepStatus(Path dir, Path config, int threads, boolean adaptive) throws IOException {
        this.file = dir.resolve(FILE).toAbsolutePath();
        this.config = config.toString();
        this.threads = Math.max(1, threads);
        this.adaptive = adaptive;
        write();
        long period = Long.getLong(PERIOD_PROPERTY, 2000);
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "chatshare-status");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::writeQuietly, period, period, TimeUnit.MILLISECONDS);
    }

    synchronized void round(int added) {
        round++;
        total += added;
    }

    synchronized void started() {
        running++;
    }

    synchronized void finished(Sweep.Outcome o, boolean wasReused) {
        running--;
        done++;
        if (wasReused) {
            reused++;
        } else {
            ranRuns++;
            runSeconds += o.seconds();
        }
        if (!o.ok()) {
            failed++;
            // The first failures in run order (not in finishing order, which depends on threads).
            failures.put(o.spec().point() * 1_000_000L + o.spec().replicate(), new String[] {o.spec().id(), o.error()});
            if (failures.size() > MAX_LISTED_FAILURES) {
                failures.pollLastEntry();
            }
        }
    }

    synchronized void phase(String phase) {
        this.phase = phase;
    }

    /** The final state (finished, or failed with failed runs or an error), written at once; the timer stops. */
    void finish(String finalState, String finalError) throws IOException {
        stop();
        synchronized (this) {
            state = finalState;
            phase = "done";
            error = finalError;
        }
        write();
    }

    private void stop() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            stop();
        }
    }

    /** Where the sweep runs, so that status can tell a killed sweep from a running one. */
    public static final String HOST = hostName();

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private synchronized JsonObject snapshot() {
        Instant now = Instant.now();
        JsonObject s = new JsonObject();
        s.addProperty("state", state);
        s.addProperty("phase", phase);
        s.addProperty("host", HOST);
        s.addProperty("pid", ProcessHandle.current().pid());
        s.addProperty("config", config);
        s.addProperty("adaptive", adaptive);
        s.addProperty("round", round);
        JsonObject runs = new JsonObject();
        runs.addProperty("total", total);
        runs.addProperty("done", done);
        runs.addProperty("running", running);
        runs.addProperty("failed", failed);
        runs.addProperty("reused", reused);
        s.add("runs", runs);
        s.addProperty("threads", threads);
        if (ranRuns > 0) {
            s.addProperty("meanRunSeconds", round3(runSeconds / ranRuns));
            // Observed throughput of the runs actually run, over the wall time so far.
            double elapsed = Duration.between(started, now).toMillis() / 1000.0;
            s.addProperty("etaSeconds", Math.round((total - done) * elapsed / Math.max(1, done - reused)));
        }
        Runtime rt = Runtime.getRuntime();
        s.addProperty("heapUsedMB", Math.round((rt.totalMemory() - rt.freeMemory()) / 1e5) / 10.0);
        s.addProperty("started", started.truncatedTo(ChronoUnit.MILLIS).toString());
        s.addProperty("updated", now.truncatedTo(ChronoUnit.MILLIS).toString());
        if (error != null) {
            s.addProperty("error", error);
        }
        JsonArray list = new JsonArray();
        for (String[] f : failures.values()) {
            JsonObject entry = new JsonObject();
            entry.addProperty("run", f[0]);
            entry.addProperty("error", f[1]);
            list.add(entry);
        }
        s.add("failedRuns", list);
        return s;
    }

    private static double round3(double x) {
        return Math.round(x * 1000) / 1000.0;
    }

    /** Snapshots are taken and written in one order, so a later write never holds older counts. */
    private void write() throws IOException {
        synchronized (writing) {
            JsonObject s = snapshot();
            try (AtomicOutput out = new AtomicOutput(file)) {
                chatshare.config.Json.FILE.toJson(s, out.writer());
                out.writer().write('\n');
                out.commit();
            }
        }
    }

    private void writeQuietly() {
        try {
            write();
        } catch (IOException | RuntimeException e) {
            // A missed update is harmless: the next one (or the final one) rewrites the whole file.
        }
    }
}
