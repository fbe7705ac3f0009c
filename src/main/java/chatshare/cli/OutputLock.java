package chatshare.cli;

import chatshare.output.FolderCommit;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Exclusive use of an output folder: a run, sweep, merge, calibration or analysis command holds
 * an OS file lock on DIR/.chatshare.lock while it writes there, so a second writer into the same
 * folder stops at once (exit 2) instead of silently replacing the first one's files. The OS
 * releases the lock when the process ends, however it ends, so a killed process never blocks a
 * later one; the empty lock file itself stays (deleting it would let two processes lock two
 * different files of the same name).
 */
final class OutputLock implements AutoCloseable {
    static final String FILE = ".chatshare.lock";

    private final FileChannel channel;
    /** Null where the file system has no locks. */
    private final FileLock lock;

    private OutputLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Creates dir if needed, checks it is writable, locks it, and removes the hidden temporary
     * files that an interrupted earlier writer left in it and in its run folders (runs/*): with
     * the lock held, no live writer owns them.
     */
    static OutputLock claim(Path dir) {
        RunCommand.ensureWritable(dir);
        Path file = dir.resolve(FILE);
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new BadInputException(dir + ": output directory is not writable (" + e.getMessage() + ")");
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // this JVM already writes there
        } catch (IOException e) {
            // A file system without locks (some network mounts): refusing would stop every run
            // there, so write unprotected and say so.
            System.err.println("warning: " + dir + ": this file system does not support file locks (" + e.getMessage()
                    + "); nothing stops a second ChatShare command from writing here at the same time");
            return new OutputLock(channel, null);
        }
        if (lock == null) {
            String holder = holder(channel);
            closeQuietly(channel);
            throw new BadInputException(dir + ": another ChatShare command" + holder + " is writing to this output "
                    + "directory; wait for it to finish or choose another --out");
        }
        try {
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)));
            removeLeftovers(dir);
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel);
            throw new BadInputException(dir + ": output directory is not writable (" + e.getMessage() + ")");
        }
        return new OutputLock(channel, lock);
    }

    private static void removeLeftovers(Path dir) throws IOException {
        FolderCommit.removeLeftovers(dir);
        Path runs = dir.resolve("runs");
        if (Files.isDirectory(runs)) {
            try (DirectoryStream<Path> each = Files.newDirectoryStream(runs, Files::isDirectory)) {
                for (Path run : each) {
                    FolderCommit.removeLeftovers(run);
                }
            }
        }
    }

    /** " (process N)" from the lock file, where the holder wrote its process id. */
    private static String holder(FileChannel channel) {
        try {
            ByteBuffer buffer = ByteBuffer.allocate(32);
            channel.read(buffer, 0);
            String pid = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).trim();
            return pid.matches("[0-9]+") ? " (process " + pid + ")" : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing was written through it
        }
    }

    @Override
    public void close() throws IOException {
        if (lock != null) {
            lock.release();
        }
        channel.close();
    }
}
