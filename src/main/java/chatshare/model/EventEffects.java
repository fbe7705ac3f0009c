package chatshare.model;

import chatshare.config.EventConfig;
import chatshare.config.EventType;
import org.apache.commons.rng.UniformRandomProvider;

/** What each event type of MODEL.md 7.8 does to the market. */
final class EventEffects {
    private EventEffects() {
    }

    static void apply(Market m, EventConfig e, int index) {
        Firm firm = e.firm.isEmpty() ? null : m.firm(e.firm);
        Platform platform = e.platform.isEmpty() ? null : m.platform(e.platform);
        double amount = e.value != null ? e.value : e.amount != null ? e.amount : Double.NaN;
        // A switch expression over the enum: a new event type without an effect does not compile.
        String detail = switch (EventType.of(e.type)) {
            case SET_PRICE -> {
                firm.price = e.value;
                yield "";
            }
            case SET_API_PRICE -> {
                firm.apiPrice = e.value;
                yield "";
            }
            case SET_FILTERING -> {
                firm.filtering = e.value;
                yield "";
            }
            case SET_QUALITY -> {
                firm.quality = e.value;
                yield "";
            }
            case EXIT_FIRM -> {
                m.exit(firm, "event");
                yield "";
            }
            case FUNDING -> {
                if (e.kind.equals("gpuDebt")) {
                    // Debt tied to GPU supply is turned into hardware, not cash (« convertir la dette en matériel »).
                    firm.debt += e.amount;
                    if (firm.capacity > 0) {
                        firm.orderCapacity(e.amount * firm.finance.capacityPerDebtDollar, m.tick(),
                                firm.investment.capexLagTicks);
                    }
                } else {
                    firm.cash += e.amount;
                }
                if (e.kind.equals("debt")) {
                    firm.debt += e.amount;
                }
                yield e.kind;
            }
            case BUNDLE -> {
                platform.bundles.add(new Bundle(firm.index, e.bonus, e.price, e.discount, m.tick(), -1));
                yield "bonus " + e.bonus + ", price " + e.price;
            }
            case UNBUNDLE -> {
                platform.bundles.replaceAll(b -> b.firm() == firm.index && b.activeAt(m.tick())
                        ? new Bundle(b.firm(), b.bonus(), b.priceTreatment(), b.discount(), b.startTick(), m.tick()) : b);
                yield "";
            }
            case PLATFORM_PROMOTION -> Membership.promote(m, platform, firm) + " members made aware";
            case PLATFORM_SHOCK -> {
                Membership.scale(m, m.platforms.indexOf(platform),
                        e.region.isEmpty() ? -1 : m.regionIds.indexOf(e.region), e.value, Streams.EVENTS + index);
                yield "";
            }
            case ACQUISITION -> {
                Acquisition.acquire(m, firm, m.firm(e.target));
                yield null; // recorded by the acquisition itself, with the users moved
            }
            case LAUNCH_FIRM -> {
                if (firm.exitTick < 0) {
                    firm.active = true;
                    yield "";
                }
                yield "already exited: not relaunched";
            }
            case SET_STRATEGY -> {
                firm.setStrategy(e.pricing, e.filtering);
                yield "pricing " + e.pricing + ", filtering " + e.filtering;
            }
            case PLATFORM_MERGER -> {
                platform.owner = firm.index;
                // Bought revenue is not growth: the valuation's growth term compares like with like.
                firm.revenueAtDecision += platform.adRevenueNow(m.regionShares);
                yield "";
            }
            case SET_PARAMETER -> {
                m.live.apply(e.parameter, e.value);
                yield e.parameter;
            }
            case REGULATION -> {
                Regulator reg = m.regulators[m.regionIds.indexOf(e.region)];
                reg.fMin = e.value;
                if (e.hazard != null) {
                    reg.hazard = e.hazard;
                }
                yield "fMin " + reg.fMin + ", hazard " + reg.hazard;
            }
            case CONTROVERSY -> {
                firm.scheduledControversies++;
                yield null; // recorded when it hits, in the regulation step of this tick
            }
        };
        if (detail != null) {
            m.record(new EventRecord(e.type, e.firm, e.platform, e.region, amount, detail));
        }
    }

    static boolean draw(UniformRandomProvider rng, double probability) {
        return probability >= 1 || probability > 0 && rng.nextDouble() < probability;
    }
}
