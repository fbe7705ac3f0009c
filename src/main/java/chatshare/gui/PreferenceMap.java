package chatshare.gui;

import chatshare.model.Firm;
import chatshare.model.Market;
import chatshare.model.Population;
import chatshare.output.FirmColours;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.field.continuous.Continuous2D;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;
import sim.portrayal.Portrayal;
import sim.portrayal.SimplePortrayal2D;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.portrayal.simple.RectanglePortrayal2D;
import sim.util.Double2D;

/**
 * The preference map (see {@link MapAxes}): a fixed sample of users coloured by their current
 * assistant (grey = none) and the firms as labelled, inspectable squares at their (filtering,
 * price) offer. Only the sample is drawn, so the cost per frame does not grow with the market.
 */
final class PreferenceMap {
    static final int WIDTH = 780;
    static final int HEIGHT = 620;
    /** Where the data layers are drawn, in display pixels; axes and legend go around it. */
    private static final Rectangle2D.Double PLOT = new Rectangle2D.Double(70, 30, 540, 540);

    final Display2D display;
    private final Continuous2D firmsField = new Continuous2D(1.0, 1.0, 1.0);
    private final ContinuousPortrayal2D firmsPortrayal = new ContinuousPortrayal2D();
    private Market market;
    private int[] sample = new int[0];
    private float[] sampleX = new float[0];
    private float[] sampleY = new float[0];
    private Color[] colours = new Color[0];
    private List<String> names = List.of();
    private List<FirmView> firms = List.of();

    PreferenceMap(GUIState gui) {
        display = new Display2D(WIDTH, HEIGHT, gui);
        display.setBackdrop(Color.WHITE);
        display.setClipping(false);
        display.attach(new Frame(), "Axes and legend", new Rectangle2D.Double(0, 0, WIDTH, HEIGHT), true);
        display.attach(new UserCloud(), "Users (sample)", PLOT, true);
        display.attach(firmsPortrayal, "Firms", PLOT, true);
        display.attach(new FirmLabels(), "Firm names", PLOT, true);
        firmsPortrayal.setField(firmsField);
    }

    /** Takes the sample of a freshly started market and places the firms. */
    void start(Market m, int sampleSize, List<FirmView> views) {
        market = m;
        firms = views;
        sample = UserSample.of(m.agents(), sampleSize);
        sampleX = new float[sample.length];
        sampleY = new float[sample.length];
        for (int k = 0; k < sample.length; k++) {
            sampleX[k] = m.users().filterIdeal[sample[k]];
            sampleY[k] = (float) MapAxes.userY(m.users().priceSensitivity[sample[k]]);
        }
        names = m.firms().stream().map(f -> f.name).toList();
        colours = FirmColours.of(m.firms().stream().map(f -> f.id).toList()).values().toArray(Color[]::new);
        firmsField.clear();
        for (FirmView v : views) {
            // names are drawn by FirmLabels, which keeps them apart (MASON's labels overlap at equal offers)
            firmsPortrayal.setPortrayalForObject(v, new RectanglePortrayal2D(colours[v.firm.index], 0.03, true));
        }
        update();
    }

    /** Moves the firm markers to their current offers; exited firms disappear. */
    void update() {
        for (FirmView v : firms) {
            if (v.firm.active()) {
                firmsField.setObjectLocation(v, new Double2D(v.firm.offer().filtering(), MapAxes.y(v.firm.offer().price())));
            } else {
                firmsField.remove(v);
            }
        }
    }

    /** Colour of a user's choice (0 = none). */
    Color colourOf(int choice) {
        return choice == 0 ? FirmColours.NONE : colours[Firm.firmOf(choice)];
    }

    /** The sampled users as dots; non-users first so that adopters stay visible. */
    private final class UserCloud extends FieldPortrayal2D {
        @Override
        public void draw(Object object, Graphics2D g, DrawInfo2D info) {
            if (market == null) {
                return;
            }
            byte[] choice = market.users().choice;
            int dot = Math.max(2, (int) Math.round(info.draw.width / 300));
            for (boolean adopters : new boolean[] {false, true}) {
                for (int k = 0; k < sample.length; k++) {
                    int c = choice[sample[k]];
                    if ((c != 0) == adopters) {
                        g.setColor(colourOf(c));
                        g.fillRect((int) (info.draw.x + sampleX[k] * info.draw.width),
                                (int) (info.draw.y + sampleY[k] * info.draw.height), dot, dot);
                    }
                }
            }
        }

