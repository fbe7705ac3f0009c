package chatshare.config;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.lang.reflect.Field;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Map;

/**
 * Checks a JSON tree against the {@link Schema} before binding: unknown keys (with a suggestion),
 * types, {@link Range} and {@link OneOf}. Errors name the source (file or --set) and JSON path.
 */
final class TreeValidator {
    private final String source;

    TreeValidator(String source) {
        this.source = source;
    }

    /** Validates a whole config file's tree (its top-level "extends" is the loader's business). */
    void checkRoot(JsonObject root) {
        JsonObject own = root.deepCopy();
        own.remove("extends");
        check(own, ExperimentConfig.class, null, "");
    }

    /** Validates one value of the given type; field carries the leaf's annotations (or null). */
    void check(JsonElement e, Type type, Field field, String path) {
        if (e == null || e.isJsonNull()) {
            throw fail(path, "expected " + expectation(type, field) + ", got null");
        }
        if (field != null && field.isAnnotationPresent(OrInteger.class)) {
            checkIntegerOrSection(e, (Class<?>) type, field, path);
        } else if (Schema.isSection(type)) {
            checkSection(e, (Class<?>) type, path);
        } else if (Schema.isMap(type)) {
            JsonObject object = requireObject(e, type, path);
            for (Map.Entry<String, JsonElement> entry : object.entrySet()) {
                check(entry.getValue(), Schema.element(type), elementField(type, field), join(path, entry.getKey()));
            }
        } else if (Schema.isList(type)) {
            if (!e.isJsonArray()) {
                throw fail(path, "expected a JSON array (" + Schema.typeName(type) + "), got " + e);
            }
            JsonArray array = e.getAsJsonArray();
            for (int i = 0; i < array.size(); i++) {
                check(array.get(i), Schema.element(type), elementField(type, field), path + "[" + i + "]");
            }
        } else {
            checkLeaf(e, type, field, path);
        }
    }

    /**
     * The annotations that bound the elements of a map or list: a {@link Range} or {@link OneOf} on a
     * map or list of numbers or strings applies to each element; sections carry their own.
     */
    private static Field elementField(Type container, Field field) {
        return Schema.isSection(Schema.element(container)) ? null : field;
    }

    private void checkSection(JsonElement e, Class<?> section, String path) {
        JsonObject object = requireObject(e, section, path);
        Map<String, Field> fields = Schema.fields(section);
        for (Map.Entry<String, JsonElement> entry : object.entrySet()) {
            String key = entry.getKey();
            Field f = fields.get(key);
            if (f == null) {
                throw fail(join(path, key), "unknown key '" + key + "'" + Suggest.didYouMean(key, fields.keySet())
                        + "; allowed: " + String.join(", ", fields.keySet()));
            }
            check(entry.getValue(), f.getGenericType(), f, join(path, key));
        }
    }

    /** A section that may also be one integer (e.g. "replicates": 3). */
    private void checkIntegerOrSection(JsonElement e, Class<?> section, Field field, String path) {
        if (e.isJsonObject()) {
            checkSection(e, section, path);
            return;
        }
        Range r = field.getAnnotation(Range.class);
        JsonPrimitive p = e.isJsonPrimitive() ? e.getAsJsonPrimitive() : null;
        double x = p != null && p.isNumber() ? p.getAsDouble() : Double.NaN;
        if (!(x == Math.rint(x) && (r == null || x >= r.min() && x <= r.max()))) {
            throw fail(path, "expected an integer" + (r != null ? " in " + Schema.range(r) : "") + " or an object with keys "
                    + String.join(", ", Schema.fields(section).keySet()) + ", got " + e);
        }
    }

    private JsonObject requireObject(JsonElement e, Type type, String path) {
        if (!e.isJsonObject()) {
            String name = Schema.typeName(type);
            throw fail(path, "expected a JSON object" + (name.equals("object") ? "" : " (" + name + ")") + ", got " + e);
        }
        return e.getAsJsonObject();
    }

    private void checkLeaf(JsonElement e, Type type, Field field, String path) {
        JsonPrimitive p = e.isJsonPrimitive() ? e.getAsJsonPrimitive() : null;
        String expected = expectation(type, field);
        if (type == String.class) {
            if (p == null || !p.isString()) {
                throw fail(path, "expected " + expected + ", got " + e);
            }
            OneOf oneOf = field == null ? null : field.getAnnotation(OneOf.class);
            boolean empty = oneOf != null && oneOf.orEmpty() && p.getAsString().isEmpty();
            if (oneOf != null && !empty && !Arrays.asList(oneOf.value()).contains(p.getAsString())) {
                throw fail(path, "expected " + expected + ", got '" + p.getAsString() + "'"
                        + Suggest.didYouMean(p.getAsString(), Arrays.asList(oneOf.value())));
            }
            return;
        }
        if (type == boolean.class || type == Boolean.class) {
            if (p == null || !p.isBoolean()) {
                throw fail(path, "expected " + expected + ", got " + e);
            }
            return;
        }
        if (p == null || !p.isNumber()) {
            throw fail(path, "expected " + expected + ", got " + e);
        }
        double x = p.getAsDouble();
        boolean integral = type == int.class || type == long.class || type == Integer.class || type == Long.class;
        if (!Double.isFinite(x) || integral && !fitsInteger(p, type == int.class || type == Integer.class)) {
            String range = integral && !expected.contains(" in ") ? " in " + integerRange(type) : "";
            throw fail(path, "expected " + expected + range + ", got " + e);
        }
        Range r = field == null ? null : field.getAnnotation(Range.class);
        if (r != null && (x < r.min() || x > r.max())) {
            throw fail(path, "expected " + expected + ", got " + e);
        }
    }

    /**
     * Whether a JSON number is a whole number that the Java type holds exactly. Decided in decimal:
     * as a double, 2^63 equals Long.MAX_VALUE and would wrap to -2^63 when bound.
     */
    private static boolean fitsInteger(JsonPrimitive p, boolean isInt) {
        java.math.BigDecimal x;
        try {
            x = new java.math.BigDecimal(p.getAsString());
        } catch (NumberFormatException | ArithmeticException tooLong) {
            return false;
        }
        if (x.compareTo(java.math.BigDecimal.valueOf(Long.MAX_VALUE)) > 0
                || x.compareTo(java.math.BigDecimal.valueOf(Long.MIN_VALUE)) < 0 || x.stripTrailingZeros().scale() > 0) {
            return false;
        }
        long v = x.longValueExact();
        return !isInt || v == (int) v;
    }

    private static String integerRange(Type type) {
        boolean isInt = type == int.class || type == Integer.class;
        return "[" + (isInt ? Integer.MIN_VALUE : Long.MIN_VALUE) + ", " + (isInt ? Integer.MAX_VALUE : Long.MAX_VALUE) + "]";
    }

    /** "a number in [0, 1]", "one of meanField, network", ... */
    static String expectation(Type type, Field field) {
        String name = Schema.typeName(type);
        String article = "aeiou".indexOf(name.charAt(0)) >= 0 ? "an " : "a ";
        OneOf oneOf = field == null ? null : field.getAnnotation(OneOf.class);
        if (oneOf != null) {
            return "one of " + String.join(", ", oneOf.value());
        }
        Range r = field == null ? null : field.getAnnotation(Range.class);
        return article + name + (r != null ? " in " + Schema.range(r) : "");
    }

    ConfigException fail(String path, String problem) {
        return ConfigException.at(source, path, problem);
    }

    static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
