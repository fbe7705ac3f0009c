package chatshare.config;

import com.google.gson.JsonElement;
import java.lang.reflect.Field;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Numeric parameters that a setParameter event may change during a run, and the reflective
 * setter that changes them in the bound config. Parameters that shape the population or the
 * market's structure (agents, regions, segment shares, the filtering mixture, the seed, the
 * calendar, threads, the network) are fixed once a run starts ({@link ParameterPolicy}).
 */
public final class LiveParameters {
    private LiveParameters() {
    }

    /** A live numeric parameter as the GUI's inspectors show it: value, type, meaning and bounds. */
    public record Live(String path, Object value, Class<?> type, String doc, double min, double max) {
    }

    /** Reads a live numeric parameter (fails on an unknown path or a fixed one). */
    public static Live describe(ExperimentConfig config, String path) {
        if (!ParameterPolicy.allows(path, ParameterPolicy.Use.LIVE)) {
            throw new IllegalArgumentException("'" + path + "' is fixed once the run starts");
        }
        Target t = walk(config, path);
        Doc doc = t.field.getAnnotation(Doc.class);
        Range range = t.field.getAnnotation(Range.class);
        return new Live(path, read(t.field, t.owner), t.field.getType(), doc == null ? "" : doc.value(),
                range == null ? Double.NEGATIVE_INFINITY : range.min(),
                range == null ? Double.POSITIVE_INFINITY : range.max());
    }

    /** Checks that path is a live numeric parameter of config and value is allowed; returns the problem or null. */
    public static String problem(ExperimentConfig config, String path, double value) {
        if (!ParameterPolicy.allows(path, ParameterPolicy.Use.LIVE)) {
            return "'" + path + "' is fixed once the run starts";
        }
        Target target;
        try {
            target = walk(config, path);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        Type type = target.field.getType();
        if (type != double.class && type != int.class) {
            return "'" + path + "' is a " + Schema.typeName(target.field.getGenericType())
                    + "; setParameter changes numbers (use setStrategy, bundle, ... for the rest)";
        }
        JsonElement json = new com.google.gson.JsonPrimitive(value);
        try {
            new TreeValidator("setParameter").check(json, type, target.field, path);
        } catch (ConfigException e) {
            return e.getMessage().substring(e.getMessage().indexOf(": ") + 2);
        }
        return null;
    }

    /** Sets a live numeric parameter in the bound config (validated on load). */
    public static void set(ExperimentConfig config, String path, double value) {
        Target t = walk(config, path);
        try {
            if (t.field.getType() == int.class) {
                t.field.setInt(t.owner, (int) Math.round(value));
            } else {
                t.field.setDouble(t.owner, value);
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Target(Object owner, Field field) {
    }

    /** Every live numeric parameter path of this config, map entries by their keys (lists are not live). */
    public static List<String> paths(ExperimentConfig config) {
        List<String> paths = new ArrayList<>();
        collect(config, "", paths);
        return paths.stream().filter(p -> ParameterPolicy.allows(p, ParameterPolicy.Use.LIVE)).toList();
    }

    private static void collect(Object section, String prefix, List<String> paths) {
        for (Field f : Schema.fields(section.getClass()).values()) {
            String path = prefix + f.getName();
            Object value = read(f, section);
            if (f.getType() == double.class || f.getType() == int.class) {
                paths.add(path);
            } else if (Schema.isSection(f.getGenericType()) && value != null) {
                collect(value, path + ".", paths);
            } else if (Schema.isMap(f.getGenericType()) && value instanceof Map<?, ?> map) {
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    if (e.getValue() != null && Schema.isSection(e.getValue().getClass())) {
                        collect(e.getValue(), path + "." + e.getKey() + ".", paths);
                    }
                }
            }
        }
    }

    /** Follows a path through config sections and map entries to the owner of its last key. */
    private static Target walk(Object root, String path) {
        String[] keys = path.split("\\.");
        Object owner = root;
        for (int k = 0; k < keys.length; k++) {
            Map<String, Field> fields = Schema.fields(owner.getClass());
            Field f = fields.get(keys[k]);
            if (f == null) {
                throw new IllegalArgumentException("unknown parameter '" + path + "' at '" + keys[k] + "'"
                        + Suggest.didYouMean(keys[k], fields.keySet()));
            }
            if (k == keys.length - 1) {
                return new Target(owner, f);
            }
            Object next = read(f, owner);
            if (next instanceof Map<?, ?> map) {
                if (++k == keys.length || !map.containsKey(keys[k])) {
                    throw new IllegalArgumentException("no entry '" + (k < keys.length ? keys[k] : "") + "' under "
                            + f.getName() + "; known: " + String.join(", ", map.keySet().stream().map(String::valueOf).toList()));
                }
                next = map.get(keys[k]);
                if (k == keys.length - 1) {
                    throw new IllegalArgumentException("'" + path + "' is an entry of " + f.getName()
                            + "; setParameter changes numbers");
                }
            }
            owner = next;
        }
        throw new IllegalArgumentException("empty parameter path");
    }

    private static Object read(Field f, Object owner) {
        try {
            return f.get(owner);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
