package chatshare.config;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shape of the config, read by reflection from the config classes: config sections are
 * classes with public fields, {@code Map<String, V>} is an object with free keys, {@code List<V>}
 * an array, and leaves are numbers, integers, booleans and strings. Validation, {@code --set} and
 * {@code describe} all walk this one description, so they cannot drift apart.
 */
final class Schema {
    private Schema() {
    }

    /** Public instance fields of a config section, by JSON key, in declaration order. */
    static Map<String, Field> fields(Class<?> section) {
        Map<String, Field> fields = new LinkedHashMap<>();
        for (Field f : section.getFields()) {
            if (!Modifier.isStatic(f.getModifiers())) {
                fields.put(f.getName(), f);
            }
        }
        return fields;
    }

    /** A JSON object bound to one of ChatShare's schema classes (config sections, or a calibration targets file's). */
    static boolean isSection(Type type) {
        return type instanceof Class<?> c && c.getName().startsWith("chatshare.") && !c.isEnum();
    }

    static boolean isMap(Type type) {
        return type instanceof ParameterizedType p && p.getRawType() == Map.class;
    }

    static boolean isList(Type type) {
        return type instanceof ParameterizedType p && p.getRawType() == List.class;
    }

    /** Value type of a Map or element type of a List. */
    static Type element(Type type) {
        Type[] args = ((ParameterizedType) type).getActualTypeArguments();
        return args[args.length - 1];
    }

    static String typeName(Type type) {
        if (type == double.class || type == Double.class) {
            return "number";
        }
        if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
            return "integer";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "boolean";
        }
        if (type == String.class) {
            return "string";
        }
        if (isList(type)) {
            return "list of " + typeName(element(type));
        }
        if (isMap(type)) {
            return "map of " + typeName(element(type));
        }
        return "object";
    }

    /** "[min, max]" of a @Range; an infinite bound is open ("[0, inf)"), whole numbers print without decimals. */
    static String range(Range r) {
        return range(r.min(), r.max());
    }

    static String range(double min, double max) {
        return (Double.isInfinite(min) ? "(" : "[") + bound(min) + ", " + bound(max) + (Double.isInfinite(max) ? ")" : "]");
    }

    /** A bound or value as written in messages: whole numbers without decimals, large ones as 1e13. */
    static String bound(double x) {
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        if (x == Math.rint(x) && Math.abs(x) < 1e9) {
            return Long.toString((long) x);
        }
        // Large bounds in short scientific form (1e13, 2e8), which JSON and --set accept as written.
        String s = java.math.BigDecimal.valueOf(x).stripTrailingZeros().toString();
        return s.replace("E+", "e").replace("E", "e");
    }
}
