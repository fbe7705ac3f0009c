package chatshare.gui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class LabelPlacementTest {
    private static boolean overlap(double[] x, double[] top, double[] w, double h, int a, int b) {
        return x[a] < x[b] + w[b] && x[b] < x[a] + w[a] && top[a] < top[b] + h && top[b] < top[a] + h;
    }

    @Test
    void labelsOfFirmsAtTheSameOfferAreStackedAndNeverOverlap() {
        double[] x = {100, 100, 103, 400};
        double[] y = {50, 50, 52, 50};
        double[] w = {50, 45, 60, 50};
        double[] top = LabelPlacement.place(x, y, w, 14);
        for (int a = 0; a < x.length; a++) {
            for (int b = a + 1; b < x.length; b++) {
                assertFalse(overlap(x, top, w, 14, a, b), a + " and " + b);
            }
        }
        assertArrayEquals(new double[] {50, 64, 78, 50}, top, "stacked below in order; the distant one stays");
    }

    @Test
    void labelsApartStayWhereTheyAre() {
        double[] y = {10, 40, 90};
        assertArrayEquals(y, LabelPlacement.place(new double[] {0, 0, 0}, y, new double[] {80, 80, 80}, 14));
    }
}
