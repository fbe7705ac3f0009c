package chatshare.config;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.lang.reflect.Field;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;

/**
 * Parameter paths such as {@code firms.grok.price} or {@code users.filtering.mixture}: reading a
 * resolved config and applying {@code --set path=value} overrides, checked against the schema.
 */
final class ParameterPath {
    private ParameterPath() {
    }

    private static final java.util.regex.Pattern INDEXED = java.util.regex.Pattern.compile("(\\w+)\\[(\\d+)\\]");

    /** Applies one "path=value" override to the merged (not yet bound) config tree. */
    static void apply(JsonObject root, String assignment) {
        String source = "--set " + assignment;
        int eq = assignment.indexOf('=');
        if (eq <= 0) {
            throw new ConfigException(source + ": expected path=value, e.g. --set firms.grok.price=8");
        }
        String path = assignment.substring(0, eq).trim();
        String text = assignment.substring(eq + 1);
        TreeValidator validator = new TreeValidator(source);
        List<String> keys = keys(path, source);
        Type type = ExperimentConfig.class;
        Field field = null;
        JsonObject parent = root;
        String walked = "";
        for (int k = 0; k < keys.size(); k++) {
            String key = keys.get(k);
            walked = TreeValidator.join(walked, key);
            java.util.regex.Matcher indexed = INDEXED.matcher(key);
            if (indexed.matches() && Schema.isSection(type)) {
                // A list element of sections, e.g. bundles[0] in platforms.x.bundles[0].bonus.
                String name = indexed.group(1);
                int index = Integer.parseInt(indexed.group(2));
                Field list = Schema.fields((Class<?>) type).get(name);
                if (list == null || !Schema.isList(list.getGenericType())
                        || !Schema.isSection(Schema.element(list.getGenericType()))) {
                    throw validator.fail(walked, "'" + name + "' is not a list of objects; index only such lists");
                }
                JsonElement array = parent.get(name);
                int size = array != null && array.isJsonArray() ? array.getAsJsonArray().size() : 0;
                if (index >= size || k == keys.size() - 1) {
                    throw validator.fail(walked, k == keys.size() - 1 ? "set a key inside the element, e.g. " + walked
                            + ".KEY, or the whole list" : "no element [" + index + "]: the list has " + size);
                }
                field = null;
                type = Schema.element(list.getGenericType());
                parent = array.getAsJsonArray().get(index).getAsJsonObject();
                continue;
            }
            if (Schema.isSection(type)) {
                Map<String, Field> fields = Schema.fields((Class<?>) type);
                field = fields.get(key);
                if (field == null) {
                    throw validator.fail(walked, "unknown key '" + key + "'" + Suggest.didYouMean(key, fields.keySet())
                            + "; allowed: " + String.join(", ", fields.keySet()));
                }
                type = field.getGenericType();
            } else if (Schema.isMap(type)) {
                if (!parent.has(key)) {
                    throw validator.fail(walked, "no entry '" + key + "'" + Suggest.didYouMean(key, parent.keySet())
                            + "; known: " + String.join(", ", parent.keySet()));
                }
                field = null;
                type = Schema.element(type);
            } else {
                throw validator.fail(walked, "cannot go inside a " + Schema.typeName(type) + "; set it whole");
            }
            if (k < keys.size() - 1) {
                JsonElement child = parent.get(key);
                if (child == null || !child.isJsonObject()) {
                    child = new JsonObject();
                    parent.add(key, child);
                }
                parent = child.getAsJsonObject();
            }
        }
        if (type != String.class && JsonFile.nesting(text) > JsonFile.MAX_DEPTH) {
            throw validator.fail(path, "nested more than " + JsonFile.MAX_DEPTH + " levels deep; no config key needs that many");
        }
        JsonElement value = parseValue(text, type);
        validator.check(value, type, field, path);
        String last = keys.get(keys.size() - 1);
        JsonElement old = parent.get(last);
        if (old != null && old.isJsonObject() && value.isJsonObject()) {
            // Like extends: an object merges key by key, so it cannot silently reset the keys it leaves out.
            ConfigLoader.mergeInto(old.getAsJsonObject(), value.getAsJsonObject());
        } else {
            parent.add(last, value);
        }
    }

    /** The dot-separated keys of a path; an empty key is always a typo. */
    private static List<String> keys(String path, String source) {
        List<String> keys = List.of(path.split("\\.", -1));
        if (keys.contains("")) {
            throw new ConfigException(source + ": empty key in path '" + path + "'; expected keys separated by single dots,"
                    + " e.g. firms.grok.price");
        }
        return keys;
    }

    /** Strings are taken as written; everything else is JSON (numbers, booleans, arrays, objects). */
    private static JsonElement parseValue(String text, Type type) {
        if (type == String.class) {
            return new JsonPrimitive(text);
        }
        try {
            return JsonParser.parseString(text);
        } catch (JsonParseException e) {
            return new JsonPrimitive(text);
        }
    }

    /**
     * Reads a resolved config by path, list elements by index (users.filtering.mixture[1].weight);
     * a missing key is named with a suggestion and the keys that exist there.
     */
    static JsonElement get(JsonObject resolved, String path) {
        String source = "parameter";
        JsonElement current = resolved;
        String walked = "";
        for (String part : keys(path, source)) {
            java.util.regex.Matcher indexed = INDEXED.matcher(part);
            String key = indexed.matches() ? indexed.group(1) : part;
            current = child(current, key, walked, source);
            walked = TreeValidator.join(walked, key);
            if (indexed.matches()) {
                int index = Integer.parseInt(indexed.group(2));
                if (!current.isJsonArray() || index >= current.getAsJsonArray().size()) {
                    throw ConfigException.at(source, walked + "[" + index + "]", current.isJsonArray()
                            ? "no element [" + index + "]: the list has " + current.getAsJsonArray().size()
                            : walked + " is not a list");
                }
                current = current.getAsJsonArray().get(index);
                walked += "[" + index + "]";
            }
        }
        return current;
    }

    private static JsonElement child(JsonElement current, String key, String walked, String source) {
        String at = TreeValidator.join(walked, key);
        if (!current.isJsonObject()) {
            throw ConfigException.at(source, at, "unknown key '" + key + "'; " + walked + " is " + current
                    + ", which has no keys");
        }
        JsonObject object = current.getAsJsonObject();
        if (!object.has(key)) {
            throw ConfigException.at(source, at, "unknown key '" + key + "'" + Suggest.didYouMean(key, object.keySet())
                    + "; known: " + String.join(", ", object.keySet()));
        }
        return object.get(key);
    }
}
