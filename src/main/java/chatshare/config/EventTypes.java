package chatshare.config;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The fields each event type uses; any other field given is an error, so typos cannot hide. */
public final class EventTypes {
    static final Set<String> TIMING = Set.of("type", "tick", "date");

    static final Map<String, List<String>> FIELDS = Map.of(
            "setPrice", List.of("firm", "value"),
            "setApiPrice", List.of("firm", "value"),
            "setFiltering", List.of("firm", "value"),
            "setQuality", List.of("firm", "value"),
            "exitFirm", List.of("firm"),
            "funding", List.of("firm", "amount", "kind"),
            "bundle", List.of("firm", "platform", "bonus", "price", "discount"),
            "unbundle", List.of("firm", "platform"),
            "platformPromotion", List.of("firm", "platform"),
            "platformShock", List.of("platform", "region", "value"));

    /** Fields that must be given (the others have usable defaults). */
    static final Set<String> OPTIONAL = Set.of("kind", "bonus", "price", "discount", "region");

    private EventTypes() {
    }
}
