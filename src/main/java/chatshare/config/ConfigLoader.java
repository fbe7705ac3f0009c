package chatshare.config;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads an experiment config: reads the file and its {@code extends} chain (each file validated
 * on its own, so errors name the file that holds them), deep-merges them, applies
 * {@code --set path=value} overrides, binds with Gson (missing keys keep their defaults) and
 * checks the constraints between keys.
 */
public final class ConfigLoader {
    static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    /** A loaded config: the bound objects, its name, its file and the fully resolved JSON. */
    public record LoadedConfig(ExperimentConfig config, String name, Path file, JsonObject resolved) {
    }

    private ConfigLoader() {
    }

    public static LoadedConfig load(Path file, List<String> sets) {
        JsonObject merged = readWithBases(file, new LinkedHashSet<>());
        for (String set : sets) {
            ParameterPath.apply(merged, set);
        }
        ExperimentConfig config = GSON.fromJson(merged, ExperimentConfig.class);
        CrossChecks.check(config, file.toString());
        String name = config.name.isEmpty() ? file.getFileName().toString().replaceFirst("\\.json$", "") : config.name;
        return new LoadedConfig(config, name, file, GSON.toJsonTree(config).getAsJsonObject());
    }

    /** Reads any parameter of a resolved config by path, e.g. "firms.grok.price". */
    public static JsonElement get(JsonObject resolved, String path) {
        return ParameterPath.get(resolved, path);
    }

    private static JsonObject readWithBases(Path file, Set<Path> chain) {
        Path normal = file.toAbsolutePath().normalize();
        if (!chain.add(normal)) {
            throw ConfigException.at(file.toString(), "extends", "cycle of extends: " + chain);
        }
        JsonObject own = parse(file);
        new TreeValidator(file.toString()).checkRoot(own);
        JsonElement base = own.remove("extends");
        if (base == null) {
            return own;
        }
        if (!base.isJsonPrimitive() || !base.getAsJsonPrimitive().isString()) {
            throw ConfigException.at(file.toString(), "extends", "expected a file name string, got " + base);
        }
        Path baseFile = normal.getParent().resolve(base.getAsString());
        if (!Files.isRegularFile(baseFile)) {
            throw ConfigException.at(file.toString(), "extends", "base file not found: " + baseFile);
        }
        JsonObject merged = readWithBases(baseFile, chain);
        mergeInto(merged, own);
        return merged;
    }

    private static JsonObject parse(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new ConfigException(file + ": file not found");
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read (" + e.getMessage() + ")");
        }
        try {
            JsonElement root = JsonParser.parseString(text);
            if (!root.isJsonObject()) {
                throw new ConfigException(file + ": expected a JSON object at the top level");
            }
            return root.getAsJsonObject();
        } catch (JsonParseException e) {
            String why = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
            throw new ConfigException(file + ": invalid JSON: " + why.lines().findFirst().orElse(why));
        }
    }

    /** Deep merge: objects merge key by key; arrays and scalars of the child replace the base's. */
    static void mergeInto(JsonObject base, JsonObject child) {
        for (Map.Entry<String, JsonElement> e : child.entrySet()) {
            JsonElement old = base.get(e.getKey());
            if (old != null && old.isJsonObject() && e.getValue().isJsonObject()) {
                mergeInto(old.getAsJsonObject(), e.getValue().getAsJsonObject());
            } else {
                base.add(e.getKey(), e.getValue().deepCopy());
            }
        }
    }
}
