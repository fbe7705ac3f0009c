package chatshare.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The files of one output folder (a run, a sweep) replaced together. Files are opened with
 * {@link #open}, written and committed (which flushes and forces them to disk but renames
 * nothing); {@link #publish} then moves the earlier files aside (the manifest first, so the
 * folder is never complete with mixed files), renames the new ones into place with the manifest
 * last, and deletes what it moved aside. A failure at any step (a full disk while flushing, a
 * failed rename) puts the earlier files back: a failed commit leaves the previous complete
 * output as it was, and never pairs new tables with old ones.
 *
 * Files of a kind the folder may hold from an earlier write ({@code owned}: tables, manifest,
 * summaries derived from them) that this write does not produce are removed with the rest, so
 * the folder then holds exactly this write's outputs. Files ChatShare does not write are never
 * touched.
 */
public final class FolderCommit implements AutoCloseable {
    /**
     * What summarize, sensitivity and report write into a run or sweep folder: derived from its
     * tables, so stale once the tables are replaced.
     */
    public static final List<String> ANALYSIS_FILES = List.of("summary.csv", "convergence.csv", "sensitivity.csv",
            "report-sensitivity.csv", "report.md", "sessions.csv", "learning-summary.csv", "impulse-summary.csv",
            "learning-impulse.png", "learning-delta.png", "equilibrium.csv");

    private final Path dir;
    private final Set<String> owned;
    /** Read by a shutdown hook while files are still being opened. */
    private final List<AtomicOutput> opened = new CopyOnWriteArrayList<>();
    /**
     * Not guarded by this folder's monitor: a file commits while holding its own monitor, and the
     * shutdown hook's {@link #close} takes this folder's monitor and then each file's.
     */
    private final Map<String, AtomicOutput> staged = java.util.Collections.synchronizedMap(new LinkedHashMap<>());
    private final java.util.concurrent.atomic.AtomicInteger checkpoints = new java.util.concurrent.atomic.AtomicInteger();
    private volatile int failAt = -1;
    private volatile boolean discarded;

    /** A folder whose earlier files named in owned are replaced or removed by {@link #publish}. */
    public FolderCommit(Path dir, Collection<String> owned) {
        this.dir = dir.toAbsolutePath();
        this.owned = new LinkedHashSet<>(owned);
    }

    /** A new file of this folder, written under a hidden temporary name. */
    public AtomicOutput open(String name) throws IOException {
        AtomicOutput file = new AtomicOutput(dir.resolve(name), this);
        opened.add(file);
        return file;
    }

    void staged(AtomicOutput file) {
        staged.put(file.target().getFileName().toString(), file);
    }

    /**
     * Where the file of this name that the folder will hold after {@link #publish} can be read
     * now: the committed temporary file of this write, else a file the publish keeps; null if the
     * folder will hold none (an owned file this write does not produce is removed). Lets
     * descriptors of a folder's tables be made before the tables are published.
     */
    public Path source(String name) {
        AtomicOutput file = staged.get(name);
        if (file != null) {
            return file.temp();
        }
        Path kept = dir.resolve(name);
        return owned.contains(name) || !Files.isRegularFile(kept) ? null : kept;
    }

    /** Size and SHA-256 of each committed file by name, in commit order. */
    public Map<String, AtomicOutput> committed() {
        synchronized (staged) {
            return new LinkedHashMap<>(staged);
        }
    }

    /**
     * Renames every committed file into place, the one named marker (the manifest) last, if it was
     * committed. Earlier owned files, an earlier marker first, are moved aside before and deleted
     * only once every rename succeeded.
     */
    public synchronized void publish(String marker) throws IOException {
        if (discarded) {
            throw new IllegalStateException(dir + ": the folder's files were discarded");
        }
        List<AtomicOutput> order = new ArrayList<>(committed().values());
        if (staged.containsKey(marker)) {
            order.remove(staged.get(marker));
            order.add(staged.get(marker));
        }
        Set<String> replaced = new LinkedHashSet<>();
        replaced.add(marker); // first: without it the folder is not a complete output
        replaced.addAll(owned);
        replaced.addAll(staged.keySet());
        Map<Path, Path> aside = new LinkedHashMap<>();
        List<Path> placed = new ArrayList<>();
        try {
            for (String name : replaced) {
                Path file = dir.resolve(name);
                if (Files.isRegularFile(file)) {
                    checkpoint("move aside", file);
                    Path backup = AtomicOutput.newTemp(file);
                    Files.move(file, backup, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                    aside.put(file, backup);
                }
            }
            for (AtomicOutput file : order) {
                checkpoint("rename", file.target());
                file.publish();
                placed.add(file.target());
            }
            syncDirectory(dir);
        } catch (IOException | RuntimeException e) {
            restore(placed, aside, e);
            throw e;
        }
        for (Path backup : aside.values()) {
            // A backup that cannot be deleted is a hidden leftover the next writer removes.
            Files.deleteIfExists(backup);
        }
    }

    /** Undoes a failed publish: the new files go, the earlier ones come back under their names. */
    private static void restore(List<Path> placed, Map<Path, Path> aside, Exception failure) {
        for (Path file : placed) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException x) {
                failure.addSuppressed(x);
            }
        }
        for (Map.Entry<Path, Path> e : aside.entrySet()) {
            try {
                Files.move(e.getValue(), e.getKey(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException x) {
                failure.addSuppressed(x);
            }
        }
    }

    /**
     * Deletes every temporary file not renamed into place (after a failure, or on Ctrl-C).
     * Synchronized with {@link #publish}: a shutdown hook waits for a publish under way (a few
     * renames) rather than cutting it short between moving the earlier files aside and back.
     */
    @Override
    public synchronized void close() {
        discarded = true;
        opened.forEach(AtomicOutput::discard);
    }

    /** Whether {@link #close} discarded the files, e.g. a shutdown hook on SIGTERM while the run still wrote. */
    public boolean discarded() {
        return discarded;
    }

    /** Test hook: the n-th checkpoint (0-based) of this folder's commit fails with an IOException. */
    void failAtCheckpoint(int n) {
        failAt = n;
    }

    /** A step of a commit that may fail (write-back of a file, a rename); counted for fault injection. */
    void checkpoint(String step, Path file) throws IOException {
        if (checkpoints.getAndIncrement() == failAt) {
            throw new IOException(file + ": injected failure before " + step);
        }
    }

    /**
     * Forces a directory's entries (the renames) to disk. Not every platform can open a directory
     * (Windows cannot); there renames are as durable as the OS makes them.
     */
    static void syncDirectory(Path dir) {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // see above
        }
    }

    /**
     * Removes the hidden temporary files that an interrupted or killed writer left in dir. Only
     * called by the holder of the folder's lock, so no live writer owns them.
     */
    public static int removeLeftovers(Path dir) {
        int removed = 0;
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                if (AtomicOutput.TEMPORARY.matcher(f.getFileName().toString()).matches() && Files.isRegularFile(f)) {
                    Files.deleteIfExists(f);
                    removed++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return removed;
    }
}
