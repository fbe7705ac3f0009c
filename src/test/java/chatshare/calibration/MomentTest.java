package chatshare.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** Moments measured on hand-made firms.csv rows: windows, statistics, minus, over, versus, factor, compare. */
class MomentTest {
    /** Three weeks from Monday 2025-01-06, two firms. */
    private static final String FIRMS = """
            date,firm,revenueWeek,adRevenueWeek,apiRevenueWeek,shareOfAdopters,runwayMonths
            2025-01-06,a,10,4,1,0.6,
            2025-01-06,b,5,0,5,0.3,2
            2025-01-13,a,20,4,3,0.5,
            2025-01-13,b,7,0,0,0.45,2
            2025-01-20,a,30,4,6,0.7,
            2025-01-20,b,9,0,1,0.2,2
            """;

    private static List<CSVRecord> rows(String csv) throws IOException {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(new StringReader(csv))
                .getRecords();
    }

    private static Map<String, List<CSVRecord>> tables() throws IOException {
        return Map.of("firms", rows(FIRMS), "market", List.of());
    }

    private static MomentConfig moment(String statistic, String column) {
        MomentConfig m = new MomentConfig();
        m.name = "m";
        m.firm = "a";
        m.column = column;
        m.statistic = statistic;
        m.target = 1.0;
        if (statistic.equals("value")) {
            m.date = "2025-01-19"; // a Sunday: the week of 2025-01-13
        } else {
            m.from = "2025-01-07"; // the weeks whose first day is in the window: 01-13 and 01-20
            m.to = "2025-01-20";
        }
        return m;
    }

    private static double measure(MomentConfig m) throws IOException {
        return new Moment(m).measure(tables(), Map.of());
    }

    @Test
    void statisticsOverTheWeeksOfTheWindow() throws IOException {
        assertEquals(20, measure(moment("value", "revenueWeek")), "the week that contains the date");
        assertEquals(25, measure(moment("mean", "revenueWeek")));
        assertEquals(50, measure(moment("sum", "revenueWeek")));
        MomentConfig own = moment("sum", "revenueWeek");
        own.minus = "adRevenueWeek";
        assertEquals(42, measure(own), "row by row: (20 - 4) + (30 - 4)");
        MomentConfig share = moment("mean", "apiRevenueWeek");
        share.over = "revenueWeek";
        assertEquals(9.0 / 50, measure(share), 1e-15, "a ratio of totals, not a mean of ratios");
        MomentConfig annual = moment("mean", "revenueWeek");
        annual.factor = 52;
        assertEquals(1300, measure(annual));
        MomentConfig lead = moment("mean", "shareOfAdopters");
        lead.versus = "bestRival";
        assertEquals((0.05 + 0.5) / 2, measure(lead), 1e-12, "minus the best other firm in the same week");
        MomentConfig empty = moment("mean", "runwayMonths");
        assertEquals(Double.NaN, measure(empty), "an empty cell makes the moment unmeasurable");
        assertEquals(Double.POSITIVE_INFINITY, new Moment(empty).contribution(Double.NaN));
    }

    @Test
    void errorsCountBothWaysOrOnlyAShortfallOrExcess() {
        MomentConfig m = moment("mean", "revenueWeek");
        m.target = 10.0;
        m.weight = 2;
        assertEquals(10, new Moment(m).scale(), "the scale defaults to |target|");
        assertEquals(-4, new Moment(m).error(6));
        assertEquals(2 * 0.16, new Moment(m).contribution(6), 1e-12);
        m.compare = "atLeast";
        assertEquals(-4, new Moment(m).error(6));
        assertEquals(0, new Moment(m).error(16));
        m.compare = "atMost";
        assertEquals(0, new Moment(m).error(6));
        assertEquals(6, new Moment(m).error(16));
        m.scale = 2.0;
        assertEquals(2 * 9, new Moment(m).contribution(16), 1e-12);
    }

    @Test
    void aPlatformMomentReadsOnlyThePlatformsMemberRows() throws IOException {
        String segments = """
                date,segment,region,platform,member,firm,users,firmUsers
                2025-01-13,consumer,US,x,true,a,30,40
                2025-01-13,consumer,US,x,false,a,10,40
                2025-01-13,consumer,US,m,true,a,5,40
                2025-01-13,consumer,EU,x,true,a,10,60
                2025-01-13,consumer,EU,x,false,a,50,60
                2025-01-13,consumer,EU,x,true,b,99,99
                """;
        List<CSVRecord> rows = rows(segments);
        MomentConfig m = moment("mean", "users");
        m.table = "segments";
        m.platform = "x";
        m.over = "firmUsers";
        // a's users who are X members, over a's users: (30 + 10) / (40 + 60).
        assertEquals(0.4, new Moment(m).measure(Map.of("segments", rows), Map.of()), 1e-12);
    }

    @Test
    void aSegmentMomentReadsOnlyTheSegmentsRows() throws IOException {
        // firmUsers and adopters repeat per membership row, so the ratio of totals is the share of adopters: (40 + 60) / (100 + 300).
        String segments = """
                date,segment,region,platform,member,firm,users,firmUsers,adopters
                2025-01-13,consumer,US,x,true,a,30,40,100
                2025-01-13,consumer,US,x,false,a,10,40,100
                2025-01-13,consumer,EU,x,true,a,10,60,300
                2025-01-13,consumer,EU,x,false,a,50,60,300
                2025-01-13,enterprise,US,x,true,a,9,9,10
                2025-01-13,enterprise,US,x,false,a,0,9,10
                """;
        List<CSVRecord> rows = rows(segments);
        MomentConfig m = moment("mean", "firmUsers");
        m.table = "segments";
        m.segment = "consumer";
        m.over = "adopters";
        assertEquals(100.0 / 400, new Moment(m).measure(Map.of("segments", rows), Map.of()), 1e-12);
        m.segment = "";
        assertEquals(218.0 / 820, new Moment(m).measure(Map.of("segments", rows), Map.of()), 1e-12, "all segments");
    }

    @Test
    void aHoldoutMomentIsReportedButNeverInTheDistance() {
        MomentConfig fit = moment("mean", "revenueWeek");
        MomentConfig held = moment("mean", "revenueWeek");
        held.holdout = true;
        held.weight = 5;
        Moment heldOut = new Moment(held);
        assertEquals("holdout", heldOut.role());
        assertEquals("fit", new Moment(fit).role());
        assertEquals(-0.5, heldOut.error(0.5), "its error is still measured");
        for (double simulated : new double[] {0, 1, 1e9, Double.NaN}) {
            assertEquals(0, heldOut.contribution(simulated), "not even an unmeasurable hold-out counts");
            double alone = Moment.distance(List.of(new Moment(fit)), new double[] {3});
            assertEquals(alone, Moment.distance(List.of(new Moment(fit), heldOut), new double[] {3, simulated}));
        }
        fit.weight = 0;
        assertEquals("reported", new Moment(fit).role());
    }
}
