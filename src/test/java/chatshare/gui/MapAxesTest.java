package chatshare.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MapAxesTest {
    @Test
    void dearerIsHigherOnALogScaleClampedToTheAxis() {
        assertEquals(1.0, MapAxes.y(MapAxes.MIN_DOLLARS), 1e-12);
        assertEquals(0.0, MapAxes.y(MapAxes.MAX_DOLLARS), 1e-12);
        assertEquals(1.0, MapAxes.y(0), 1e-12);
        assertEquals(0.0, MapAxes.y(1e6), 1e-12);
        // Equal ratios are equal distances.
        assertEquals(MapAxes.y(1) - MapAxes.y(10), MapAxes.y(10) - MapAxes.y(100), 1e-12);
        assertTrue(MapAxes.y(20) < MapAxes.y(2));
    }

    @Test
    void aUserSitsAtThePriceThatCostsOneUnitOfUtility() {
        assertEquals(MapAxes.y(4), MapAxes.userY(0.25), 1e-12);
        assertTrue(MapAxes.userY(0.01) < MapAxes.userY(0.5), "the price-insensitive are higher up");
    }
}
