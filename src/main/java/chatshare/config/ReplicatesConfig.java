package chatshare.config;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.TypeAdapter;
import com.google.gson.annotations.JsonAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;

/**
 * sweep.replicates: an integer (that many replicates of every point) or an object for adaptive
 * replication: {@code min} replicates of every point, then more, in rounds, for each point whose
 * 95% confidence interval of the target output is still wider than the target, up to {@code max}.
 */
@JsonAdapter(ReplicatesConfig.Adapter.class)
public class ReplicatesConfig {
    @Doc("Adaptive replicates (object form): replicates of every point in the first round")
    @Range(min = 1, max = 100_000)
    public int min = 5;

    @Doc("Adaptive replicates (object form): most replicates of a point")
    @Range(min = 1, max = 100_000)
    public int max = 100;

    @Doc("Adaptive replicates (object form, required): the output whose 95% CI half-width decides when a point has enough replicates")
    public ReplicationTarget target;

    /** Exactly n replicates of every point (the integer form). */
    public static ReplicatesConfig fixed(int n) {
        ReplicatesConfig r = new ReplicatesConfig();
        r.min = n;
        r.max = n;
        r.target = null;
        return r;
    }

    /** Whether this is the object form (replicates added until the target is met). */
    public boolean adaptive() {
        return target != null;
    }

    /** Reads an integer or an object; writes the integer form back as an integer. */
    static final class Adapter extends TypeAdapter<ReplicatesConfig> {
        private static final Gson PLAIN = Json.PLAIN;

        @Override
        public void write(JsonWriter out, ReplicatesConfig r) throws IOException {
            if (r == null) {
                out.nullValue();
            } else if (!r.adaptive()) {
                out.value(r.min);
            } else {
                JsonObject o = new JsonObject();
                o.addProperty("min", r.min);
                o.addProperty("max", r.max);
                o.add("target", PLAIN.toJsonTree(r.target));
                PLAIN.getAdapter(JsonElement.class).write(out, o);
            }
        }

        @Override
        public ReplicatesConfig read(JsonReader in) throws IOException {
            JsonElement e = PLAIN.getAdapter(JsonElement.class).read(in);
            if (e == null || e.isJsonNull()) {
                return null;
            }
            if (e.isJsonPrimitive()) {
                return fixed(e.getAsInt());
            }
            JsonObject o = e.getAsJsonObject();
            ReplicatesConfig r = new ReplicatesConfig();
            if (o.has("min")) {
                r.min = o.get("min").getAsInt();
            }
            if (o.has("max")) {
                r.max = o.get("max").getAsInt();
            }
            if (o.has("target") && !o.get("target").isJsonNull()) {
                r.target = PLAIN.fromJson(o.get("target"), ReplicationTarget.class);
            }
            return r;
        }
    }
}
