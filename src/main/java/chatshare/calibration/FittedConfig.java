package chatshare.calibration;

import chatshare.config.ConfigLoader;
import chatshare.output.CsvFormat;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * fitted.json: a config that extends the calibrated config and sets the fitted values. It holds
 * exactly the keys where the fitted config differs from the calibrated one; a value inside a list
 * (users.filtering.mixture[1].weight) brings the whole list, since extends replaces lists whole.
 * The calibration's own --set overrides (e.g. fewer agents) are not part of it.
 */
final class FittedConfig {
    private FittedConfig() {
    }

    /** The fitted config for a file written in dir (its extends is relative to dir). */
    static JsonObject of(Path config, Path dir, String name, Map<String, Double> values) {
        JsonObject base = ConfigLoader.load(config, List.of()).resolved();
        List<String> sets = new ArrayList<>();
        values.forEach((path, v) -> sets.add(path + "=" + CsvFormat.number(v)));
        JsonObject fitted = ConfigLoader.load(config, sets).resolved();
        JsonObject out = new JsonObject();
        Path from = dir.toAbsolutePath().normalize();
        out.addProperty("extends", from.relativize(config.toAbsolutePath().normalize()).toString().replace('\\', '/'));
        out.addProperty("name", name);
        changes(base, fitted).entrySet().forEach(e -> out.add(e.getKey(), e.getValue()));
        return out;
    }

    /** The keys of fitted whose values differ from base's: objects key by key, lists and leaves whole. */
    static JsonObject changes(JsonObject base, JsonObject fitted) {
        JsonObject out = new JsonObject();
        for (Map.Entry<String, JsonElement> e : fitted.entrySet()) {
            JsonElement old = base.get(e.getKey());
            if (old != null && old.isJsonObject() && e.getValue().isJsonObject()) {
                JsonObject inner = changes(old.getAsJsonObject(), e.getValue().getAsJsonObject());
                if (inner.size() > 0) {
                    out.add(e.getKey(), inner);
                }
            } else if (!e.getValue().equals(old)) {
                out.add(e.getKey(), e.getValue().deepCopy());
            }
        }
        return out;
    }
}
