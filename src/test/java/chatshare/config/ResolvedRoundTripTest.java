package chatshare.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A run's manifest stores its fully resolved config; show --config and gui --replay load it
 * again. For every bundled config that must load and resolve to the same JSON.
 */
class ResolvedRoundTripTest {
    static Stream<Path> bundledConfigs() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("experiments"))) {
            List<Path> configs = files.filter(f -> f.toString().endsWith(".json") && !f.toString().contains("calibration"))
                    .sorted().toList();
            return configs.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("bundledConfigs")
    void theResolvedConfigLoadsAgainUnchanged(Path file) {
        var loaded = ConfigLoader.load(file, List.of());
        var again = ConfigLoader.ofResolved(loaded.resolved(), "manifest of " + file, List.of());
        assertEquals(loaded.resolved(), again.resolved());
    }
}
