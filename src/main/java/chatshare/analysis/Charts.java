package chatshare.analysis;

import chatshare.output.AtomicOutput;
import chatshare.output.FirmColours;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Rectangle;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtilities;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.graphics2d.svg.SVGGraphics2D;
import org.jfree.ui.Drawable;
import org.jfree.ui.RectangleEdge;

/**
 * The charts ChatShare draws (JFreeChart, headless): trajectories with replicate bands,
 * sensitivity bars and a two-parameter heat map, saved as PNG or SVG by file extension.
 */
public final class Charts {
    public static final int WIDTH = 900;
    public static final int HEIGHT = 540;
    /** Series colours when series are scenarios rather than firms. */
    private static final List<Color> SCENARIOS = List.of(new Color(0x1F77B4), new Color(0xFF7F0E), new Color(0x2CA02C),
            new Color(0xD62728), new Color(0x9467BD), new Color(0x8C564B), new Color(0xE377C2), new Color(0x7F7F7F),
            new Color(0xBCBD22), new Color(0x17BECF));

    private Charts() {
    }

    /** More lines than this in one scenario comparison cannot be told apart: draw small multiples instead. */
    static final int MAX_LINES = 4;

    /**
     * A scenario comparison (one band per scenario, the first the reference): one chart while
     * there are at most {@value #MAX_LINES} lines, else small multiples, one panel per scenario
     * with the reference in grey behind it, on a shared y range.
     */
    public static Drawable comparison(String title, String subtitle, String yLabel, List<Bands.Band> bands) {
        if (bands.size() <= MAX_LINES) {
            return trajectories(title, subtitle, yLabel, bands, false);
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Bands.Band b : bands) {
            for (int t = 0; t < b.mean().length; t++) {
                lo = Math.min(lo, Math.min(b.low()[t], b.mean()[t]));
                hi = Math.max(hi, Math.max(b.high()[t], b.mean()[t]));
            }
        }
        double pad = hi > lo ? 0.05 * (hi - lo) : 1e-9;
        List<JFreeChart> panels = new java.util.ArrayList<>();
        Bands.Band reference = bands.get(0);
        for (int k = 0; k < bands.size(); k++) {
            Bands.Band b = bands.get(k);
            List<Bands.Band> pair = k == 0 ? List.of(b) : List.of(reference, b);
            JFreeChart panel = trajectories(b.name(), "", yLabel, pair, false);
            XYPlot plot = panel.getXYPlot();
            DeviationRenderer r = (DeviationRenderer) plot.getRenderer();
            Color own = SCENARIOS.get(k % SCENARIOS.size());
            int mine = pair.size() - 1;
            r.setSeriesPaint(mine, own);
            r.setSeriesFillPaint(mine, own);
            if (k > 0) {
                r.setSeriesPaint(0, Color.GRAY);
                r.setSeriesFillPaint(0, Color.LIGHT_GRAY);
                r.setSeriesStroke(0, new BasicStroke(1f));
            }
            plot.getRangeAxis().setRange(Double.isFinite(lo) ? lo - pad : 0, Double.isFinite(hi) ? hi + pad : 1);
            panel.removeLegend();
            panel.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
            plot.getDomainAxis().setLabel(null); // dates speak for themselves; the panels stay readable
            plot.getRangeAxis().setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            panels.add(panel);
        }
        return new Facets(title, subtitle + (subtitle.isEmpty() ? "" : "; ") + "grey: " + reference.name(), panels);
    }

