package chatshare.gui;

import chatshare.config.SegmentsConfig;
import chatshare.model.Market;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JFrame;
import sim.display.Controller;
import sim.display.GUIState;
import sim.engine.SimState;
import sim.util.media.chart.TimeSeriesChartGenerator;

/**
 * The MASON Console's view of a {@link Market}: the same SimState that headless runs step,
 * plus displays and charts that only read it after each tick (they draw no random numbers),
 * so a config and seed give the same trajectory here as in {@code chatshare run}.
 */
public final class MarketWithUI extends GUIState {
    private final int sampleSize;
    private final List<JFrame> frames = new ArrayList<>();
    private PreferenceMap map;
    private NetworkView network;
    private MarketCharts charts;
    private final LiveProperties parameters;
    /** The firms of the current start (the Model tab's firm entries point to them). */
    private List<FirmView> firms = List.of();

    /** sampleSize: users drawn on the preference map. */
    public MarketWithUI(Market market, int sampleSize) {
        super(market);
        this.sampleSize = sampleSize;
        // MASON's Console builds the Model tab once, before the first start: the entries must exist now.
        this.parameters = modelParameters(market);
    }

    public static String getName() {
        return "ChatShare";
    }

    public static Object getInfo() {
        return "<h2>ChatShare</h2><p>An agent-based model of the AI-assistant market. The preference map shows a "
                + "sample of users by filtering ideal (x) and 1 / price sensitivity (y), coloured by the assistant "
                + "they use (grey: none), and the firms' offers as labelled squares. Double-click a firm to "
                + "inspect it; the Model tab edits live parameters between steps.</p>";
    }

    public Market market() {
        return (Market) state;
    }

    @Override
    public void init(Controller controller) {
        super.init(controller);
        map = new PreferenceMap(this);
        charts = new MarketCharts();
        WindowLayout layout = layout(charts.generators().size());
        map.display.setScale(layout.mapScale()); // the whole map visible on a small screen
        frames.add(frame(controller, map.display.createFrame(), "Preference map", layout.map()));
        int k = 0;
        for (TimeSeriesChartGenerator chart : charts.generators()) { // tiled in two columns right of the map
            frames.add(frame(controller, chart.createFrame(), chart.getTitle(), layout.charts().get(k++)));
        }
        if (market().config().market.social.equals("network")) {
            network = new NetworkView(this, map);
            frames.add(frame(controller, network.display.createFrame(), "Social network (sample)", layout.network()));
        }
    }

    /** The layout on the screen's usable area (without task bars). */
    static WindowLayout layout(int charts) {
        return WindowLayout.of(java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds(), charts);
    }

    /** Puts the Console below the map, in front of the other windows (call once it is visible). */
    public void placeConsole(JFrame console) {
        console.setBounds(layout(charts.generators().size()).console());
        console.toFront();
    }

    private static JFrame frame(Controller controller, JFrame frame, String title, java.awt.Rectangle bounds) {
        frame.setTitle(title);
        frame.setBounds(bounds);
        controller.registerFrame(frame);
        return frame;
    }

    @Override
    public void start() {
        super.start();
        setUpViews();
    }

    @Override
    public void load(SimState state) {
        super.load(state);
        setUpViews();
    }

    private void setUpViews() {
        Market m = market();
        firms = m.firms().stream().map(f -> new FirmView(m, f)).toList();
        map.start(m, sampleSize, firms);
        if (network != null) {
            network.start(m);
        }
        charts.start(m);
        scheduleRepeatingImmediatelyAfter(s -> {
            map.update();
            charts.update(m);
        });
        if (controller instanceof sim.display.Console console) {
            console.refresh();
        }
    }

    /** The Model tab: behavioural and regulatory parameters editable between steps, then the firms. */
    LiveProperties modelParameters(Market m) {
        LiveProperties p = new LiveProperties(m);
        for (String segment : SegmentsConfig.NAMES) {
            String at = "users.segments." + segment + ".";
            p.parameter(at + "reviewProb").parameter(at + "socialWeight").parameter(at + "habitWeight")
                    .parameter(at + "outsideUtility");
        }
        p.parameter("users.lockInTicks").parameter("market.firmDecisionEvery");
        for (String region : m.config().regulators.keySet()) {
            String at = "regulators." + region + ".";
            p.parameter(at + "fMin").parameter(at + "hazard").parameter(at + "fineRate");
        }
        p.reading("week", Integer.class, () -> Math.max(0, m.tick()))
                .reading("date", String.class, () -> m.date(Math.max(0, m.tick())).toString())
                .reading("outsideShare", Double.class, m.metrics::outsideShare)
                .reading("hhi", Double.class, m.metrics::hhi);
        for (String id : m.config().firms.keySet()) { // by id: a restart makes new Firm objects
            p.choice(id + " pricing rule", "Pricing strategy of " + id + "; applies from its next decision, like a "
                    + "setStrategy event", StrategyRules.PRICING, () -> m.live.strategyRule(id, true),
                    rule -> m.live.switchStrategy(id, rule, ""));
            p.choice(id + " filtering rule", "Filtering strategy of " + id + "; applies from its next decision",
                    StrategyRules.FILTERING, () -> m.live.strategyRule(id, false), rule -> m.live.switchStrategy(id, "", rule));
        }
        for (String id : m.config().firms.keySet()) {
            p.reading("firm " + id, FirmView.class,
                    () -> firms.stream().filter(f -> f.firm.id.equals(id)).findFirst().orElse(null));
        }
        return p;
    }

    @Override
    public Object getSimulationInspectedObject() {
        return (sim.util.Propertied) () -> parameters;
    }

    /** The Model tab refreshes every step (its readings change). */
    @Override
    public sim.portrayal.Inspector getInspector() {
        sim.portrayal.Inspector inspector = super.getInspector();
        inspector.setVolatile(true);
        return inspector;
    }

    @Override
    public void quit() {
        super.quit();
        frames.forEach(JFrame::dispose);
        frames.clear();
    }

    /** For the snapshot mode and tests: the preference map's display and the charts. */
    PreferenceMap preferenceMap() {
        return map;
    }

    MarketCharts charts() {
        return charts;
    }

    List<JFrame> frames() {
        return frames;
    }
}
