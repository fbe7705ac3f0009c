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
            case "platformPromotion" -> detail = Membership.promote(m, platform, firm) + " members made aware";
            case "platformShock" -> Membership.scale(m, m.platforms.indexOf(platform),
                    e.region.isEmpty() ? -1 : m.regionIds.indexOf(e.region), e.value, Streams.EVENTS + index);
            case "acquisition" -> {
                Acquisition.acquire(m, firm, m.firm(e.target));
                return; // recorded by the acquisition itself, with the users moved
            }
            case "launchFirm" -> {
                if (firm.exitTick < 0) {
                    firm.active = true;
                } else {
                    detail = "already exited: not relaunched";
                }
            }
            case "setStrategy" -> {
                firm.setStrategy(e.pricing, e.filtering);
                detail = "pricing " + e.pricing + ", filtering " + e.filtering;
            }
            case "platformMerger" -> platform.owner = firm.index;
            case "setParameter" -> {
                m.live.apply(e.parameter, e.value);
                detail = e.parameter;
            }
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

    static boolean draw(UniformRandomProvider rng, double probability) {
        return probability >= 1 || probability > 0 && rng.nextDouble() < probability;
    }
}
