package chatshare.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A UTF-8 text file written under a hidden temporary name in its final directory and renamed
 * into place only by {@link #commit()}, so a crash or Ctrl-C never leaves a partial file under
 * the final name. The SHA-256 and size are computed while writing. Before any rename the file is
 * flushed and forced to disk, so a full disk fails the commit instead of a later write-back.
 * A file opened through a {@link FolderCommit} is only staged by commit(); the folder renames
 * all its files together.
 */
public final class AtomicOutput implements AutoCloseable {
    /** The hidden names of temporary files (and of replaced files kept until a commit completes). */
    static final Pattern TEMPORARY = Pattern.compile("\\..+\\.[0-9a-f]+\\.partial");

    private enum State { WRITING, STAGED, DONE }

    private final Path target;
    private final Path temp;
    private final FolderCommit folder;
    private final MessageDigest digest;
    private final FileChannel channel;
    private final CountingStream counter;
    private final Writer writer;
    private State state = State.WRITING;
    private String sha;

    public AtomicOutput(Path target) throws IOException {
        this(target, null);
    }

    AtomicOutput(Path target, FolderCommit folder) throws IOException {
        this.target = target;
        this.folder = folder;
        this.temp = newTemp(target);
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        this.channel = FileChannel.open(temp, StandardOpenOption.WRITE);
        this.counter = new CountingStream(Channels.newOutputStream(channel), target);
        this.writer = new BufferedWriter(new OutputStreamWriter(new DigestOutputStream(counter, digest),
                StandardCharsets.UTF_8), 1 << 16);
    }

    /** What writes a whole file at a path (e.g. an image encoder). */
    public interface FileWriter {
        void write(Path path) throws IOException;
    }

    /** Writes a binary file (a chart, a picture) under a hidden temporary name, then renames it into place. */
    public static void replace(Path target, FileWriter content) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        Path temp = newTemp(target);
        try {
            content.write(temp);
            try (FileChannel written = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                written.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw naming(target, e);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * A new hidden file next to target. Unlike Files.createTempFile (always owner-only), its
     * permissions follow the umask, so results are as readable as any other file the user writes.
     */
    static Path newTemp(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        while (true) {
            String suffix = Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong());
            try {
                return Files.createFile(dir.resolve("." + target.getFileName() + "." + suffix + ".partial"));
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // another writer drew the same name: draw again
            } catch (IOException e) {
                throw naming(target, e);
            }
        }
    }

    /**
     * The exception with the file's path in front of its message: "No space left on device" alone
     * does not say which disk filled up.
     */
    static IOException naming(Path file, IOException e) {
        String message = String.valueOf(e.getMessage());
        return message.contains(file.toString()) || message.contains(file.getFileName().toString()) ? e
                : new IOException(file + ": " + message, e);
    }

    public Writer writer() {
        return writer;
    }

    /** Commits the file (see {@link #commit}) and returns its manifest entry: bytes and sha256. */
    public Map<String, Object> commitEntry() throws IOException {
        String sha = commit();
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("bytes", bytes());
        entry.put("sha256", sha);
        return entry;
    }

    /** Commits the file and returns its manifest entry for a table: rows, bytes and sha256. */
    public Map<String, Object> commitEntry(long rows) throws IOException {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("rows", rows);
        entry.putAll(commitEntry());
        return entry;
    }

    /**
     * The file as bytes (a workbook, an image), counted and hashed like the writer's text; use
     * one or the other for a file, not both.
     */
    public OutputStream stream() {
        return new java.io.FilterOutputStream(new DigestOutputStream(counter, digest)) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush(); // the file stays open until commit, which forces and renames it
            }
        };
    }

    public Path target() {
        return target;
    }

    public Path temp() {
        return temp;
    }

    /**
     * Flushes, forces to disk and closes the file, then renames it into place (or, in a
     * {@link FolderCommit}, leaves the rename to the folder); returns its SHA-256 in hex.
     */
    public synchronized String commit() throws IOException {
        prepare();
        if (folder != null) {
            state = State.STAGED;
            folder.staged(this);
        } else {
            publish();
            FolderCommit.syncDirectory(target.toAbsolutePath().getParent());
        }
        return sha;
    }

    /** Everything written is on disk and the digest is final; nothing is renamed yet. */
    private void prepare() throws IOException {
        if (state != State.WRITING) {
            throw new IllegalStateException(target + " was already committed or discarded");
        }
        if (folder != null) {
            folder.checkpoint("flush", target);
        }
        try {
            writer.flush();
            channel.force(true);
            writer.close();
        } catch (IOException e) {
            throw naming(target, e);
        }
        sha = HexFormat.of().formatHex(digest.digest());
    }

    /** Renames the prepared file to its final name. */
    synchronized void publish() throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw naming(target, e);
        }
        state = State.DONE;
    }

    /** The SHA-256 of a committed file. */
    public String sha256() {
        return sha;
    }

    public long bytes() {
        return counter.count;
    }

    /**
     * Deletes the temporary file if it was not committed. Synchronized: a shutdown hook and the
     * run's own thread may both close; the second waits until the file is gone, so a thread that
     * then exits the JVM (which halts at once during shutdown) cannot cut the deletion short.
     * A file staged in a folder stays until the folder publishes or discards it.
     */
    @Override
    public synchronized void close() {
        if (state == State.WRITING) {
            discard();
        }
    }

    /** Deletes the temporary file unless it was renamed into place. */
    synchronized void discard() {
        if (state == State.DONE) {
            return;
        }
        state = State.DONE;
        try {
            writer.close();
        } catch (IOException ignored) {
            // The file is being discarded; a failed close changes nothing.
        }
        try {
            channel.close(); // the writer's close skips it when its last flush fails (a full disk)
        } catch (IOException ignored) {
            // as above
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class CountingStream extends java.io.FilterOutputStream {
        private final Path target;
        long count;

        CountingStream(OutputStream out, Path target) {
            super(out);
            this.target = target;
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw naming(target, e);
            }
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw naming(target, e);
            }
            count += len;
        }
    }
}
