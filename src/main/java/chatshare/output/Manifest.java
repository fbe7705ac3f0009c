package chatshare.output;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/** manifest.json: what was run (resolved config, seed, versions), when, and checksums of the outputs. */
public final class Manifest {
    private static final Gson GSON = chatshare.config.Json.FILE;

    private Manifest() {
    }

    public static String version() {
        try (InputStream in = Manifest.class.getResourceAsStream("/chatshare/build.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The git commit the launcher passes (-Dchatshare.git), or "unknown" outside a checkout. */
    public static String gitCommit() {
        return System.getProperty("chatshare.git", "unknown");
    }

    /**
     * The run key: SHA-256 of what determines a run's outputs, i.e. the resolved config, the run
     * id (design point and replicate), the seed, and the ChatShare version and git commit.
     */
    public static String key(JsonElement resolvedConfig, RunLabel label) {
        String identity = String.join("\n", chatshare.config.Json.PLAIN.toJson(resolvedConfig), label.run(),
                String.valueOf(label.replicate()), String.valueOf(label.seed()), version(), gitCommit());
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(identity.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(hash);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Adds entries to the files of an existing manifest.json (a run's or a sweep's), rewritten
     * atomically: for files made afterwards from published outputs (`export`).
     */
    public static void addFiles(Path dir, Map<String, Map<String, Object>> files) throws IOException {
        Path file = dir.resolve("manifest.json");
        JsonObject m = com.google.gson.JsonParser.parseString(java.nio.file.Files.readString(file)).getAsJsonObject();
        JsonObject entries = m.getAsJsonObject("files");
        files.forEach((name, entry) -> entries.add(name, GSON.toJsonTree(entry)));
        try (AtomicOutput out = new AtomicOutput(file.toAbsolutePath())) {
            GSON.toJson(m, out.writer());
            out.writer().write('\n');
            out.commit();
        }
    }

    /**
     * Commits manifest.json to the run's folder; the folder renames it into place last, so its
     * presence means a complete run.
     */
    public static void write(FolderCommit folder, String name, RunLabel label, int threads, String started, String finished,
            double seconds, JsonElement resolvedConfig, Map<String, Map<String, Object>> files) throws IOException {
        JsonObject m = new JsonObject();
        m.addProperty("name", name);
        m.addProperty("run", label.run());
        m.addProperty("key", key(resolvedConfig, label));
        m.addProperty("replicate", label.replicate());
        m.addProperty("seed", label.seed());
        m.addProperty("version", version());
        m.addProperty("gitCommit", gitCommit());
        m.addProperty("java", System.getProperty("java.version"));
        m.addProperty("threads", threads);
        m.addProperty("started", started);
        m.addProperty("finished", finished);
        m.addProperty("seconds", seconds);
        m.add("files", GSON.toJsonTree(files));
        m.add("config", resolvedConfig);
        try (AtomicOutput out = folder.open("manifest.json")) {
            GSON.toJson(m, out.writer());
            out.writer().write('\n');
            out.commit();
        }
    }
}
