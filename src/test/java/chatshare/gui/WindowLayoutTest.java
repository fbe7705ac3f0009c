package chatshare.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The GUI's windows fit the screen (no display needed: the layout is arithmetic). */
class WindowLayoutTest {
    @Test
    void everyWindowFitsCommonScreensAndChartsDoNotOverlapTheMapOrEachOther() {
        for (Rectangle screen : List.of(new Rectangle(0, 0, 1366, 768), new Rectangle(0, 0, 1600, 1000),
                new Rectangle(0, 0, 1920, 1080), new Rectangle(0, 27, 1366, 741), new Rectangle(0, 0, 2560, 1440))) {
            WindowLayout layout = WindowLayout.of(screen, 6);
            List<Rectangle> all = new ArrayList<>(layout.charts());
            all.add(layout.map());
            all.add(layout.console());
            all.add(layout.network());
            for (Rectangle r : all) {
                assertTrue(screen.contains(r), screen + ": " + r + " runs off the screen");
            }
            List<Rectangle> tiles = new ArrayList<>(layout.charts());
            tiles.add(layout.map());
            for (int a = 0; a < tiles.size(); a++) {
                for (int b = a + 1; b < tiles.size(); b++) {
                    assertFalse(tiles.get(a).intersects(tiles.get(b)), screen + ": " + tiles.get(a) + " / " + tiles.get(b));
                }
            }
            assertTrue(layout.mapScale() <= 1 && layout.mapScale() > 0.5, screen + ": map at " + layout.mapScale());
            for (Rectangle chart : layout.charts()) {
                assertTrue(chart.width >= 300 && chart.height >= 240, screen + ": chart too small to read " + chart);
            }
            assertTrue(layout.console().height >= 400 || layout.console().height == screen.height);
        }
    }

    @Test
    void aLargeScreenShowsTheMapAtFullSize() {
        assertEquals(1.0, WindowLayout.of(new Rectangle(0, 0, 2560, 1440), 6).mapScale());
    }
}
