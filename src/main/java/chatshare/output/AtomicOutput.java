package chatshare.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A UTF-8 text file written under a hidden temporary name in its final directory and renamed
 * into place only by {@link #commit()}, so a crash or Ctrl-C never leaves a partial file under
 * the final name. The SHA-256 and size are computed while writing.
 */
public final class AtomicOutput implements AutoCloseable {
    private final Path target;
    private final Path temp;
    private final MessageDigest digest;
    private final CountingStream counter;
    private final Writer writer;
    private boolean done;

    public AtomicOutput(Path target) throws IOException {
        this.target = target;
        this.temp = newTemp(target);
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        this.counter = new CountingStream(Files.newOutputStream(temp));
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
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * A new hidden file next to target. Unlike Files.createTempFile (always owner-only), its
     * permissions follow the umask, so results are as readable as any other file the user writes.
     */
    private static Path newTemp(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        while (true) {
            String suffix = Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong());
            try {
                return Files.createFile(dir.resolve("." + target.getFileName() + "." + suffix + ".partial"));
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // another writer drew the same name: draw again
            }
        }
    }

    public Writer writer() {
        return writer;
    }

    public Path target() {
        return target;
    }

    public Path temp() {
        return temp;
    }

    /** Flushes, closes and renames the file into place; returns its SHA-256 in hex. */
    public synchronized String commit() throws IOException {
        writer.close();
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        done = true;
        return HexFormat.of().formatHex(digest.digest());
    }

    public long bytes() {
        return counter.count;
    }

    /**
     * Deletes the temporary file if it was not committed. Synchronized: a shutdown hook and the
     * run's own thread may both close; the second waits until the file is gone, so a thread that
     * then exits the JVM (which halts at once during shutdown) cannot cut the deletion short.
     */
    @Override
    public synchronized void close() {
        if (done) {
            return;
        }
        done = true;
        try {
            writer.close();
        } catch (IOException ignored) {
            // The file is being discarded; a failed close changes nothing.
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class CountingStream extends java.io.FilterOutputStream {
        long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
