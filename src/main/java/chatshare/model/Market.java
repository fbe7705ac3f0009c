package chatshare.model;

import chatshare.config.ExperimentConfig;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import sim.engine.Schedule;
import sim.engine.SimState;

/**
 * The assistant market as a MASON SimState. start() builds the population, firms and platforms
 * from the config and schedules the steps of MODEL.md 3 as repeating Steppables (orderings
 * below). Headless runs and the GUI use this same class.
 */
public class Market extends SimState {
    private static final long serialVersionUID = 1L;

    /** Schedule orderings of MODEL.md 3. */
    public static final int ORDER_EVENTS = 0;
    public static final int ORDER_PLATFORMS = 1;
    public static final int ORDER_REGULATION = 2;
    public static final int ORDER_AWARENESS = 3;
    public static final int ORDER_CHOICE = 4;
    public static final int ORDER_ACCOUNTING = 5;
    public static final int ORDER_DECISIONS = 6;
    public static final int ORDER_OBSERVERS = 7;

    /** The config as given; every start() works on a fresh copy, so setParameter events never leak into a restart. */
    final ExperimentConfig original;
    /** This run's config (changed by setParameter events). */
    public ExperimentConfig config;
    public final int threads;
    public final List<String> regionIds;
    public final LocalDate startDate;
    private final List<TickObserver> observers = new ArrayList<>();
    /** Events applied in the current tick, scheduled and endogenous. */
    final List<EventRecord> events = new ArrayList<>();
    Timeline timeline;
    /** The user samples of the firms' strategies, by sample size (firms with the same size share one). */
    java.util.Map<Integer, DemandSample> samples;
    /** Expected-demand mode only (market.demand = expected), else null. */
    ExpectedDemand expected;
    /** Nash and joint-profit benchmarks of the qLearning firms (computed on first use). */
    LearningBenchmarks learningBenchmarks;

    public UserTypes types;
    public Population users;
    public List<Firm> firms;
    public List<Platform> platforms;
    /** Regulator of each region (a region without one in the config has no floor). */
    public Regulator[] regulators;
    public Tally tally;
    public Offers offers;
    /** SIMD route to the same logit draws as the generic code; null without the Vector API module. */
    LogitKernel logitKernel;
    Streams streams;
    BlockRunner runner;
    Block[] blocks;
    /** Share of users in each region (from the config). */
    double[] regionShares;
    /** Population represented by one agent. */
    public double agentWeight;
    /** [region][firm] share of agents using the firm at the end of the previous tick. */
    double[][] regionFirmShare;
    /** Agents aware of each firm. */
    long[] awareCount;

    // Market-level results of the current tick (agent counts; scale by agentWeight).
    public long switches;
    public long churned;
    public double previousAdopters;
    /** The whole 64-bit seed: MASON's SimState keeps only its low 32 bits. */
    private long fullSeed;
    /** User reviews (choice draws) since start. */
    long reviews;

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
        MarketBuilder.build(this);
        // The steps of MODEL.md §3, one Steppable each, in their order within the tick.
        schedule.scheduleRepeating(Schedule.EPOCH, ORDER_EVENTS, new EventStep(this, timeline), 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, ORDER_PLATFORMS, new PlatformStep(this), 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, ORDER_REGULATION, new RegulationStep(this, streams), 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, ORDER_AWARENESS, new AwarenessStep(this), 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, ORDER_CHOICE, new ChoiceStep(this), 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, ORDER_ACCOUNTING, new AccountingStep(this), 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, ORDER_DECISIONS, new DecisionStep(this), 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, ORDER_OBSERVERS, new ObserverStep(this, observers), 1.0);
    }

    @Override
    public void finish() {
        super.finish();
        if (runner != null) {
            runner.close();
        }
    }

    /** The tick being stepped (0 for the first week). */
    public int tick() {
        return (int) schedule.getTime();
    }

    public LocalDate date(int tick) {
        return startDate.plusWeeks(tick);
    }

    public int agents() {
        return users.size;
    }

    static ExperimentConfig copy(ExperimentConfig c) {
        com.google.gson.Gson gson = new com.google.gson.Gson();
        return gson.fromJson(gson.toJsonTree(c), ExperimentConfig.class);
    }

    public long reviews() {
        return reviews;
    }

    /** Adds the reviews of a choice step. */
    void countReviews(long n) {
        reviews += n;
    }

    /** The expected-demand book (market.demand = expected), else null. */
    ExpectedDemand expectedDemand() {
        return expected;
    }

    /** Forgets the events of the previous tick (the events step starts a new tick). */
    void clearEvents() {
        events.clear();
    }

    /** The fixed user sample on which the firm evaluates offers (drawn on first use, shared by firms of the same size). */
    DemandSample demandSample(Firm firm) {
        int size = firm.strategy.sampleSize;
        return samples.computeIfAbsent(size, n -> new DemandSample(n, users, types, offers.alternatives(),
                streams.stream(Streams.SAMPLES, 0, n)));
    }

    /** Forgets the samples' cached utilities after a change within the tick (equilibrium iteration). */
    void invalidateSamples() {
        samples.values().forEach(DemandSample::invalidate);
    }

    /** The benchmarks of the qLearning firms, computed on the exact expected demand at first use. */
    LearningBenchmarks learningBenchmarks() {
        if (learningBenchmarks == null) {
            learningBenchmarks = LearningBenchmarks.of(this);
        }
        return learningBenchmarks;
    }

    /** True when some firm uses qLearning and every active one has converged (the run may stop). */
    public boolean learningConverged() {
        boolean any = false;
        for (Firm f : firms) {
            if (f.active && f.pricing instanceof QLearning q) {
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
        return expected != null ? expected.count(type, alt) : tally.count(type, alt);
    }

    /** Events applied in the current tick. */
    public List<EventRecord> events() {
        return events;
    }

    void record(EventRecord event) {
        events.add(event);
    }

    public Firm firm(String id) {
        return firms.stream().filter(f -> f.id.equals(id)).findFirst().orElseThrow();
    }

    public Platform platform(String id) {
        return platforms.stream().filter(p -> p.id.equals(id)).findFirst().orElseThrow();
    }

    /** The firm leaves the market now (for good, even if it never launched); its users re-choose. */
    void exit(Firm f, String reason) {
        if (f.exitTick >= 0) {
            return;
        }
        f.active = false;
        f.exitTick = tick();
        record(new EventRecord("exit", f.id, "", "", f.cash, reason));
    }

    /** [region][firm] shares at the end of the previous tick (what this tick's users read). */
    public double[][] regionFirmShare() {
        return regionFirmShare;
    }
}
