package chatshare.config;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.lang.reflect.Field;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Loads an experiment config: reads the file and its {@code extends} chain (each file validated
 * on its own, so errors name the file that holds them), deep-merges them (resolving each file's
 * {@code removeEvents} and {@code extraEvents} into {@code events}, see {@link EventEdits}), applies
 * {@code --set path=value} overrides, binds with Gson (missing keys keep their defaults) and
 * checks the constraints between keys.
 */
public final class ConfigLoader {
    static final Gson GSON = Json.TREE;

    /** A loaded config: the bound objects, its name, its file and the fully resolved JSON. */
    public record LoadedConfig(ExperimentConfig config, String name, Path file, JsonObject resolved) {
        /**
         * The seed and thread count given as typed command-line options (null keeps the config's),
         * set in the bound config and in the resolved JSON alike, so the manifest records them.
         * Neither needs validating: every long is a seed, and the caller checks threads.
         */
        public LoadedConfig with(Long seed, Integer threads) {
            JsonObject market = resolved.getAsJsonObject("market");
            if (seed != null) {
                config.market.seed = seed;
                market.addProperty("seed", seed);
            }
            if (threads != null) {
                config.market.threads = threads;
                market.addProperty("threads", threads);
            }
            return this;
        }
    }

    private ConfigLoader() {
    }

    /**
     * Loads, validates and binds a config file with {@code path=value} overrides applied in order.
     *
     * @throws ConfigException one line naming the file (or --set) and JSON path of the first problem
     */
    public static LoadedConfig load(Path file, List<String> sets) {
        List<EventEdits.Origin> origins = new ArrayList<>();
        JsonObject full = withDefaults(readWithBases(file, new ArrayList<>(), origins));
        for (String set : sets) {
            ParameterPath.apply(full, set); // on the full tree, so default lists and maps can be addressed too
        }
        if (sets.stream().anyMatch(s -> s.startsWith("events"))) {
            origins = EventEdits.inPlace(full, file.toString()); // --set changed the events: name them as resolved
        }
        EventEdits.ofOverrides(full).applyTo(full, origins);
        ExperimentConfig config = GSON.fromJson(full, ExperimentConfig.class);
        CrossChecks.check(config, file.toString(), origins);
        String name = config.name.isEmpty() ? file.getFileName().toString().replaceFirst("\\.json$", "") : config.name;
        if (name.isEmpty() || name.startsWith(".")) {
            // The default output folder results/<name>/ would be results/ itself or a hidden or parent folder.
            throw ConfigException.at(file.toString(), "name", "the file name gives no usable name '" + name + "'; set \"name\":"
                    + " " + Ids.NAME_RULE);
        }
        return new LoadedConfig(config, name, file, GSON.toJsonTree(config).getAsJsonObject());
    }

    /**
     * Reads another JSON file bound to a schema class (e.g. a calibration targets file) as strictly as
     * a config: standard JSON, known keys only (with suggestions), types, ranges and allowed values.
     * The rules between keys are the caller's.
     */
    public static <T> T bindStrict(Path file, Class<T> schema) {
        JsonObject tree = JsonFile.read(file);
        new TreeValidator(file.toString()).check(tree, schema, null, "");
        return GSON.fromJson(tree, schema);
    }

    /** A config stored fully resolved (the config of a run's manifest.json), validated like a file, then overrides. */
    public static LoadedConfig ofResolved(JsonObject resolved, String source, List<String> sets) {
        new TreeValidator(source).checkRoot(resolved);
        JsonObject full = resolved.deepCopy();
        for (String set : sets) {
            ParameterPath.apply(full, set);
        }
        ExperimentConfig config = GSON.fromJson(full, ExperimentConfig.class);
        CrossChecks.check(config, source, EventEdits.inPlace(full, source));
        return new LoadedConfig(config, config.name, Path.of(source), GSON.toJsonTree(config).getAsJsonObject());
    }

    /** Reads any parameter of a resolved config by path, e.g. "firms.grok.price". */
    public static JsonElement get(JsonObject resolved, String path) {
        return ParameterPath.get(resolved, path);
    }

    /**
     * Reads a file and, recursively, the file it extends. Base paths are resolved next to the
     * extending file but kept relative, so messages show the paths the user wrote.
     */
    private static JsonObject readWithBases(Path file, List<Path> chain, List<EventEdits.Origin> origins) {
        chain.add(file);
        JsonObject own = JsonFile.read(file);
        new TreeValidator(file.toString()).checkRoot(own);
        EventEdits edits = EventEdits.ofFile(own, file.toString());
        JsonElement base = own.remove("extends");
        if (base == null) {
            edits.applyTo(own, origins);
            return own;
        }
        if (!base.isJsonPrimitive() || !base.getAsJsonPrimitive().isString()) {
            throw ConfigException.at(file.toString(), "extends", "expected a file name string, got " + base);
        }
        Path baseFile = file.resolveSibling(base.getAsString()).normalize();
        if (chain.stream().anyMatch(seen -> sameFile(seen, baseFile))) {
            List<String> cycle = new ArrayList<>(chain.stream().map(Path::toString).toList());
            cycle.add(baseFile.toString());
            throw ConfigException.at(file.toString(), "extends", "cycle of extends: " + String.join(" -> ", cycle));
        }
        if (Files.isDirectory(baseFile)) {
            throw ConfigException.at(file.toString(), "extends", "base file '" + base.getAsString() + "' is a directory ("
                    + baseFile + "); give a JSON config file");
        }
        if (!Files.isRegularFile(baseFile)) {
            throw ConfigException.at(file.toString(), "extends", "base file '" + base.getAsString() + "' not found (looked for "
                    + baseFile + ")");
        }
        JsonObject merged = readWithBases(baseFile, chain, origins);
        mergeInto(merged, own);
        edits.applyTo(merged, origins);
        return merged;
    }

    private static boolean sameFile(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    /**
     * Lays a validated tree over the defaults. Gson builds each section it meets with its no-arg
     * constructor, which would drop defaults that the owner sets up itself (users.segments.power
     * has its own); laying the tree over the defaults, section by section, keeps them. Maps and
     * lists replace the defaults whole: their entries are the ones the config lists.
     */
    private static JsonObject withDefaults(JsonObject tree) {
        JsonObject full = GSON.toJsonTree(new ExperimentConfig()).getAsJsonObject();
        overlay(full, tree, ExperimentConfig.class);
        return full;
    }

    private static void overlay(JsonObject defaults, JsonObject given, Class<?> section) {
        Map<String, Field> fields = Schema.fields(section);
        for (Map.Entry<String, JsonElement> e : given.entrySet()) {
            Type type = fields.get(e.getKey()).getGenericType();
            JsonElement old = defaults.get(e.getKey());
            if (Schema.isSection(type) && old != null && old.isJsonObject() && e.getValue().isJsonObject()) {
                overlay(old.getAsJsonObject(), e.getValue().getAsJsonObject(), (Class<?>) type);
            } else {
                defaults.add(e.getKey(), e.getValue().deepCopy());
            }
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
