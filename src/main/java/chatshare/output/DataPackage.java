package chatshare.output;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVParser;

/**
 * datapackage.json: a Frictionless Tabular Data Package describing every CSV of a run or sweep
 * folder (type, unit, description of each column; primary and foreign keys), generated from the
 * column registry and the files' actual headers. It holds no timestamp, so the same run gives
 * the same bytes.
 */
public final class DataPackage {
    public static final String FILE = "datapackage.json";

    private DataPackage() {
    }

    /**
     * Writes dir/datapackage.json for the tables of the folder present in dir; params are the
     * swept parameters (empty for a run). Returns its manifest entry (bytes, sha256).
     */
    public static Map<String, Object> write(Path dir, Columns.Folder folder, String name, List<String> params)
            throws IOException {
        return write(new AtomicOutput(dir.resolve(FILE).toAbsolutePath()), descriptor(present(dir), folder, name, params));
    }

    /** The files of dir by name, null where dir has none. */
    static java.util.function.Function<String, Path> present(Path dir) {
        return file -> Files.isRegularFile(dir.resolve(file)) ? dir.resolve(file) : null;
    }

    /**
     * Commits datapackage.json to a folder being written, for the tables committed to it (or
     * already published there); it is published with them.
     */
    public static Map<String, Object> write(FolderCommit target, Columns.Folder folder, String name, List<String> params)
            throws IOException {
        return write(target.open(FILE), descriptor(target::source, folder, name, params));
    }

    private static Map<String, Object> write(AtomicOutput file, JsonObject p) throws IOException {
        try (AtomicOutput out = file) {
            chatshare.config.Json.FILE.toJson(p, out.writer());
            out.writer().write('\n');
            return out.commitEntry();
        }
    }

    static JsonObject descriptor(Path dir, Columns.Folder folder, String name, List<String> params) throws IOException {
        return descriptor(present(dir), folder, name, params);
    }

    /** source maps a table's file name to where it can be read, or to null if the folder has no such file. */
    private static JsonObject descriptor(java.util.function.Function<String, Path> source, Columns.Folder folder,
            String name, List<String> params) throws IOException {
        JsonObject p = new JsonObject();
        p.addProperty("profile", "tabular-data-package");
        p.addProperty("name", slug(name));
        p.addProperty("title", "ChatShare " + (folder == Columns.Folder.RUN ? "run " : "sweep ") + name);
        p.addProperty("description", "Outputs of the agent-based AI-assistant market simulator ChatShare. Column "
                + "dictionary: docs/OUTPUTS.md; what was run (config, seed, versions, checksums): manifest.json.");
        List<Columns.Table> present = Columns.of(folder).stream()
                .filter(t -> source.apply(t.file()) != null).toList();
        JsonArray resources = new JsonArray();
        for (Columns.Table t : present) {
            resources.add(resource(t, header(source.apply(t.file())), params, present));
        }
        p.add("resources", resources);
        return p;
    }

    private static JsonObject resource(Columns.Table t, List<String> header, List<String> params,
            List<Columns.Table> present) {
        JsonObject r = new JsonObject();
        r.addProperty("profile", "tabular-data-resource");
        r.addProperty("name", t.name());
        r.addProperty("path", t.file());
        r.addProperty("format", "csv");
        r.addProperty("mediatype", "text/csv");
        r.addProperty("encoding", "utf-8");
        r.addProperty("description", t.description());
        JsonObject schema = new JsonObject();
        JsonArray fields = new JsonArray();
        for (Columns.Column c : t.describe(header, params)) {
            JsonObject f = new JsonObject();
            f.addProperty("name", c.name());
            f.addProperty("title", c.unit().isEmpty() ? c.name() : c.name() + " (" + c.unit() + ")");
            f.addProperty("type", c.type().schemaName());
            if (c.type() == Columns.Type.DATE) {
                f.addProperty("format", "default");
            }
            if (c.type() == Columns.Type.BOOLEAN) {
                f.add("trueValues", strings(List.of("true")));
                f.add("falseValues", strings(List.of("false")));
            }
            f.addProperty("description", c.description());
            if (!c.unit().isEmpty()) {
                f.addProperty("unit", c.unit()); // not in the Table Schema spec; custom properties are allowed
            }
            fields.add(f);
        }
        schema.add("fields", fields);
        schema.add("missingValues", strings(List.of("")));
        if (!t.primaryKey().isEmpty()) {
            schema.add("primaryKey", strings(t.primaryKey()));
        }
        List<Columns.ForeignKey> references = t.foreignKeys().stream()
                .filter(k -> present.stream().anyMatch(other -> other.name().equals(k.table()))).toList();
        if (!references.isEmpty()) {
            JsonArray keys = new JsonArray();
            for (Columns.ForeignKey k : references) {
                JsonObject key = new JsonObject();
                key.add("fields", strings(k.fields()));
                JsonObject reference = new JsonObject();
                reference.addProperty("resource", k.table());
                reference.add("fields", strings(k.fields()));
                key.add("reference", reference);
                keys.add(key);
            }
            schema.add("foreignKeys", keys);
        }
        r.add("schema", schema);
        return r;
    }

    private static JsonArray strings(List<String> values) {
        JsonArray a = new JsonArray();
        values.forEach(a::add);
        return a;
    }

    /** The header row of a CSV file. */
    static List<String> header(Path csv) throws IOException {
        try (Reader in = Files.newBufferedReader(csv); CSVParser parser = CsvFormat.READ.parse(in)) {
            return parser.getHeaderNames();
        }
    }

    /** A Data Package name: lower-case letters, digits and - . _ only. */
    static String slug(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "chatshare" : s;
    }
}
