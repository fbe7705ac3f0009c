package chatshare.gui;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chatshare.config.ConfigLoader;
import chatshare.config.ExperimentConfig;
import chatshare.model.Firm;
import chatshare.model.Market;
import chatshare.model.TickObserver;
import chatshare.output.FirmColours;
import java.awt.Color;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sim.display.Console;

/** The real MASON Console and displays; needs a display (CI runs the tests under xvfb-run). */
class MarketWithUITest {
    private static final int STEPS = 50;

    @BeforeEach
    void needsADisplay() {
        chatshare.testing.Skip.unless(!GraphicsEnvironment.isHeadless(),
                "GUI tests (MarketWithUITest): no display (DISPLAY unset); run them under xvfb-run, as .ci/run does");
    }

    /** Baseline at 20 000 agents on the small-world network (so the network view is built too). */
    private static ExperimentConfig config() {
        return ConfigLoader.load(Path.of("experiments/baseline.json"),
                List.of("users.agents=20000", "market.social=network", "market.ticks=" + STEPS)).config();
    }

    /** Every firm's users, price, filtering and cash after every tick, as exact decimal text. */
    private static final class Trajectory implements TickObserver {
        final List<String> rows = new ArrayList<>();
        /** Counts the ticks down; awaiting it also makes the rows written on the model's thread visible. */
        final CountDownLatch ticks = new CountDownLatch(STEPS);

        @Override
        public void observe(Market m) {
            for (Firm f : m.firms()) {
                rows.add(m.tick() + " " + f.id + " " + f.week().users() + " " + f.offer().price() + " " + f.offer().filtering() + " " + f.accounts().cash());
            }
            ticks.countDown();
        }
    }

    @Test
    void theConsolePlays50StepsOfTheHeadlessTrajectory() throws Exception {
        Market headless = new Market(config(), 11, 2);
        Trajectory expected = new Trajectory();
        headless.addObserver(expected);
        headless.start();
        for (int t = 0; t < STEPS; t++) {
            headless.schedule.step(headless);
        }
        headless.finish();

        Market watched = new Market(config(), 11, 1);
        Trajectory seen = new Trajectory();
        watched.addObserver(seen);
        MarketWithUI gui = new MarketWithUI(watched, 5000);
        Console[] console = new Console[1];
        SwingUtilities.invokeAndWait(() -> {
            console[0] = new Console(gui);
            console[0].setWhenShouldPause(STEPS);
            console[0].setVisible(true);
            console[0].showAllFrames();
            console[0].pressPlay();
        });
        assertTrue(seen.ticks.await(120, TimeUnit.SECONDS), "the Console did not reach step " + STEPS);
        await("the Console pausing at step " + STEPS).atMost(120, TimeUnit.SECONDS)
                .until(() -> console[0].getPlayState() == Console.PS_PAUSED);
        SwingUtilities.invokeAndWait(() -> {
            console[0].pressStop();
            console[0].setVisible(false);
            console[0].dispose();
            gui.quit();
        });
        assertEquals(expected.rows, seen.rows);
    }

    @Test
    void theModelTabExistsBeforePlayAndAnEditMadeThenShapesTheRun() throws Exception {
        Market market = new Market(config(), 5, 1);
        MarketWithUI gui = new MarketWithUI(market, 1000);
        Console[] console = new Console[1];
        SwingUtilities.invokeAndWait(() -> console[0] = new Console(gui));
        try {
            sim.portrayal.Inspector tab = console[0].getModelInspector();
            assertTrue(tab != null && tab.isVolatile(), "the Model tab is built with the Console and refreshes");
            var p = ((sim.util.Propertied) gui.getSimulationInspectedObject()).properties();
            int review = -1;
            int week = -1;
            for (int i = 0; i < p.numProperties(); i++) {
                review = p.getName(i).equals("users.segments.consumer.reviewProb") ? i : review;
                week = p.getName(i).equals("week") ? i : week;
            }
            p.setValue(review, "0.3");
            gui.start();
            for (int t = 0; t < 3; t++) {
                gui.step();
            }
            assertEquals(0.3, market.config().users.segments.consumer.reviewProb, "the edit survives start()");
            assertEquals(2, p.getValue(week));
        } finally {
            SwingUtilities.invokeAndWait(() -> {
                console[0].dispose();
                gui.quit();
            });
        }
    }

