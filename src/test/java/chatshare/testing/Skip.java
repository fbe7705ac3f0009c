package chatshare.testing;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Assumptions;

/**
 * Skips a test whose environment is missing, and says why on the console: Surefire only counts
 * skipped tests, so without the line a missing display or mount would pass unnoticed.
 */
public final class Skip {
    private static final Set<String> SAID = ConcurrentHashMap.newKeySet();

    private Skip() {
    }

    /** Skips the calling test unless ok, printing the reason once per reason. */
    public static void unless(boolean ok, String reason) {
        if (!ok && SAID.add(reason)) {
            System.err.println("SKIPPED: " + reason);
        }
        Assumptions.assumeTrue(ok, reason);
    }
}
