package chatshare.config;

import java.lang.reflect.Field;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every config key with its type, default, allowed values and meaning, walked by reflection
 * over the config classes (the same {@link Schema} that validation uses), so it never drifts.
 */
public final class ConfigDescriber {
    /** One documented key. */
    public record Key(String path, String type, String defaultValue, String allowed, String meaning) {
    }

    private static final int MAX_CELL = 24;

    private ConfigDescriber() {
    }

    public static List<Key> keys() {
        List<Key> keys = new ArrayList<>();
        walk(ExperimentConfig.class, new ExperimentConfig(), "", keys);
        return keys;
    }

    private static void walk(Class<?> section, Object defaults, String prefix, List<Key> keys) {
        for (Map.Entry<String, Field> e : Schema.fields(section).entrySet()) {
            Field f = e.getValue();
            String path = prefix + e.getKey();
            Type type = f.getGenericType();
            Object value = read(f, defaults);
            if (f.isAnnotationPresent(OrInteger.class)) {
                // One row for the integer form, then the keys of the object form with their own defaults.
                keys.add(key(f, path, type, value));
                walk((Class<?>) type, newInstance((Class<?>) type), path + ".", keys);
            } else if (Schema.isSection(type)) {
                walk((Class<?>) type, value != null ? value : newInstance((Class<?>) type), path + ".", keys);
            } else if (Schema.isMap(type) && Schema.isSection(Schema.element(type))) {
                keys.add(key(f, path, type, value));
                Class<?> element = (Class<?>) Schema.element(type);
                walk(element, newInstance(element), path + ".<" + placeholder(e.getKey()) + ">.", keys);
            } else if (Schema.isList(type) && Schema.isSection(Schema.element(type)) && !isEdit(f)) {
                keys.add(key(f, path, type, value));
                Class<?> element = (Class<?>) Schema.element(type);
                walk(element, newInstance(element), path + "[i].", keys);
            } else {
                keys.add(key(f, path, type, value));
            }
        }
    }

    /** A transient list (extraEvents) is an edit resolved on load: its elements are described where they land. */
    private static boolean isEdit(Field f) {
        return java.lang.reflect.Modifier.isTransient(f.getModifiers());
    }

    private static Key key(Field f, String path, Type type, Object value) {
        OneOf oneOf = f.getAnnotation(OneOf.class);
        Range range = f.getAnnotation(Range.class);
        String allowed = oneOf != null ? String.join(" | ", oneOf.value()) : range != null ? Schema.range(range) : "";
        Doc doc = f.getAnnotation(Doc.class);
        String shown = value instanceof Number n ? plain(n.doubleValue()) : ConfigLoader.GSON.toJson(value);
        String typeName = f.isAnnotationPresent(OrInteger.class) ? "integer or object" : Schema.typeName(type);
        return new Key(path, typeName, shown, allowed,
                doc != null ? doc.value() : "");
    }

    private static String plain(double x) {
        return new java.math.BigDecimal(Double.toString(x)).stripTrailingZeros().toPlainString();
    }

    /** The id a map is keyed by: firms -> firm, members -> region. */
    private static String placeholder(String mapName) {
        return switch (mapName) {
            case "members", "regions" -> "region";
            default -> mapName.endsWith("s") ? mapName.substring(0, mapName.length() - 1) : mapName;
        };
    }

    private static Object read(Field f, Object owner) {
        try {
            return f.get(owner);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object newInstance(Class<?> c) {
        try {
            return c.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("config class without a public no-arg constructor: " + c, e);
        }
    }

    /**
     * Aligned plain-text table. Default and allowed columns are capped so that one long cell
     * (a map default, the list of event types) overflows its own row instead of widening all rows.
     */
    public static String text() {
        List<Key> keys = keys();
        int[] w = {4, 4, 7, 7};
        for (Key k : keys) {
            w[0] = Math.max(w[0], k.path().length());
            w[1] = Math.max(w[1], k.type().length());
            w[2] = Math.max(w[2], Math.min(MAX_CELL, k.defaultValue().length()));
            w[3] = Math.max(w[3], Math.min(MAX_CELL, k.allowed().length()));
        }
        String format = "%-" + w[0] + "s  %-" + w[1] + "s  %-" + w[2] + "s  %-" + w[3] + "s  %s%n";
        StringBuilder out = new StringBuilder(String.format(format, "key", "type", "default", "allowed", "meaning"));
        for (Key k : keys) {
            out.append(String.format(format, k.path(), k.type(), k.defaultValue(), k.allowed(), k.meaning()));
        }
        return out.toString();
    }

    /** Markdown table (docs/CONFIG.md is generated from it). */
    public static String markdown() {
        StringBuilder out = new StringBuilder("""
                # Config reference

                Generated by `./chatshare describe --markdown` from the config classes; do not edit by hand.
                `<firm>`, `<platform>` and `<region>` stand for the ids you choose; `[i]` for a list element.

                | key | type | default | allowed | meaning |
                |---|---|---|---|---|
                """);
        for (Key k : keys()) {
            out.append("| `").append(k.path()).append("` | ").append(k.type()).append(" | `")
                    .append(k.defaultValue().replace("|", "\\|")).append("` | ")
                    .append(k.allowed().replace("|", "\\|")).append(" | ").append(k.meaning()).append(" |\n");
        }
        return out.toString();
    }
}
