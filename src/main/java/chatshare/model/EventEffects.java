package chatshare.model;

import chatshare.config.EventConfig;
import org.apache.commons.rng.UniformRandomProvider;

/** What each event type of MODEL.md 7.8 does to the market. */
final class EventEffects {
    private EventEffects() {
    }

    static void apply(Market m, EventConfig e, int index) {
        Firm firm = e.firm.isEmpty() ? null : m.firm(e.firm);
        Platform platform = e.platform.isEmpty() ? null : m.platform(e.platform);
        double amount = e.value != null ? e.value : e.amount != null ? e.amount : Double.NaN;
        String detail = "";
        switch (e.type) {
            case "setPrice" -> firm.price = e.value;
            case "setApiPrice" -> firm.apiPrice = e.value;
            case "setFiltering" -> firm.filtering = e.value;
            case "setQuality" -> firm.quality = e.value;
            case "exitFirm" -> m.exit(firm, "event");
            case "funding" -> {
                firm.cash += e.amount;
                if (e.kind.equals("debt")) {
                    firm.debt += e.amount;
                }
                detail = e.kind;
            }
            case "bundle" -> {
                platform.bundles.add(new Bundle(firm.index, e.bonus, e.price, e.discount, m.tick(), -1));
                detail = "bonus " + e.bonus + ", price " + e.price;
            }
            case "unbundle" -> platform.bundles.replaceAll(b -> b.firm() == firm.index && b.activeAt(m.tick())
                    ? new Bundle(b.firm(), b.bonus(), b.priceTreatment(), b.discount(), b.startTick(), m.tick()) : b);
            case "platformPromotion" -> detail = m.promote(platform, firm) + " members made aware";
            case "platformShock" -> shock(m, platform, e.region, e.value, index);
            case "regulation" -> {
                Regulator reg = m.regulators[m.regionIds.indexOf(e.region)];
                reg.fMin = e.value;
                if (e.hazard != null) {
                    reg.hazard = e.hazard;
                }
                detail = "fMin " + reg.fMin + ", hazard " + reg.hazard;
            }
            case "controversy" -> {
                firm.scheduledControversies++;
                return; // recorded when it hits, in the regulation step of this tick
            }
            default -> throw new IllegalStateException("unhandled event type " + e.type);
        }
        m.record(new EventRecord(e.type, e.firm, e.platform, e.region, amount, detail));
    }

    /** Scales the platform's membership in one region (or all) by k, drawing who leaves or joins. */
    private static void shock(Market m, Platform platform, String region, double k, int index) {
        int p = m.platforms.indexOf(platform);
        for (int r = 0; r < platform.members.length; r++) {
            if (region.isEmpty() || m.regionIds.get(r).equals(region)) {
                double before = platform.members[r];
                double after = Math.min(1, before * k);
                platform.members[r] = after;
                // Members stay with probability after/before; non-members join with (after-before)/(1-before).
                double stay = before > 0 ? Math.min(1, after / before) : 1;
                double join = after > before ? (after - before) / (1 - before) : 0;
                m.changeMembership(p, r, stay, join, Streams.EVENTS + index);
            }
        }
    }

    static boolean draw(UniformRandomProvider rng, double probability) {
        return probability >= 1 || probability > 0 && rng.nextDouble() < probability;
    }
}
