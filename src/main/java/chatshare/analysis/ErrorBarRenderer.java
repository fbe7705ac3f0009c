package chatshare.analysis;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.data.category.CategoryDataset;

/**
 * Bars with an asymmetric error bar each (JFreeChart's StatisticalBarRenderer only draws mean ±
 * one symmetric deviation; bootstrap intervals are not symmetric).
 */
final class ErrorBarRenderer extends BarRenderer {
    private static final long serialVersionUID = 1L;
    /** Per series (row), {low[], high[]} by category (column), or null for no error bars. */
    private final transient List<double[][]> intervals;

    ErrorBarRenderer(List<double[][]> intervals) {
        this.intervals = intervals;
    }

    @Override
    public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
            CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column, int pass) {
        super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
        double[][] bars = row < intervals.size() ? intervals.get(row) : null;
        if (bars == null || !Double.isFinite(bars[0][column]) || !Double.isFinite(bars[1][column])) {
            return;
        }
        PlotOrientation orientation = plot.getOrientation();
        double w0 = calculateBarW0(plot, orientation, dataArea, domainAxis, state, row, column);
        double middle = w0 + state.getBarWidth() / 2;
        double cap = state.getBarWidth() / 4;
        double low = rangeAxis.valueToJava2D(bars[0][column], dataArea, plot.getRangeAxisEdge());
        double high = rangeAxis.valueToJava2D(bars[1][column], dataArea, plot.getRangeAxisEdge());
        g2.setPaint(Color.BLACK);
        g2.setStroke(new BasicStroke(1.2f));
        if (orientation == PlotOrientation.HORIZONTAL) {
            g2.draw(new Line2D.Double(low, middle, high, middle));
            g2.draw(new Line2D.Double(low, middle - cap, low, middle + cap));
            g2.draw(new Line2D.Double(high, middle - cap, high, middle + cap));
        } else {
            g2.draw(new Line2D.Double(middle, low, middle, high));
            g2.draw(new Line2D.Double(middle - cap, low, middle + cap, low));
            g2.draw(new Line2D.Double(middle - cap, high, middle + cap, high));
        }
    }
}
