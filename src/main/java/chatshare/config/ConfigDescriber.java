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

    /** The rules that are not one key's range, from the constants that enforce them. */
    private static final String RULES = String.format(java.util.Locale.ROOT, """

            ## Rules beyond one key

            - **Numbers.** Every numeric key has a finite range (the allowed column); NaN, infinities and
              values outside the range are refused. Integers must be whole and fit their type exactly
              (a seed of 2^63 is refused, never wrapped). The ranges are wide enough for any real market
              and narrow enough that their products stay finite; if a run still meets a non-finite
              number in a firm's accounts it stops with exit code 1, naming the firm, the tick and the
              quantity, so an empty CSV cell only ever means "does not exist".
            - **Ids.** Firm, platform and region ids (the keys of `firms`, `platforms`, `users.regions`)
              and event `id`s are %s. They become CSV cells, wide.csv columns and parts of file names, so
              spaces, quotes, commas and a leading `=`, `+`, `-` or `@` (a spreadsheet formula) are
              refused. A firm may not be called %s (wide.csv's other columns).
            - **Name.** `name` is %s, never `.` or `..`: it is the folder under results/. Without a
              name the config file's name is used, and must not be empty or start with a dot.
            - **Pairs.** `minPrice <= maxPrice`, `minApiPrice <= maxApiPrice` (firm strategies),
              `toleranceMin <= toleranceMax`, `qualityTasteMin <= qualityTasteMax`, replicates
              `min <= max`, a bundle's `endTick` after its `startTick`; a sweep range needs `from <= to`
              and a positive `step`. The `value` of setPrice, setApiPrice and setQuality events follows
              the range of the firm key it sets; setParameter values follow their parameter's range.
            - **Dates.** `market.start` is an ISO date from %s to %s.
            - **Sweep size.** A sweep may plan at most %d runs (points x replicates; with adaptive
              replicates, points x max). The plan is counted before it is built, so `validate`,
              `sweep --dry-run` and `sweep` refuse a larger one at once, naming the key to change.
            - **Nesting.** A config file may nest objects and arrays at most %d levels deep.
            - **validate** checks everything `run` and `sweep` check before their first run, the sweep
              section included (design, plan size, swept paths and the first point's values).
            """, Ids.ID_RULE, String.join(", ", new java.util.TreeSet<>(Ids.NOT_FIRMS)), Ids.NAME_RULE,
            CrossChecks.FIRST_START, CrossChecks.LAST_START, SweepConfig.MAX_RUNS, JsonFile.MAX_DEPTH);

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
        return out.append(RULES).toString();
    }
}
