package chatshare.model;

import chatshare.config.ExperimentConfig;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The assistant market as a MASON SimState. start() builds the population, firms and platforms
 * from the config and schedules the steps of MODEL.md 3 as repeating Steppables (orderings
 * below). Headless runs and the GUI use this same class.
 */
public class Market extends SimState {
    private static final long serialVersionUID = 1L;

    /** The config as given; every start() works on a fresh copy, so setParameter events never leak into a restart. */
    final ExperimentConfig original;
    /** This run's config (changed by setParameter events): a copy of original, made anew at every start. */
    private ExperimentConfig config;
    public final int threads;
    public final List<String> regionIds;
    public final LocalDate startDate;
    private final List<TickObserver> observers = new ArrayList<>();
    /** What the current start built; null before the first start. */
    private World world;
    /** The steps of the current start, in their order within the tick. */
    private List<Steppable> steps = List.of();
    /** The whole 64-bit seed: MASON's SimState keeps only its low 32 bits. */
    private long fullSeed;

    /** Read-only measures of this market (shares, adopters, concentration, awareness). */
    public final MarketMetrics metrics = new MarketMetrics(this);
    /** The live parameters and strategy rules, changed between steps (GUI, setParameter and setStrategy events). */
    public final LiveBinding live = new LiveBinding(this);

    public Market(ExperimentConfig config, long seed, int threads) {
        super(seed);
        this.fullSeed = seed;
        this.original = config;
        this.config = copy(config);
        this.threads = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        this.regionIds = List.copyOf(config.users.regions.keySet());
        this.startDate = LocalDate.parse(config.market.start);
    }

    /** Every random stream derives from the whole seed (the Console's seed field sets it too). */
    @Override
    public void setSeed(long seed) {
        super.setSeed(seed);
        fullSeed = seed;
    }

    @Override
    public long seed() {
        return fullSeed;
    }

    /** Registers an observer called at the end of every tick (before start()). */
    public void addObserver(TickObserver observer) {
        observers.add(observer);
    }

    @Override
    public void start() {
        super.start();
        if (world != null) {
            world.runner().close();
        }
        config = copy(original);
        World w = MarketBuilder.build(config, seed(), threads, regionIds, startDate);
        world = w;
        Membership membership = new Membership(w.platforms(), w.users(), w.types(), w.tally(), w.aware(), w.runner(),
                w.streams());
        Finance finance = new Finance(w.streams(), w.events(), agents() * w.agentWeight());
        Steppable choices = w.expected() != null
                ? new ExpectedChoiceStep(w.firms(), w.platforms(), w.users(), w.offers(), w.expected(), w.choices())
                : new ChoiceStep(w.firms(), w.platforms(), w.users(), w.types(), w.offers(), w.kernel(), w.tally(),
                        w.runner(), w.streams(), w.choices());
        // The steps of MODEL.md §3, one Steppable each, in their order within the tick.
        steps = List.of(
                new EventStep(config, w.firms(), w.timeline(), new EventEffects(this, membership), w.events()),
                new PlatformStep(w.platforms(), membership),
                new RegulationStep(config, regionIds, w.regulators(), w.firms(), w.streams(), w.events()),
                new AwarenessStep(config, w.firms(), w.users(), w.types(), w.aware(), w.choices(), w.runner(),
                        w.streams()),
                choices,
                new AccountingStep(w.firms(), w.platforms(), w.types(), w.offers(), w.demand(), w.regionShares(),
                        w.agentWeight(), finance, w.events()),
                new DecisionStep(config, w.firms(), new FirmDecisions(this, w.firms(), w.regulators(), finance,
                        w.samples(), w.events()), startDate),
                new ObserverStep(this, observers));
        for (int order = 0; order < steps.size(); order++) {
            schedule.scheduleRepeating(Schedule.EPOCH, order, steps.get(order), 1.0);
        }
    }

    /** What the current start built (tests look inside; the model's steps get their parts explicitly). */
    World world() {
        return world;
    }

