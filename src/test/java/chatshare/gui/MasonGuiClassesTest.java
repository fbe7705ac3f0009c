package chatshare.gui;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * MASON's transitive 3D/media jars are excluded in pom.xml; its 2D GUI and chart classes must
 * still load and link (with JFreeChart added back explicitly).
 */
class MasonGuiClassesTest {
    @ParameterizedTest
    @ValueSource(strings = {"sim.display.Console", "sim.display.GUIState", "sim.display.Display2D",
        "sim.portrayal.continuous.ContinuousPortrayal2D", "sim.util.media.chart.TimeSeriesChartGenerator",
        "sim.util.media.chart.ChartGenerator", "sim.engine.SimState"})
    void classLoadsAndLinks(String name) {
        assertDoesNotThrow(() -> Class.forName(name, true, getClass().getClassLoader()));
    }
}
