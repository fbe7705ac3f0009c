package chatshare.cli;

import java.nio.file.Path;

/** A second JVM for OutputFolderTest: claims a folder, says so on stdout, holds it until killed. */
public final class LockHolder {
    private LockHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (OutputLock lock = OutputLock.claim(Path.of(args[0]))) {
            System.out.println("locked");
            System.out.flush();
            System.in.read(); // blocks until the test kills this process
        }
    }
}