    /** The scheduled step of this class (tests drive one step at a time). */
    <T extends Steppable> T step(Class<T> kind) {
        return steps.stream().filter(kind::isInstance).map(kind::cast).findFirst().orElseThrow();
    }

    @Override
    public void finish() {
        super.finish();
        if (world != null) {
            world.runner().close();
        }
    }

    /** The tick being stepped (0 for the first week). */
    public int tick() {
        return (int) schedule.getTime();
    }

    public LocalDate date(int tick) {
        return startDate.plusWeeks(tick);
    }

    /** This run's config (changed by setParameter events and live edits); before the first start, the copy that start will use. */
    public ExperimentConfig config() {
        return config;
    }

    /** Whether start() has built the market (the GUI may look before). */
    public boolean started() {
        return world != null;
    }

    public int agents() {
        return world.users().size;
    }

    /** Population represented by one agent. */
    public double agentWeight() {
        return world.agentWeight();
    }

    public Population users() {
        return world.users();
    }

    public UserTypes types() {
        return world.types();
    }

    public List<Firm> firms() {
        return world.firms();
    }

    public List<Platform> platforms() {
        return world.platforms();
    }

    /** Regulator of each region (a region without one in the config has no floor). */
    public Regulator[] regulators() {
        return world.regulators().clone();
    }

    public Tally tally() {
        return world.tally();
    }

    Offers offers() {
        return world.offers();
    }

    Segments segments() {
        return world.segments();
    }

    Streams streams() {
        return world.streams();
    }

    AwareCounts awareCounts() {
        return world.aware();
    }

    double[] regionShares() {
        return world.regionShares();
    }

    EventLog eventLog() {
        return world.events();
    }

    static ExperimentConfig copy(ExperimentConfig c) {
        return chatshare.config.Json.PLAIN.fromJson(chatshare.config.Json.PLAIN.toJsonTree(c), ExperimentConfig.class);
    }

    /** User reviews (choice draws) since start. */
    public long reviews() {
        return world.choices().reviews();
    }

    /** Agents who changed choice in the last choice step. */
    public long switches() {
        return world.choices().switches();
    }

    /** Adopters who left their firm in the last choice step (MODEL.md 8). */
    public long churned() {
        return world.choices().churned();
    }

    /** Agents using some assistant before the last choice step. */
    public double previousAdopters() {
        return world.choices().previousAdopters();
    }

    /** The fixed user sample on which the firm evaluates offers (drawn on first use, shared by firms of the same size). */
    DemandSample demandSample(Firm firm) {
        return world.samples().of(firm.strategies().keys().sampleSize);
    }

    /** True when some firm uses qLearning and every active one has converged (the run may stop). */
    public boolean learningConverged() {
        boolean any = false;
        for (Firm f : firms()) {
            if (f.active() && f.strategies().pricing(PriceLever.PAID) instanceof QLearning q) {
                if (!q.converged()) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /** True in the run's last tick: market.ticks reached, or every learning firm converged. */
    public boolean lastTick() {
        return tick() + 1 >= config.market.ticks || learningConverged();
    }

    /** Agents of the type on the alternative this tick: whole agents, or expected ones (market.demand). */
    public double demand(int type, int alt) {
        return world.demand().demand(type, alt);
    }

    /** Agents using some assistant now (whole or expected). */
    double adopters() {
        return world.demand().adopters();
    }

    /** Events applied in the current tick. */
    public List<EventRecord> events() {
        return world.events().list();
    }

    public Firm firm(String id) {
        return firms().stream().filter(f -> f.id.equals(id)).findFirst().orElseThrow();
    }

    public Platform platform(String id) {
        return platforms().stream().filter(p -> p.id.equals(id)).findFirst().orElseThrow();
    }

    /** An acquisition event: the acquirer takes over the target (Acquisition). */
    void acquire(Firm acquirer, Firm target) {
        World w = world;
        Acquisition.acquire(w.users(), w.tally(), w.aware(), w.events(), w.agentWeight(), tick(), acquirer, target);
    }

    /** [region][firm] shares at the end of the previous tick (what this tick's users read). */
    public double[][] regionFirmShare() {
        return world.choices().regionFirmShare();
    }
}
