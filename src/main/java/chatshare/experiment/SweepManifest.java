package chatshare.experiment;

import chatshare.output.AtomicOutput;
import chatshare.output.FolderCommit;
import chatshare.output.Manifest;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * DIR/manifest.json of a sweep, written last: the plan (sweep section, base --set overrides,
 * planned runs), the number of completed runs, versions, and size and SHA-256 of each file.
 */
final class SweepManifest {
    static final List<String> FILES = List.of("runs.csv", "firms.csv", "market.csv", "events.csv", "summary.csv",
            "points.csv", "wide.csv", "datapackage.json", "outputs.xlsx");

    private SweepManifest() {
    }

    static void write(FolderCommit folder, List<SweepTables.Run> runs, SweepTables.Plan plan) throws IOException {
        JsonObject m = new JsonObject();
        m.add("sweep", plan.sweep());
        m.add("baseSets", chatshare.config.Json.PLAIN.toJsonTree(plan.baseSets()));
        m.addProperty("plannedRuns", plan.plannedRuns());
        m.addProperty("completedRuns", runs.size());
        m.addProperty("version", Manifest.version());
        m.addProperty("gitCommit", Manifest.gitCommit());
        m.addProperty("java", System.getProperty("java.version"));
        JsonObject files = new JsonObject();
        Map<String, AtomicOutput> committed = folder.committed();
        for (String name : FILES) {
            AtomicOutput f = committed.get(name);
            if (f != null) {
                JsonObject entry = new JsonObject();
                entry.addProperty("bytes", f.bytes());
                entry.addProperty("sha256", f.sha256());
                files.add(name, entry);
            }
        }
        m.add("files", files);
        try (AtomicOutput out = folder.open("manifest.json")) {
            chatshare.config.Json.FILE.toJson(m, out.writer());
            out.writer().write('\n');
            out.commit();
        }
    }

    /** The plan recorded in a sweep directory's manifest.json. */
    static SweepTables.Plan readPlan(Path dir) throws IOException {
        JsonObject m = JsonParser.parseString(Files.readString(dir.resolve("manifest.json"))).getAsJsonObject();
        List<String> sets = new java.util.ArrayList<>();
        m.getAsJsonArray("baseSets").forEach(e -> sets.add(e.getAsString()));
        return new SweepTables.Plan(m.get("sweep"), sets, m.get("plannedRuns").getAsInt());
    }
}
