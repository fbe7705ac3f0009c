package chatshare.experiment;

import chatshare.config.ConfigLoader;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A completed run found again in a result folder by its id (p0003-r001, as in every output
 * row) or by its key (or a prefix of at least 8 characters): its manifest holds the resolved
 * config and seed, which is all it takes to repeat or watch it.
 */
public record StoredRun(String id, String key, Path dir, JsonObject manifest, String command) {
    private static final int MIN_KEY_PREFIX = 8;

    /** Finds a run in a sweep folder (runs/ID/) or a single-run folder; IllegalArgumentException if none. */
    public static StoredRun find(Path folder, String idOrKey) throws IOException {
        List<Path> candidates = new ArrayList<>();
        Path runs = folder.resolve("runs");
        if (Files.isDirectory(runs)) {
            try (var dirs = Files.list(runs)) {
                dirs.sorted().forEach(candidates::add);
            }
        } else {
            candidates.add(folder);
        }
        for (Path dir : candidates) {
            Path file = dir.resolve("manifest.json");
            if (!Files.isRegularFile(file)) {
                continue;
            }
            JsonObject m = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
            String id = m.get("run").getAsString();
            String key = m.has("key") ? m.get("key").getAsString() : "";
            boolean byKey = idOrKey.length() >= MIN_KEY_PREFIX && key.startsWith(idOrKey);
            if (id.equals(idOrKey) || byKey) {
                return new StoredRun(id, key, dir, m, sweepCommand(folder, id));
            }
        }
        throw new IllegalArgumentException(folder + ": no completed run '" + idOrKey + "' (give a run id such as "
                + "p0000-r000 from runs.csv, or at least " + MIN_KEY_PREFIX + " characters of a run key)");
    }

    /** The command runs.csv recorded for the run ("" outside a sweep). */
    private static String sweepCommand(Path folder, String id) throws IOException {
        Path index = folder.resolve("runs.csv");
        if (!Files.isRegularFile(index)) {
            return "";
        }
        try (Reader reader = Files.newBufferedReader(index);
                CSVParser parser = chatshare.output.CsvFormat.READ.parse(reader)) {
            for (CSVRecord r : parser) {
                if (r.get("run").equals(id)) {
                    return r.get("command");
                }
            }
        }
        return "";
    }

    public long seed() {
        return manifest.get("seed").getAsLong();
    }

    public JsonObject config() {
        return manifest.getAsJsonObject("config");
    }

    /** The stored config, validated and bound. */
    public ConfigLoader.LoadedConfig load() {
        return ConfigLoader.ofResolved(config(), dir.resolve("manifest.json").toString(), List.of());
    }
}
