package chatshare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Data flows one way (docs/ARCHITECTURE.md): a package may use only packages in lower layers,
 * cli → calibration → experiment → analysis | gui → output → model → config. Checked on the
 * sources, so a fully qualified name in code counts as much as an import.
 */
class LayersTest {
    private static final Map<String, Integer> LAYER = Map.of("config", 0, "model", 1, "output", 2, "analysis", 3,
            "gui", 3, "experiment", 4, "calibration", 5, "cli", 6);
    private static final Pattern USE = Pattern.compile("\\bchatshare\\.(\\w+)\\.");
    private static final Path MAIN = Path.of("src", "main", "java", "chatshare");

    @Test
    void noPackageUsesAPackageAboveOrBesideIt() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String own = MAIN.relativize(file).getName(0).toString();
                String code = Files.readString(file).replaceAll("(?m)^package .*$", "");
                Matcher m = USE.matcher(code);
                while (m.find()) {
                    String used = m.group(1);
                    if (!used.equals(own) && LAYER.containsKey(used) && LAYER.get(used) >= LAYER.get(own)) {
                        violations.add(MAIN.relativize(file) + " uses " + used);
                    }
                }
            }
        }
        assertEquals(List.of(), violations.stream().distinct().toList());
    }

    @Test
    void everyPackageHasALayer() throws IOException {
        try (Stream<Path> dirs = Files.list(MAIN)) {
            assertEquals(LAYER.keySet().stream().sorted().toList(),
                    dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList());
        }
    }
}