        @Override
        public Portrayal getDefaultPortrayal() {
            return new SimplePortrayal2D();
        }
    }

    /** The active firms' names right of their markers, moved apart where they would overlap. */
    private final class FirmLabels extends FieldPortrayal2D {
        @Override
        public void draw(Object object, Graphics2D g, DrawInfo2D info) {
            List<FirmView> active = firms.stream().filter(v -> v.firm.active()).toList();
            if (active.isEmpty()) {
                return;
            }
            double s = info.draw.width / PLOT.width;
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.max(9, 12 * s)));
            java.awt.FontMetrics metrics = g.getFontMetrics();
            int n = active.size();
            double[] x = new double[n];
            double[] y = new double[n];
            double[] width = new double[n];
            for (int k = 0; k < n; k++) {
                chatshare.model.Firm f = active.get(k).firm;
                x[k] = info.draw.x + f.offer().filtering() * info.draw.width + 0.02 * info.draw.width;
                y[k] = info.draw.y + MapAxes.y(f.offer().price()) * info.draw.height - metrics.getAscent() / 2.0;
                width[k] = metrics.stringWidth(f.name);
            }
            double[] top = LabelPlacement.place(x, y, width, metrics.getHeight());
            g.setColor(Color.BLACK);
            for (int k = 0; k < n; k++) {
                g.drawString(active.get(k).firm.name, (float) x[k], (float) (top[k] + metrics.getAscent()));
            }
        }

        @Override
        public Portrayal getDefaultPortrayal() {
            return new SimplePortrayal2D();
        }
    }

    /** Axes with tick labels, the legend and the current date. */
    private final class Frame extends FieldPortrayal2D {
        @Override
        public void draw(Object object, Graphics2D g, DrawInfo2D info) {
            double s = info.draw.width / WIDTH;
            double x0 = info.draw.x + PLOT.x * s;
            double y0 = info.draw.y + PLOT.y * s;
            double w = PLOT.width * s;
            double h = PLOT.height * s;
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.max(9, 12 * s)));
            g.setColor(Color.DARK_GRAY);
            g.setStroke(new BasicStroke(1f));
            g.draw(new Rectangle2D.Double(x0, y0, w, h));
            for (double f = 0; f <= 1.0001; f += 0.25) {
                int x = (int) (x0 + f * w);
                g.drawLine(x, (int) (y0 + h), x, (int) (y0 + h + 5 * s));
                g.drawString(String.format("%.2f", f), x - (int) (12 * s), (int) (y0 + h + 18 * s));
            }
            for (double d : new double[] {1, 3, 10, 30, 100, 300}) {
                int y = (int) (y0 + MapAxes.y(d) * h);
                g.drawLine((int) (x0 - 5 * s), y, (int) x0, y);
                g.drawString("$" + (int) d, (int) (x0 - 42 * s), y + (int) (4 * s));
            }
            g.drawString("filtering (user: ideal level; firm: its level)", (int) (x0 + w / 2 - 130 * s),
                    (int) (y0 + h + 36 * s));
            g.drawString("$ / month (user: 1 / price sensitivity; firm: price), log scale", (int) x0,
                    (int) (y0 - 12 * s));
            drawLegend(g, x0 + w + 18 * s, y0 + 10 * s, s);
        }

        private void drawLegend(Graphics2D g, double x, double y, double s) {
            if (market != null) {
                g.setColor(Color.BLACK);
                g.drawString("week " + Math.max(0, market.tick()) + "  " + market.date(Math.max(0, market.tick())), (int) x, (int) y);
            }
            for (int k = 0; k <= names.size(); k++) {
                double row = y + (k + 1) * 20 * s;
                g.setColor(k < names.size() ? colours[k] : FirmColours.NONE);
                g.fill(new Rectangle2D.Double(x, row - 10 * s, 12 * s, 12 * s));
                g.setColor(Color.BLACK);
                g.drawString(k < names.size() ? names.get(k) : "none", (int) (x + 18 * s), (int) row);
            }
        }

        @Override
        public Portrayal getDefaultPortrayal() {
            return new SimplePortrayal2D();
        }
    }
}
