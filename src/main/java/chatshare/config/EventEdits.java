package chatshare.config;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The event edits of one config file, resolved as the file is merged onto its base: events it
 * lists replace the inherited ones (like any list), then {@code removeEvents} drops inherited
 * events by id, then {@code extraEvents} are appended. The resolved config holds only the final
 * {@code events}; ids must be unique in it. Alongside, the file and JSON path each final event
 * was written at, so that later checks on an event can name them.
 */
final class EventEdits {
    /** Where an event of the resolved list was written. */
    record Origin(String source, String path) {
    }

    private final String source;
    private final JsonArray remove;
    private final JsonArray extra;
    private final JsonArray own;

    private EventEdits(String source, JsonArray remove, JsonArray extra, JsonArray own) {
        this.source = source;
        this.remove = remove;
        this.extra = extra;
        this.own = own;
    }

    /** Takes the edit keys out of a file's validated tree (they never reach the merged config). */
    static EventEdits ofFile(JsonObject tree, String source) {
        JsonElement own = tree.get("events");
        return take(tree, source, own == null ? null : own.getAsJsonArray());
    }

    /** Takes the edits given by --set out of the full tree, whose events are all inherited. */
    static EventEdits ofOverrides(JsonObject full) {
        return take(full, "--set", null);
    }

    /** Origins that name each event of a tree by its place in the tree's own events list. */
    static List<Origin> inPlace(JsonObject tree, String source) {
        List<Origin> origins = new ArrayList<>();
        for (int k = 0; k < tree.getAsJsonArray("events").size(); k++) {
            origins.add(new Origin(source, "events[" + k + "]"));
        }
        return origins;
    }

    private static EventEdits take(JsonObject tree, String source, JsonArray own) {
        JsonElement remove = tree.remove("removeEvents");
        JsonElement extra = tree.remove("extraEvents");
        return new EventEdits(source, remove == null ? new JsonArray() : remove.getAsJsonArray(),
                extra == null ? new JsonArray() : extra.getAsJsonArray(), own);
    }

    /**
     * Applies the edits to the file's merged tree (its base with its own keys laid over), and
     * updates origins (one per event of the merged list before, one per event after).
     */
    void applyTo(JsonObject merged, List<Origin> origins) {
        if (own != null) {
            origins.clear();
            origins.addAll(inPlace(merged, source));
        }
        JsonArray events = merged.has("events") ? merged.getAsJsonArray("events") : new JsonArray();
        for (int k = 0; k < remove.size(); k++) {
            String id = remove.get(k).getAsString();
            int at = indexOf(events, id);
            if (at < 0) {
                List<String> known = ids(events);
                throw ConfigException.at(source, "removeEvents[" + k + "]", "no inherited event has id '" + id + "'"
                        + Suggest.didYouMean(id, known) + "; known: "
                        + (known.isEmpty() ? "none (the inherited events have no ids)" : String.join(", ", known)));
            }
            events.remove(at);
            origins.remove(at);
        }
        for (int k = 0; k < extra.size(); k++) {
            events.add(extra.get(k).deepCopy());
            origins.add(new Origin(source, "extraEvents[" + k + "]"));
        }
        checkUniqueIds(events, origins);
        merged.add("events", events);
    }

    /** A repeated id is an error at the second event carrying it (the first file to repeat it). */
    private static void checkUniqueIds(JsonArray events, List<Origin> origins) {
        Map<String, Integer> seen = new HashMap<>();
        for (int k = 0; k < events.size(); k++) {
            String id = id(events.get(k));
            if (id.isEmpty()) {
                continue;
            }
            Integer first = seen.putIfAbsent(id, k);
            if (first != null) {
                Origin here = origins.get(k);
                Origin there = origins.get(first);
                String where = there.source().equals(here.source()) ? there.path() : there.source() + " " + there.path();
                throw ConfigException.at(here.source(), here.path() + ".id", "duplicate event id '" + id
                        + "' (also " + where + "); give each event its own id");
            }
        }
    }

    private static int indexOf(JsonArray events, String id) {
        for (int k = 0; k < events.size(); k++) {
            if (id(events.get(k)).equals(id)) {
                return k;
            }
        }
        return -1;
    }

    private static List<String> ids(JsonArray events) {
        List<String> ids = new ArrayList<>();
        events.forEach(e -> {
            if (!id(e).isEmpty()) {
                ids.add(id(e));
            }
        });
        return ids;
    }

    private static String id(JsonElement event) {
        JsonElement id = event.getAsJsonObject().get("id");
        return id == null ? "" : id.getAsString();
    }
}
