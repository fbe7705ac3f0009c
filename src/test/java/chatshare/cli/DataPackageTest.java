package chatshare.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chatshare.output.CsvFormat;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * datapackage.json of run and sweep folders: valid against the Tabular Data Package profile,
 * and true of the files it describes (every column, every value of its type, unique primary
 * keys, foreign keys that resolve).
 */
class DataPackageTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    static Set<ValidationMessage> validate(JsonNode descriptor) throws Exception {
        try (InputStream profile = DataPackageTest.class.getResourceAsStream("/frictionless/tabular-data-package.json")) {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(profile);
            return schema.validate(descriptor);
        }
    }

    private Path run() throws Exception {
        Path out = tmp.resolve("run");
        Cli r = Cli.run("run", Cli.smallConfig(tmp, 6).toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, r.exit(), r.err());
        return out;
    }

    private Path sweep() throws Exception {
        Cli.smallConfig(tmp, 5);
        Path file = tmp.resolve("sweep.json");
        Files.writeString(file, """
                { "extends": "small.json", "name": "sw",
                  "sweep": { "replicates": 2, "seed": 9,
                    "parameters": { "firms.grok.price": { "values": [5, 25] }, "firms.claude.filtering": { "values": [0.3] } } } }
                """);
        Path out = tmp.resolve("sweep");
        Cli r = Cli.run("sweep", file.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, r.exit(), r.err());
        return out;
    }

    @Test
    void runFolderDescriptorIsAValidTabularDataPackageThatMatchesItsFiles() throws Exception {
        Path dir = run();
        JsonNode descriptor = JSON.readTree(dir.resolve("datapackage.json").toFile());
        assertEquals(Set.of(), validate(descriptor));
        assertEquals(List.of("firms", "market", "events", "wide"), names(descriptor));
        checkAgainstFiles(dir, descriptor);
        JsonObject manifest = JsonParser.parseString(Files.readString(dir.resolve("manifest.json"))).getAsJsonObject();
        assertTrue(manifest.getAsJsonObject("files").has("datapackage.json"), "listed in manifest.json");
    }

    @Test
    void sweepFolderDescriptorDescribesTheParametersAndThePointsTable() throws Exception {
        Path dir = sweep();
        JsonNode descriptor = JSON.readTree(dir.resolve("datapackage.json").toFile());
        assertEquals(Set.of(), validate(descriptor));
        assertEquals(List.of("runs", "points", "summary", "firms", "market", "events", "wide"), names(descriptor));
        checkAgainstFiles(dir, descriptor);
        JsonNode firms = descriptor.get("resources").get(3).get("schema");
        assertEquals("firms.grok.price", firms.get("fields").get(3).get("name").asText(), "parameters follow the seed");
        assertEquals("runs", firms.get("foreignKeys").get(0).get("reference").get("resource").asText());
        JsonObject manifest = JsonParser.parseString(Files.readString(dir.resolve("manifest.json"))).getAsJsonObject();
        assertTrue(manifest.getAsJsonObject("files").has("datapackage.json"));
        assertTrue(manifest.getAsJsonObject("files").has("points.csv"));
    }

    @Test
    void theProfileCheckCanFail() throws Exception {
        ObjectNode descriptor = (ObjectNode) JSON.readTree(run().resolve("datapackage.json").toFile());
        ObjectNode field = (ObjectNode) descriptor.get("resources").get(0).get("schema").get("fields").get(0);
        field.put("type", "text"); // not a Table Schema type
        assertFalse(validate(descriptor).isEmpty());
        ((ObjectNode) descriptor.get("resources").get(0)).remove("schema");
        assertFalse(validate(descriptor).isEmpty(), "a tabular resource needs a schema");
    }

    /** A sweep's wide.csv names its columns firm@pNNNN, points.csv gives each point, and the shares add up to 1. */
    @Test
    void sweepWideColumnsAreKeyedByPointsAndIncludeTheOutsideOption() throws Exception {
        Path dir = sweep();
        List<CSVRecord> points = records(dir.resolve("points.csv"));
        assertEquals(2, points.size());
        assertEquals("5", points.get(0).get("firms.grok.price"));
        assertEquals("0.3", points.get(1).get("firms.claude.filtering"));
        assertEquals("2", points.get(1).get("replicates"));
        try (Reader in = Files.newBufferedReader(dir.resolve("wide.csv")); CSVParser p = CsvFormat.READ.parse(in)) {
            List<String> header = p.getHeaderNames();
            assertEquals(List.of("tick", "date", "grok@p0000", "chatgpt@p0000", "claude@p0000", "none@p0000",
                    "grok@p0001", "chatgpt@p0001", "claude@p0001", "none@p0001"), header);
            for (CSVRecord r : p) {
                for (String point : List.of("p0000", "p0001")) {
                    double sum = 0;
                    for (String firm : List.of("grok", "chatgpt", "claude", "none")) {
                        sum += CsvFormat.parse(r.get(firm + "@" + point));
                    }
                    assertEquals(1.0, sum, 1e-9, "shares of a point's mean market add up to 1 at tick " + r.get("tick"));
                }
            }
        }
    }

    private static List<String> names(JsonNode descriptor) {
        List<String> names = new ArrayList<>();
        descriptor.get("resources").forEach(r -> names.add(r.get("name").asText()));
        return names;
    }

    /** Every field is a column in order, every value has its type, keys are unique and resolve. */
    static void checkAgainstFiles(Path dir, JsonNode descriptor) throws Exception {
        for (JsonNode resource : descriptor.get("resources")) {
            Path file = dir.resolve(resource.get("path").asText());
            JsonNode schema = resource.get("schema");
            List<String> fields = new ArrayList<>();
            schema.get("fields").forEach(f -> fields.add(f.get("name").asText()));
            List<CSVRecord> rows;
            try (Reader in = Files.newBufferedReader(file); CSVParser p = CsvFormat.READ.parse(in)) {
                assertEquals(p.getHeaderNames(), fields, file.toString());
                rows = p.getRecords();
            }
            assertFalse(rows.isEmpty(), file + " has rows");
            for (JsonNode f : schema.get("fields")) {
                assertFalse(f.get("description").asText().isBlank(), f.get("name") + " is described");
                for (CSVRecord r : rows) {
                    checkType(f.get("type").asText(), r.get(f.get("name").asText()), file + " " + f.get("name"));
                }
            }
            if (schema.has("primaryKey")) {
                Set<List<String>> keys = new HashSet<>();
                for (CSVRecord r : rows) {
                    assertTrue(keys.add(values(r, schema.get("primaryKey"))), file + ": duplicate key " + values(r, schema.get("primaryKey")));
                }
            }
            if (schema.has("foreignKeys")) {
                for (JsonNode key : schema.get("foreignKeys")) {
                    JsonNode reference = key.get("reference");
                    Set<List<String>> targets = new HashSet<>();
                    for (CSVRecord r : records(dir.resolve(reference.get("resource").asText() + ".csv"))) {
                        targets.add(values(r, reference.get("fields")));
                    }
                    for (CSVRecord r : rows) {
                        assertTrue(targets.contains(values(r, key.get("fields"))), file + ": dangling " + values(r, key.get("fields")));
                    }
                }
            }
        }
    }

    private static void checkType(String type, String cell, String where) {
        if (cell.isEmpty()) {
            return; // missingValues [""]
        }
        switch (type) {
            case "integer" -> Long.parseLong(cell);
            case "number" -> assertTrue(Double.isFinite(Double.parseDouble(cell)), where);
            case "date" -> LocalDate.parse(cell);
            case "boolean" -> assertTrue(cell.equals("true") || cell.equals("false"), where + ": " + cell);
            case "string" -> { }
            default -> throw new AssertionError(where + ": unexpected type " + type);
        }
    }

    private static List<String> values(CSVRecord r, JsonNode names) {
        List<String> v = new ArrayList<>();
        names.forEach(n -> v.add(r.get(n.asText())));
        return v;
    }

    static List<CSVRecord> records(Path csv) throws Exception {
        try (Reader in = Files.newBufferedReader(csv); CSVParser p = CsvFormat.READ.parse(in)) {
            return p.getRecords();
        }
    }

    static JsonElement json(Path file) throws Exception {
        return JsonParser.parseString(Files.readString(file));
    }
}