    /** Lines (means) over dates with translucent 95% CI bands; colours by firm, or by order when byFirm is false. */
    public static JFreeChart trajectories(String title, String subtitle, String yLabel, List<Bands.Band> bands,
            boolean byFirm) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        for (Bands.Band b : bands) {
            YIntervalSeries s = new YIntervalSeries(b.name());
            for (int t = 0; t < b.mean().length; t++) {
                double x = b.dates().get(t).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
                s.add(x, b.mean()[t], b.low()[t], b.high()[t]);
            }
            data.addSeries(s);
        }
        JFreeChart chart = ChartFactory.createTimeSeriesChart(title, "date", yLabel, data, true, false, false);
        XYPlot plot = chart.getXYPlot();
        ((DateAxis) plot.getDomainAxis()).setTimeZone(java.util.TimeZone.getTimeZone("UTC"));
        // room for the last date label, which is centred on the right edge ("Jan-202" otherwise)
        chart.setPadding(new org.jfree.ui.RectangleInsets(4, 4, 4, 28));
        Map<String, Color> firms = FirmColours.of(bands.stream().map(Bands.Band::name).toList());
        List<Color> colours = new java.util.ArrayList<>();
        for (int k = 0; k < bands.size(); k++) {
            String name = bands.get(k).name();
            colours.add(!byFirm ? SCENARIOS.get(k % SCENARIOS.size()) : name.equals("none") ? FirmColours.NONE : firms.get(name));
        }
        return banded(chart, colours, subtitle);
    }

    /** A series over a numeric x: x, mean and 95% CI (low, high) at each point. */
    public record XySeries(String name, double[] x, double[] mean, double[] low, double[] high) {
    }

    /** Lines (means) over a numeric x with translucent 95% CI bands, coloured by order. */
    public static JFreeChart lines(String title, String subtitle, String xLabel, String yLabel, List<XySeries> series) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        List<Color> colours = new java.util.ArrayList<>();
        for (XySeries b : series) {
            YIntervalSeries s = new YIntervalSeries(b.name());
            for (int k = 0; k < b.x().length; k++) {
                s.add(b.x()[k], b.mean()[k], b.low()[k], b.high()[k]);
            }
            data.addSeries(s);
            colours.add(SCENARIOS.get(colours.size() % SCENARIOS.size()));
        }
        JFreeChart chart = ChartFactory.createXYLineChart(title, xLabel, yLabel, data, PlotOrientation.VERTICAL, true,
                false, false);
        ((NumberAxis) chart.getXYPlot().getRangeAxis()).setAutoRangeIncludesZero(false);
        return banded(chart, colours, subtitle);
    }

    private static JFreeChart banded(JFreeChart chart, List<Color> colours, String subtitle) {
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        for (int k = 0; k < colours.size(); k++) {
            renderer.setSeriesPaint(k, colours.get(k));
            renderer.setSeriesFillPaint(k, colours.get(k));
            renderer.setSeriesStroke(k, new BasicStroke(2f));
        }
        renderer.setAlpha(0.2f);
        chart.getXYPlot().setRenderer(renderer);
        if (!subtitle.isEmpty()) {
            chart.addSubtitle(new org.jfree.chart.title.TextTitle(subtitle));
        }
        return style(chart);
    }

    /** Grouped bars: one group per parameter, one bar per measure (e.g. mu* and sigma, or S1 and ST). */
    public static JFreeChart bars(String title, String yLabel, List<String> parameters, Map<String, double[]> measures) {
        return bars(title, yLabel, parameters, measures, Map.of());
    }

    /**
     * Grouped bars with error bars: intervals maps a measure to its {low[], high[]} (e.g. the
     * bootstrap 95% CIs of Sobol indices); measures without one get no error bar.
     */
    public static JFreeChart bars(String title, String yLabel, List<String> parameters, Map<String, double[]> measures,
            Map<String, double[][]> intervals) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        measures.forEach((measure, values) -> {
            for (int k = 0; k < parameters.size(); k++) {
                data.addValue(values[k], measure, parameters.get(k));
            }
        });
        JFreeChart chart = ChartFactory.createBarChart(title, "parameter", yLabel, data, PlotOrientation.HORIZONTAL,
                true, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        List<double[][]> bars = measures.keySet().stream().map(m -> intervals.get(m)).toList();
        ErrorBarRenderer renderer = new ErrorBarRenderer(bars);
        plot.setRenderer(renderer);
        for (int k = 0; k < measures.size(); k++) {
            renderer.setSeriesPaint(k, SCENARIOS.get(k));
        }
        renderer.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        renderer.setShadowVisible(false);
        if (!intervals.isEmpty()) {
            chart.addSubtitle(new org.jfree.chart.title.TextTitle("error bars: 95% confidence intervals"));
        }
        return style(chart);
    }

    /** Labelled points, e.g. Morris mu* (x) against sigma (y), one per parameter. */
    public static JFreeChart scatter(String title, String xLabel, String yLabel, List<String> labels, double[] x,
            double[] y) {
        org.jfree.data.xy.XYSeries points = new org.jfree.data.xy.XYSeries("parameters", false);
        for (int k = 0; k < x.length; k++) {
            points.add(x[k], y[k]);
        }
        JFreeChart chart = ChartFactory.createScatterPlot(title, xLabel, yLabel,
                new org.jfree.data.xy.XYSeriesCollection(points), PlotOrientation.VERTICAL, false, false, false);
        XYPlot plot = chart.getXYPlot();
        plot.getRenderer().setSeriesPaint(0, SCENARIOS.get(0));
        plot.getRenderer().setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-4, -4, 8, 8));
        double xMax = java.util.Arrays.stream(x).filter(Double::isFinite).max().orElse(1);
        double yMax = java.util.Arrays.stream(y).filter(Double::isFinite).max().orElse(1);
        ((NumberAxis) plot.getDomainAxis()).setRange(0, xMax > 0 ? xMax * 1.25 : 1); // room for the labels
        ((NumberAxis) plot.getRangeAxis()).setRange(0, yMax > 0 ? yMax * 1.15 : 1);
        for (int k = 0; k < x.length; k++) {
            org.jfree.chart.annotations.XYTextAnnotation label =
                    new org.jfree.chart.annotations.XYTextAnnotation(" " + labels.get(k), x[k], y[k]);
            label.setTextAnchor(org.jfree.ui.TextAnchor.BOTTOM_LEFT);
            label.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            plot.addAnnotation(label);
        }
        return style(chart);
    }

    /**
     * A scatter matrix of a weighted sample (e.g. an ABC posterior): panel (row i, column j) plots
     * parameter j (x) against parameter i (y), the diagonal the weighted histogram of parameter i;
     * axes span each parameter's range [lo, hi] (its prior box), so a narrow cloud means the data
     * identify the parameter.
     */
    public static Drawable pairs(String title, String subtitle, List<String> names, double[][] sample, double[] weights,
            double[] lo, double[] hi) {
        int k = names.size();
        int bins = 12;
        List<JFreeChart> panels = new java.util.ArrayList<>();
        Font small = new Font(Font.SANS_SERIF, Font.PLAIN, 9);
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                JFreeChart panel;
                if (i == j) {
                    org.jfree.data.xy.XYSeries bars = new org.jfree.data.xy.XYSeries(names.get(i), true);
                    double width = (hi[i] - lo[i]) / bins;
                    double[] mass = new double[bins];
                    for (int n = 0; n < sample.length; n++) {
                        // clamped both ways: a draw outside the box (the targets file changed since) lands in the edge bin
                        mass[Math.max(0, Math.min(bins - 1, (int) Math.floor((sample[n][i] - lo[i]) / width)))] += weights[n];
                    }
                    for (int b = 0; b < bins; b++) {
                        bars.add(lo[i] + (b + 0.5) * width, mass[b]);
                    }
                    panel = ChartFactory.createXYBarChart(null, null, false, null, new org.jfree.data.xy.XYBarDataset(
                            new org.jfree.data.xy.XYSeriesCollection(bars), width), PlotOrientation.VERTICAL, false, false, false);
                    org.jfree.chart.renderer.xy.XYBarRenderer r = (org.jfree.chart.renderer.xy.XYBarRenderer) panel.getXYPlot().getRenderer();
                    r.setBarPainter(new org.jfree.chart.renderer.xy.StandardXYBarPainter());
                    r.setShadowVisible(false);
                    r.setSeriesPaint(0, SCENARIOS.get(0));
                } else {
                    org.jfree.data.xy.XYSeries points = new org.jfree.data.xy.XYSeries("draws", false);
                    for (double[] theta : sample) {
                        points.add(theta[j], theta[i]);
                    }
                    panel = ChartFactory.createScatterPlot(null, null, null, new org.jfree.data.xy.XYSeriesCollection(points),
                            PlotOrientation.VERTICAL, false, false, false);
                    panel.getXYPlot().getRenderer().setSeriesPaint(0, SCENARIOS.get(0));
                    panel.getXYPlot().getRenderer().setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-2, -2, 4, 4));
                    NumberAxis y = (NumberAxis) panel.getXYPlot().getRangeAxis();
                    y.setRange(lo[i], hi[i]);
                }
                XYPlot plot = panel.getXYPlot();
                NumberAxis x = (NumberAxis) plot.getDomainAxis();
                x.setRange(lo[j], hi[j]);
                // labels only on the outer row and column, as in R's pairs(): the panels stay readable
                x.setLabel(i == k - 1 ? shortName(names.get(j)) : null);
                plot.getRangeAxis().setLabel(j == 0 ? shortName(names.get(i)) : null);
                for (org.jfree.chart.axis.ValueAxis a : List.of(plot.getDomainAxis(), plot.getRangeAxis())) {
                    a.setTickLabelFont(small);
                    a.setLabelFont(small);
                }
                panel.setBackgroundPaint(Color.WHITE);
                plot.setBackgroundPaint(Color.WHITE);
                plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
                plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
                panels.add(panel);
            }
        }
        int size = Math.max(120, Math.min(220, 1200 / Math.max(1, k)));
        return new Facets(title, subtitle, panels, k, size, size);
    }

    /**
     * A parameter path without its container (users.segments.consumer.priceSensitivity:
     * consumer.priceSensitivity; firms.claude.reach.consumer: claude.reach.consumer), so firms'
     * keys of the same name stay apart.
     */
    private static String shortName(String path) {
        return path.replaceFirst("^(users\\.segments\\.|users\\.|firms\\.|platforms\\.|regulators\\.|market\\.)", "");
    }

    /**
     * A heat map of z over a grid; x and y are cell indices into the axis labels (so uneven grids
     * get equal cells); cells coloured from white (min) to dark blue (max).
     */
    public static JFreeChart heatMap(String title, String xLabel, String[] xTicks, String yLabel, String[] yTicks,
            String zLabel, double[] x, double[] y, double[] z) {
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries(zLabel, new double[][] {x, y, z});
        double lo = java.util.Arrays.stream(z).filter(Double::isFinite).min().orElse(0);
        double hi = java.util.Arrays.stream(z).filter(Double::isFinite).max().orElse(1);
        if (hi <= lo) {
            hi = lo + 1e-9;
        }
        LookupPaintScale scale = new LookupPaintScale(lo, hi, Color.LIGHT_GRAY);
        Color from = new Color(0xF7FBFF);
        Color to = new Color(0x08306B);
        int steps = 50;
        for (int k = 0; k < steps; k++) {
            double f = k / (steps - 1.0);
            scale.add(lo + f * (hi - lo), blend(from, to, f));
        }
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(scale);
        XYPlot plot = new XYPlot(data, new SymbolAxis(xLabel, xTicks), new SymbolAxis(yLabel, yTicks), renderer);
        for (int k = 0; k < z.length; k++) { // each cell's value, readable on light and dark cells
            if (Double.isFinite(z[k])) {
                org.jfree.chart.annotations.XYTextAnnotation label = new org.jfree.chart.annotations.XYTextAnnotation(
                        String.format(java.util.Locale.ROOT, "%.3f", z[k]), x[k], y[k]);
                label.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
                label.setPaint((z[k] - lo) / (hi - lo) > 0.55 ? Color.WHITE : Color.BLACK);
                plot.addAnnotation(label);
            }
        }
        JFreeChart chart = new JFreeChart(title, plot);
        chart.removeLegend();
        PaintScaleLegend legend = new PaintScaleLegend(scale, new NumberAxis(zLabel));
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setMargin(4, 4, 40, 4);
        chart.addSubtitle(legend);
        return style(chart);
    }

    private static Paint blend(Color a, Color b, double f) {
        return new Color((int) (a.getRed() + f * (b.getRed() - a.getRed())), (int) (a.getGreen() + f * (b.getGreen() - a.getGreen())),
                (int) (a.getBlue() + f * (b.getBlue() - a.getBlue())));
    }

    private static JFreeChart style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getPlot().setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        if (chart.getPlot() instanceof XYPlot p) {
            p.setDomainGridlinePaint(Color.LIGHT_GRAY);
            p.setRangeGridlinePaint(Color.LIGHT_GRAY);
        } else if (chart.getPlot() instanceof CategoryPlot p) {
            p.setRangeGridlinePaint(Color.LIGHT_GRAY);
        }
        return chart;
    }

    /** Writes the chart (or small multiples) as SVG (file name ending in .svg) or PNG, atomically. */
    public static void save(Drawable chart, Path file) throws IOException {
        boolean svg = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".svg");
        int width = chart instanceof Facets f ? f.width() : WIDTH;
        int height = chart instanceof Facets f ? f.height() : HEIGHT;
        AtomicOutput.replace(file, temp -> {
            try (OutputStream out = Files.newOutputStream(temp)) {
                if (svg) {
                    SVGGraphics2D g = new SVGGraphics2D(width, height);
                    chart.draw(g, new Rectangle(0, 0, width, height));
                    out.write(g.getSVGDocument().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                } else if (chart instanceof JFreeChart c) {
                    ChartUtilities.writeChartAsPNG(out, c, width, height);
                } else {
                    java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(width, height,
                            java.awt.image.BufferedImage.TYPE_INT_RGB);
                    java.awt.Graphics2D g = image.createGraphics();
                    g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
                    g.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING,
                            java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                    chart.draw(g, new Rectangle(0, 0, width, height));
                    g.dispose();
                    javax.imageio.ImageIO.write(image, "png", out);
                }
            }
        });
    }
}
