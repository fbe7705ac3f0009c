package chatshare.gui;

import chatshare.model.Market;
import chatshare.output.AtomicOutput;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntConsumer;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import javax.imageio.ImageIO;
import javax.swing.JFrame;
import sim.display.Display2D;
import sim.display.SimpleController;

/**
 * The GUI without a Console: steps a market for some ticks through {@link MarketWithUI} (same
 * displays and charts as on screen) and writes PNGs of the preference map and the share chart.
 * Needs a display, which may be virtual (xvfb-run).
 */
public final class Snapshot {
    private static final int CHART_WIDTH = 900;
    private static final int CHART_HEIGHT = 560;

    private Snapshot() {
    }

    private static void invokeAndWait(Runnable r) throws IOException {
        try {
            javax.swing.SwingUtilities.invokeAndWait(r);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while drawing", e);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Writes the preference map to png and the share chart next to it (NAME-shares.png); returns both paths. */
    public static List<Path> write(Market market, int sampleSize, int ticks, Path png, IntConsumer tickDone)
            throws IOException {
        MarketWithUI gui = new MarketWithUI(market, sampleSize);
        new SimpleController(gui, false);
        try {
            gui.start();
            for (int t = 0; t < ticks; t++) {
                gui.step();
                tickDone.accept(t + 1);
            }
            Path shares = png.resolveSibling(png.getFileName().toString().replaceFirst("(?i)\\.png$", "") + "-shares.png");
            Display2D map = gui.preferenceMap().display;
            BufferedImage image = new BufferedImage(PreferenceMap.WIDTH, PreferenceMap.HEIGHT, BufferedImage.TYPE_INT_RGB);
            BufferedImage chart = new BufferedImage(CHART_WIDTH, CHART_HEIGHT, BufferedImage.TYPE_INT_RGB);
            invokeAndWait(() -> { // on the Swing thread, after the chart updates queued there
                map.setScale(1.0); // the on-screen layout may have shrunk it to fit the screen
                ((JFrame) map.getFrame()).pack(); // lays out the view MASON paints
                Graphics2D g = image.createGraphics();
                map.insideDisplay.paintComponent(g);
                g.dispose();
                gui.charts().flush();
                Graphics2D c = chart.createGraphics();
                gui.charts().shares.getChart().draw(c, new java.awt.Rectangle(0, 0, CHART_WIDTH, CHART_HEIGHT));
                c.dispose();
            });
            AtomicOutput.replace(png, temp -> ImageIO.write(image, "png", temp.toFile()));
            AtomicOutput.replace(shares, temp -> ImageIO.write(chart, "png", temp.toFile()));
            return List.of(png, shares);
        } finally {
            gui.finish();
            gui.quit();
        }
    }
}
