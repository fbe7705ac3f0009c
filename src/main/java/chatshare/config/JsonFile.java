package chatshare.config;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one config file as standard JSON. Gson's own tree parser is lenient: a repeated key
 * silently keeps the last value, and comments, unquoted strings and trailing commas slip
 * through, so a typo could go unnoticed. This reader refuses all of them.
 */
final class JsonFile {
    /** Gson's "... at line 3 column 5 path $.market" suffix, to put the position first. */
    /**
     * Deepest nesting of objects and arrays accepted. The schema needs 6 levels; the limit keeps a
     * pathological file (thousands of '[') from exhausting the reader's stack.
     */
    static final int MAX_DEPTH = 64;

    private static final Pattern POSITION = Pattern.compile("(.*) at line (\\d+) column (\\d+)( path .*)?");

    private final String source;
    private final JsonReader in;

    private JsonFile(String source, String text) {
        this.source = source;
        this.in = new JsonReader(new StringReader(text));
        in.setStrictness(Strictness.STRICT);
    }

    /** Deepest nesting of arrays and objects in a JSON text (brackets inside strings do not count). */
    static int nesting(String text) {
        int depth = 0;
        int deepest = 0;
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '[' || c == '{') {
                deepest = Math.max(deepest, ++depth);
            } else if (c == ']' || c == '}') {
                depth--;
            }
        }
        return deepest;
    }

    /** The file's top-level object. */
    static JsonObject read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new ConfigException(file + ": file not found");
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new ConfigException(file + ": not UTF-8 text (" + firstBadByte(file) + "); save the file as UTF-8");
        } catch (IOException e) {
            if (Files.isDirectory(file)) {
                throw new ConfigException(file + ": is a directory; give a JSON config file");
            }
            throw new ConfigException(file + ": cannot read (" + e.getMessage() + ")");
        }
        if (text.isBlank()) {
            throw new ConfigException(file + ": expected a JSON object at the top level, got an empty file");
        }
        return new JsonFile(file.toString(), text).root();
    }

    /** Where a file stops being UTF-8: "invalid byte 0xE9 at offset 41". */
    private static String firstBadByte(Path file) {
        try {
            java.nio.ByteBuffer bytes = java.nio.ByteBuffer.wrap(Files.readAllBytes(file));
            java.nio.charset.CoderResult r = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .decode(bytes, java.nio.CharBuffer.allocate(bytes.capacity()), true);
            return r.isError() ? String.format("invalid byte 0x%02X at offset %d", bytes.get(bytes.position()), bytes.position())
                    : "truncated character at the end";
        } catch (IOException e) {
            return "cannot read it again: " + e.getMessage();
        }
    }

    private JsonObject root() {
        try {
            if (in.peek() != JsonToken.BEGIN_OBJECT) {
                throw new ConfigException(source + ": expected a JSON object at the top level, got " + describe(in.peek()));
            }
            JsonObject root = value("", 1).getAsJsonObject();
            if (!atEnd()) {
                throw invalidHere("text after the top-level object");
            }
            return root;
        } catch (IOException e) {
            throw invalid(e);
        }
    }

    private JsonElement value(String path, int depth) throws IOException {
        JsonToken token = in.peek();
        if (depth > MAX_DEPTH && (token == JsonToken.BEGIN_OBJECT || token == JsonToken.BEGIN_ARRAY)) {
            throw ConfigException.at(source, path, "nested more than " + MAX_DEPTH + " levels deep; no config key needs"
                    + " that many");
        }
        switch (token) {
            case BEGIN_OBJECT: {
                JsonObject object = new JsonObject();
                in.beginObject();
                while (in.hasNext()) {
                    String key = in.nextName();
                    String at = TreeValidator.join(path, key);
                    if (object.has(key)) {
                        throw ConfigException.at(source, at, "duplicate key '" + key + "'; give each key once");
                    }
                    object.add(key, value(at, depth + 1));
                }
                in.endObject();
                return object;
            }
            case BEGIN_ARRAY: {
                JsonArray array = new JsonArray();
                in.beginArray();
                while (in.hasNext()) {
                    array.add(value(path + "[" + array.size() + "]", depth + 1));
                }
                in.endArray();
                return array;
            }
            case STRING:
                return new JsonPrimitive(in.nextString());
            case NUMBER:
                // Gson's own number representation, so values print and bind exactly as written.
                return JsonParser.parseString(in.nextString());
            case BOOLEAN:
                return new JsonPrimitive(in.nextBoolean());
            case NULL:
                in.nextNull();
                return JsonNull.INSTANCE;
            default:
                throw invalidHere("unexpected " + describe(in.peek()));
        }
    }

    /** Whether only whitespace follows (a strict reader throws on a second value; that is our error too). */
    private boolean atEnd() {
        try {
            return in.peek() == JsonToken.END_DOCUMENT;
        } catch (IOException e) {
            return false;
        }
    }

    /** An error at the reader's current position (Gson keeps it private; its toString shows it). */
    private ConfigException invalidHere(String what) {
        Matcher m = POSITION.matcher(in.toString());
        String at = m.matches() ? " at line " + m.group(2) + " column " + m.group(3) : "";
        return new ConfigException(source + ": invalid JSON" + at + ": " + what);
    }

    /** Gson's syntax error, reworded as "invalid JSON at line L column C: what", on one line. */
    private ConfigException invalid(IOException e) {
        String first = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
        Matcher m = POSITION.matcher(first);
        if (!m.matches()) {
            return new ConfigException(source + ": invalid JSON: " + first);
        }
        String what = m.group(1).startsWith("Use JsonReader.setStrictness")
                ? "not standard JSON (comments, single quotes, unquoted strings, NaN and trailing commas are not allowed)"
                : m.group(1);
        return new ConfigException(source + ": invalid JSON at line " + m.group(2) + " column " + m.group(3) + ": " + what);
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case BEGIN_ARRAY -> "an array";
            default -> token.name().toLowerCase().replace('_', ' ');
        };
    }
}
