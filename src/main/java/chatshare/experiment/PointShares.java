package chatshare.experiment;

import chatshare.output.AtomicOutput;
import chatshare.output.CsvFormat;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVPrinter;

/**
 * A sweep's wide.csv: one row per tick, one column per firm and design point ("grok@p0003")
 * holding the share averaged over the point's replicates, and "none@p0003" for the outside option
 * (points.csv names each point's parameter values). Memory: one double per tick x point x
 * firm (the numbers of wide.csv itself, independent of the number of replicates).
 */
final class PointShares {
    private final TreeMap<Integer, String> dates = new TreeMap<>();
    /** Per column, the sum of shares by tick (NaN where no run had the tick). */
    private final Map<String, double[]> sums = new LinkedHashMap<>();
    private final Map<Integer, Integer> replicates = new TreeMap<>();

    void startRun(int point) {
        replicates.merge(point, 1, Integer::sum);
    }

    void add(int point, String firm, int tick, String date, double share) {
        dates.putIfAbsent(tick, date);
        String column = String.format("%s@p%04d", firm, point);
        double[] cells = sums.get(column);
        if (cells == null || cells.length <= tick) {
            double[] grown = new double[Math.max(tick + 1, cells == null ? 0 : 2 * cells.length)];
            java.util.Arrays.fill(grown, Double.NaN);
            if (cells != null) {
                System.arraycopy(cells, 0, grown, 0, cells.length);
            }
            sums.put(column, grown);
            cells = grown;
        }
        cells[tick] = Double.isNaN(cells[tick]) ? share : cells[tick] + share;
    }

    void write(AtomicOutput file) throws IOException {
        List<String> columns = new ArrayList<>(sums.keySet());
        // by point, the firms in config order, then the outside option
        columns.sort(java.util.Comparator.comparing((String c) -> c.substring(c.lastIndexOf('@')))
                .thenComparing(c -> c.startsWith("none@")));
        try (AtomicOutput out = file;
                CSVPrinter csv = new CSVPrinter(out.writer(), CsvFormat.WRITE)) {
            List<String> header = new ArrayList<>(List.of("tick", "date"));
            header.addAll(columns);
            csv.printRecord(header);
            for (Map.Entry<Integer, String> tick : dates.entrySet()) {
                List<Object> row = new ArrayList<>(List.of(tick.getKey(), tick.getValue()));
                for (String column : columns) {
                    int point = Integer.parseInt(column.substring(column.lastIndexOf("@p") + 2));
                    double[] cells = sums.get(column);
                    int t = tick.getKey();
                    row.add(t >= cells.length || Double.isNaN(cells[t]) ? "" : CsvFormat.number(cells[t] / replicates.get(point)));
                }
                csv.printRecord(row);
            }
            csv.flush();
            out.commit();
        }
    }
}
