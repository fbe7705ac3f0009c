package chatshare.analysis;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.ui.Drawable;

/** Small multiples: a title and subtitle over panels laid out in rows of a fixed number of columns. */
final class Facets implements Drawable {
    private static final int HEADER = 56;

    private final String title;
    private final String subtitle;
    private final List<JFreeChart> panels;
    private final int columns;
    private final int panelWidth;
    private final int panelHeight;

    /** Two columns of panels 250 pixels high, as wide as a chart together. */
    Facets(String title, String subtitle, List<JFreeChart> panels) {
        this(title, subtitle, panels, 2, Charts.WIDTH / 2, 250);
    }

    Facets(String title, String subtitle, List<JFreeChart> panels, int columns, int panelWidth, int panelHeight) {
        this.title = title;
        this.subtitle = subtitle;
        this.panels = panels;
        this.columns = columns;
        this.panelWidth = panelWidth;
        this.panelHeight = panelHeight;
    }

    int width() {
        return columns * panelWidth;
    }

    int height() {
        return HEADER + (panels.size() + columns - 1) / columns * panelHeight;
    }

    List<JFreeChart> panels() {
        return panels;
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area) {
        g.setColor(Color.WHITE);
        g.fill(area);
        g.setColor(Color.BLACK);
        centre(g, new Font(Font.SANS_SERIF, Font.BOLD, 16), title, area, 22);
        centre(g, new Font(Font.SANS_SERIF, Font.PLAIN, 12), subtitle, area, 44);
        for (int k = 0; k < panels.size(); k++) {
            double x = area.getX() + (k % columns) * panelWidth;
            double y = area.getY() + HEADER + (k / columns) * panelHeight;
            panels.get(k).draw(g, new Rectangle2D.Double(x, y, panelWidth, panelHeight));
        }
    }

    private static void centre(Graphics2D g, Font font, String text, Rectangle2D area, int baseline) {
        g.setFont(font);
        FontMetrics m = g.getFontMetrics();
        g.drawString(text, (float) (area.getCenterX() - m.stringWidth(text) / 2.0), (float) (area.getY() + baseline));
    }
}
