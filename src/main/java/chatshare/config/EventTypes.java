package chatshare.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The fields each event type uses; any other field given is an error, so typos cannot hide. */
public final class EventTypes {
    /** Fields every type takes: its type, its timing and its optional id. */
    static final Set<String> COMMON = Set.of("id", "type", "tick", "date");

    static final Map<String, List<String>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("setPrice", List.of("firm", "value"));
        FIELDS.put("setApiPrice", List.of("firm", "value"));
        FIELDS.put("setFiltering", List.of("firm", "value"));
        FIELDS.put("setQuality", List.of("firm", "value"));
        FIELDS.put("exitFirm", List.of("firm"));
        FIELDS.put("funding", List.of("firm", "amount", "kind"));
        FIELDS.put("bundle", List.of("firm", "platform", "bonus", "price", "discount"));
        FIELDS.put("unbundle", List.of("firm", "platform"));
        FIELDS.put("platformPromotion", List.of("firm", "platform"));
        FIELDS.put("platformShock", List.of("platform", "region", "value"));
        FIELDS.put("regulation", List.of("region", "value", "hazard"));
        FIELDS.put("controversy", List.of("firm"));
        FIELDS.put("acquisition", List.of("firm", "target"));
        FIELDS.put("launchFirm", List.of("firm"));
        FIELDS.put("setStrategy", List.of("firm", "pricing", "filtering"));
        FIELDS.put("platformMerger", List.of("firm", "platform"));
        FIELDS.put("setParameter", List.of("parameter", "value"));
    }

    /** Fields that may be left out (the others are required by the types that use them). */
    static final Set<String> OPTIONAL = Set.of("kind", "bonus", "price", "discount", "region", "hazard", "pricing",
            "filtering");

    private EventTypes() {
    }
}
