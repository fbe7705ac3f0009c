package chatshare.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Refactoring guard: a small baseline run, small BC1 and BC1-net runs, a small adaptive sweep, a small
 * calibration and two small scenarios write data files whose SHA-256 digests match the committed
 * list {@value #LIST}. Files that hold times or host details are left out (manifest.json,
 * status.json, outputs.xlsx, the chart images); in runs.csv the seconds and command columns are
 * dropped, and paths that depend on where the checkout and the temporary folder are become
 * placeholders. When results change on purpose, regenerate the list with {@value #REGENERATE}
 * and commit it with the change that explains why.
 */
class OutputDigestsTest {
    static final String LIST = "src/test/resources/digests/outputs.sha256";
    static final String REGENERATE = "mvn -B -q test -Dtest=OutputDigestsTest -Dchatshare.digests.regenerate=true";
    private static final Set<String> TIMED = Set.of("manifest.json", "status.json", "outputs.xlsx");
    private static final Set<String> RUNS_CSV_VOLATILE = Set.of("seconds", "command");

    @TempDir
    Path tmp;

    @Test
    void outputsAreByteIdenticalToTheCommittedDigests() throws Exception {
        run("run", "experiments/baseline.json", "--set", "users.agents=3000", "--ticks", "52",
                "--out", out("baseline"), "--quiet");
        run("run", "experiments/bench/bc1.json", "--set", "users.agents=5000", "--ticks", "52",
                "--out", out("bc1"), "--quiet");
        run("run", "experiments/bench/bc1.json", "--set", "users.agents=5000", "--set", "market.social=network",
                "--ticks", "52", "--out", out("bc1-net"), "--quiet");
        run("sweep", "experiments/sweeps/adaptive-grok-price.json", "--set", "users.agents=1000",
                "--set", "sweep.replicates.min=2", "--set", "sweep.replicates.max=4", "--set", "market.ticks=20",
                "--threads", "2", "--out", out("sweep"), "--quiet");
        run("calibrate", "experiments/history-calibrated.json", "experiments/calibration/targets-2025.json",
                "--budget", "3", "--rounds", "1", "--replicates", "2", "--set", "users.agents=1000",
                "--threads", "2", "--out", out("calibration"), "--quiet");
        run("scenarios", "experiments/scenarios/status-quo.json", "experiments/scenarios/x-decline.json",
                "--replicates", "2", "--set", "users.agents=1000", "--threads", "2",
                "--out", out("scenarios"), "--markdown", out("scenarios") + "/SCENARIOS.md", "--quiet");

        Map<String, String> actual = digests();
        Path list = Path.of(LIST);
        if (Boolean.getBoolean("chatshare.digests.regenerate")) {
            Files.createDirectories(list.getParent());
            StringBuilder text = new StringBuilder();
            actual.forEach((name, digest) -> text.append(digest).append("  ").append(name).append('\n'));
            Files.writeString(list, text.toString(), StandardCharsets.UTF_8);
        }
        Map<String, String> expected = read(list);
        List<String> changed = new ArrayList<>();
        Set<String> names = new java.util.TreeSet<>(expected.keySet());
        names.addAll(actual.keySet());
        names.stream().filter(n -> !java.util.Objects.equals(expected.get(n), actual.get(n))).forEach(changed::add);
        assertEquals(List.of(), changed, "outputs changed (files listed); if on purpose, regenerate " + LIST
                + " with: " + REGENERATE);
    }

    private String out(String name) {
        return tmp.resolve(name).toString();
    }

    private static void run(String... args) {
        Cli r = Cli.run(args);
        assertEquals(0, r.exit(), String.join(" ", args) + ": " + r.err());
    }

    private Map<String, String> digests() throws IOException, NoSuchAlgorithmException {
        Map<String, String> digests = new TreeMap<>();
        try (Stream<Path> files = Files.walk(tmp)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith(".") || TIMED.contains(name) || name.endsWith(".png") || name.endsWith(".svg")) {
                    continue;
                }
                String relative = tmp.relativize(file).toString().replace('\\', '/');
                byte[] sha = MessageDigest.getInstance("SHA-256").digest(normalised(file));
                digests.put(relative, HexFormat.of().formatHex(sha));
            }
        }
        return digests;
    }

    /** The file's bytes, with what depends on the machine (paths, run times) taken out. */
    private byte[] normalised(Path file) throws IOException {
        String name = file.getFileName().toString();
        if (!name.endsWith(".csv") && !name.endsWith(".json") && !name.endsWith(".md")) {
            return Files.readAllBytes(file);
        }
        String text = Files.readString(file, StandardCharsets.UTF_8)
                .replace(tmp.toAbsolutePath().toString(), "OUT")
                .replace(Path.of("").toAbsolutePath() + "/", "");
        if (name.equals("fitted.json") || name.equals("posterior-sweep.json")) { // extends the config by a path relative to the output folder
            text = text.replaceAll("\"extends\": \"[^\"]*/([^/\"]+)\"", "\"extends\": \"$1\"");
        }
        if (name.equals("runs.csv")) {
            text = withoutColumns(text, RUNS_CSV_VOLATILE);
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String withoutColumns(String csv, Set<String> dropped) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
        StringWriter out = new StringWriter();
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), format);
                CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            List<String> kept = parser.getHeaderNames().stream().filter(h -> !dropped.contains(h)).toList();
            printer.printRecord(kept);
            for (CSVRecord record : parser) {
                List<String> row = new ArrayList<>();
                kept.forEach(h -> row.add(record.get(h)));
                printer.printRecord(row);
            }
        }
        return out.toString();
    }

    private static Map<String, String> read(Path list) throws IOException {
        Map<String, String> digests = new TreeMap<>();
        for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                digests.put(line.substring(line.indexOf("  ") + 2), line.substring(0, line.indexOf("  ")));
            }
        }
        return digests;
    }
}
