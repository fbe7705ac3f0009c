package chatshare.gui;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the GUI's windows go on a screen (its usable bounds): the preference map top left,
 * scaled down to fit; the Console below it (in front, overlapping the map's bottom where the
 * screen is short); the charts tiled in two columns over the rest, so nothing runs off a screen
 * of 1366 x 768 or larger.
 */
record WindowLayout(Rectangle map, double mapScale, Rectangle console, List<Rectangle> charts, Rectangle network) {
    /** Frame decorations and the Display2D's button bar around the map's drawing area. */
    static final int MAP_CHROME_WIDTH = 34;
    static final int MAP_CHROME_HEIGHT = 80;
    static final int CONSOLE_WIDTH = 480;
    static final int CONSOLE_HEIGHT = 420;
    private static final int CHART_COLUMNS = 2;

    static WindowLayout of(Rectangle screen, int charts) {
        double scale = Math.min(1.0, Math.min((screen.width * 0.46 - MAP_CHROME_WIDTH) / PreferenceMap.WIDTH,
                (screen.height * 0.75 - MAP_CHROME_HEIGHT) / PreferenceMap.HEIGHT));
        int mapWidth = (int) Math.round(PreferenceMap.WIDTH * scale) + MAP_CHROME_WIDTH;
        int mapHeight = (int) Math.round(PreferenceMap.HEIGHT * scale) + MAP_CHROME_HEIGHT;
        Rectangle map = new Rectangle(screen.x, screen.y, mapWidth, mapHeight);
        int consoleHeight = Math.min(CONSOLE_HEIGHT, screen.height);
        int consoleWidth = Math.min(CONSOLE_WIDTH, mapWidth);
        Rectangle console = new Rectangle(screen.x, screen.y + Math.max(mapHeight, 0) + consoleHeight > screen.y + screen.height
                ? screen.y + screen.height - consoleHeight : screen.y + mapHeight, consoleWidth, consoleHeight);
        int rows = (charts + CHART_COLUMNS - 1) / CHART_COLUMNS;
        int chartWidth = (screen.width - mapWidth) / CHART_COLUMNS;
        int chartHeight = rows == 0 ? 0 : screen.height / rows;
        List<Rectangle> tiles = new ArrayList<>();
        for (int k = 0; k < charts; k++) {
            tiles.add(new Rectangle(screen.x + mapWidth + (k % CHART_COLUMNS) * chartWidth,
                    screen.y + (k / CHART_COLUMNS) * chartHeight, chartWidth, chartHeight));
        }
        // the optional network view: over the charts' area (it is opened on demand from the Displays tab)
        Rectangle network = new Rectangle(screen.x + mapWidth, screen.y, Math.min(mapWidth, screen.width - mapWidth),
                Math.min(mapHeight, screen.height));
        return new WindowLayout(map, scale, console, tiles, network);
    }
}
