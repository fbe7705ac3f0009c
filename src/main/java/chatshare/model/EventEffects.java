package chatshare.model;

import chatshare.config.EventConfig;
import chatshare.config.EventType;
import org.apache.commons.rng.UniformRandomProvider;

/** What each event type of MODEL.md 7.8 does to the market. */
final class EventEffects {
    private final Market m;
    private final Membership membership;

    /** Events may change anything in the market: they get the market itself. */
    EventEffects(Market market, Membership membership) {
        this.m = market;
        this.membership = membership;
    }

    void apply(EventConfig e, int index) {
        Firm firm = e.firm.isEmpty() ? null : m.firm(e.firm);
        Platform platform = e.platform.isEmpty() ? null : m.platform(e.platform);
        int tick = m.tick();
        EventLog log = m.eventLog();
        double amount = e.value != null ? e.value : e.amount != null ? e.amount : Double.NaN;
        // A switch expression over the enum: a new event type without an effect does not compile.
        String detail = switch (EventType.of(e.type)) {
            case SET_PRICE -> {
                firm.setOffer(firm.offer().with(PriceLever.PAID, e.value));
                yield "";
            }
            case SET_API_PRICE -> {
                firm.setOffer(firm.offer().with(PriceLever.API, e.value));
                yield "";
            }
            case SET_FILTERING -> {
                firm.setOffer(firm.offer().withFiltering(e.value));
                yield "";
            }
            case SET_QUALITY -> {
                firm.quality().set(e.value);
                yield "";
            }
            case EXIT_FIRM -> {
                firm.exit(tick, "event", log);
                yield "";
            }
            case FUNDING -> {
                if (e.kind.equals("gpuDebt")) {
                    // Debt tied to GPU supply is turned into hardware, not cash (« convertir la dette en matériel »).
                    firm.accounts().borrowInKind(e.amount);
                    if (firm.compute().limited()) {
                        firm.compute().order(e.amount * firm.finance().capacityPerDebtDollar, tick,
                                firm.investment().capexLagTicks);
                    }
                } else {
                    firm.accounts().raise(e.amount, e.kind.equals("debt") ? e.amount : 0);
                }
                yield e.kind;
            }
            case BUNDLE -> {
                platform.addBundle(new Bundle(firm.index, e.bonus, e.price, e.discount, tick, -1));
                yield "bonus " + e.bonus + ", price " + e.price;
            }
            case UNBUNDLE -> {
                platform.endBundles(firm.index, tick);
                yield "";
            }
            case PLATFORM_PROMOTION -> membership.promote(platform, firm) + " members made aware";
            case PLATFORM_SHOCK -> {
                membership.scale(m.platforms().indexOf(platform),
                        e.region.isEmpty() ? -1 : m.regionIds.indexOf(e.region), e.value, Streams.EVENTS + index, tick);
                yield "";
            }
            case ACQUISITION -> {
                m.acquire(firm, m.firm(e.target));
                yield null; // recorded by the acquisition itself, with the users moved
            }
            case LAUNCH_FIRM -> firm.launch() ? "" : "already exited: not relaunched";
            case SET_STRATEGY -> {
                firm.strategies().switchTo(e.pricing, e.filtering);
                yield "pricing " + e.pricing + ", filtering " + e.filtering;
            }
            case PLATFORM_MERGER -> {
                platform.mergeWith(firm.index);
                // Bought revenue is not growth: the valuation's growth term compares like with like.
                firm.accounts().addBoughtRevenue(platform.adRevenueNow(m.regionShares()));
                yield "";
            }
            case SET_PARAMETER -> {
                m.live.apply(e.parameter, e.value);
                yield e.parameter;
            }
            case REGULATION -> {
                Regulator reg = m.regulators()[m.regionIds.indexOf(e.region)];
                reg.setFloor(e.value);
                if (e.hazard != null) {
                    reg.setHazard(e.hazard);
                }
                yield "fMin " + reg.fMin() + ", hazard " + reg.hazard();
            }
            case CONTROVERSY -> {
                firm.reputation().schedule();
                yield null; // recorded when it hits, in the regulation step of this tick
            }
        };
        if (detail != null) {
            log.record(new EventRecord(e.type, e.firm, e.platform, e.region, amount, detail));
        }
    }

    static boolean draw(UniformRandomProvider rng, double probability) {
        return probability >= 1 || probability > 0 && rng.nextDouble() < probability;
    }
}