    @Test
    void theSnapshotShowsEveryFirmsUsersAndTheShareChart(@TempDir Path dir) throws IOException {
        Market market = new Market(config(), 3, 2);
        List<Path> files = Snapshot.write(market, 20000, 20, dir.resolve("map.png"), t -> { });
        assertEquals(List.of(dir.resolve("map.png"), dir.resolve("map-shares.png")), files);

        Set<Integer> mapColours = colours(ImageIO.read(files.get(0).toFile()));
        for (Color c : FirmColours.of(market.firms().stream().map(f -> f.id).toList()).values()) {
            assertTrue(mapColours.contains(c.getRGB()), "a firm's colour is missing from the map: " + c);
        }
        assertTrue(mapColours.contains(FirmColours.NONE.getRGB()), "users of no assistant are drawn");
        assertTrue(colours(ImageIO.read(files.get(1).toFile())).size() >= 7, "share chart: a line per firm + none");
    }

    @Test
    void aReplayedRunRepeatsTheStoredRowsOfItsFirst50Ticks(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("sweep.json");
        java.nio.file.Files.writeString(config, """
                { "extends": "%s", "users": { "agents": 5000 }, "market": { "ticks": 60 },
                  "sweep": { "replicates": 2, "seed": 8, "parameters": { "firms.grok.price": { "values": [9, 21] } } } }
                """.formatted(Path.of("experiments/baseline.json").toAbsolutePath()));
        Path sweep = dir.resolve("sweep");
        assertEquals(0, chatshare.cli.Main.execute(new java.io.PrintWriter(java.io.Writer.nullWriter()), "sweep",
                config.toString(), "--out", sweep.toString(), "--quiet"));

        chatshare.experiment.StoredRun stored = chatshare.experiment.StoredRun.find(sweep, "p0001-r001");
        var loaded = stored.load();
        Market replayed = new Market(loaded.config(), loaded.config().market.seed, 2);
        Path out = dir.resolve("replay");
        java.nio.file.Files.createDirectories(out);
        try (var outputs = new chatshare.output.RunOutputs(out,
                new chatshare.output.RunLabel(stored.id(), 1, stored.seed()), false, false)) {
            replayed.addObserver(outputs);
            MarketWithUI gui = new MarketWithUI(replayed, 1000);
            new sim.display.SimpleController(gui, false);
            gui.start();
            for (int t = 0; t < STEPS; t++) {
                gui.step();
            }
            outputs.commit();
            gui.finish();
            gui.quit();
        }
        List<String> expected = java.nio.file.Files.readAllLines(sweep.resolve("runs/p0001-r001/firms.csv"));
        List<String> seen = java.nio.file.Files.readAllLines(out.resolve("firms.csv"));
        int rows = 1 + STEPS * replayed.firms().size();
        assertEquals(rows, seen.size());
        assertEquals(expected.subList(0, rows), seen);
    }

    /** Regression: on a 1600 x 1000 screen the charts ran off to x = 1710 and the Console opened under the map. */
    @Test
    void windowsFitTheScreenWithTheConsoleBelowTheMapAndChartsShowDates() throws Exception {
        Market market = new Market(config(), 4, 1);
        MarketWithUI gui = new MarketWithUI(market, 1000);
        Console[] console = new Console[1];
        SwingUtilities.invokeAndWait(() -> {
            console[0] = new Console(gui);
            console[0].setVisible(true);
            console[0].showAllFrames();
            gui.placeConsole(console[0]);
        });
        try {
            java.awt.Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
            for (javax.swing.JFrame f : gui.frames()) {
                assertTrue(screen.contains(f.getBounds()), f.getTitle() + " at " + f.getBounds() + " off " + screen);
            }
            assertTrue(screen.contains(console[0].getBounds()), "Console at " + console[0].getBounds());
            assertEquals(MarketWithUI.layout(6).console(), console[0].getBounds());
            gui.start();
            for (int t = 0; t < 3; t++) {
                gui.step();
            }
            SwingUtilities.invokeAndWait(() -> gui.charts().flush());
            var plot = gui.charts().shares.getChart().getXYPlot();
            assertTrue(plot.getDomainAxis() instanceof org.jfree.chart.axis.DateAxis, "dates on the x axis");
            double first = plot.getDataset().getXValue(0, 0);
            assertEquals(market.date(0).atStartOfDay(java.time.ZoneOffset.UTC).toInstant().toEpochMilli(), first);
        } finally {
            SwingUtilities.invokeAndWait(() -> {
                console[0].dispose();
                gui.quit();
            });
        }
    }

    private static Set<Integer> colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen;
    }
}
