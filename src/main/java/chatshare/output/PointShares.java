package chatshare.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A sweep's wide.csv: one row per tick, one column per firm and design point ("grok@p0003")
 * holding the share averaged over the point's replicates. Memory: ticks x points x firms numbers.
 */
final class PointShares {
    private final TreeMap<Integer, String> dates = new TreeMap<>();
    private final Map<String, Map<Integer, double[]>> sums = new LinkedHashMap<>();
    private final Map<Integer, Integer> replicates = new TreeMap<>();

    void startRun(int point) {
        replicates.merge(point, 1, Integer::sum);
    }

    void add(int point, String firm, int tick, String date, double share) {
        dates.putIfAbsent(tick, date);
        double[] cell = sums.computeIfAbsent(String.format("%s@p%04d", firm, point), c -> new TreeMap<>())
                .computeIfAbsent(tick, t -> new double[1]);
        cell[0] += share;
    }

    void write(Path file) throws IOException {
        List<String> columns = new ArrayList<>(sums.keySet());
        columns.sort((a, b) -> a.substring(a.indexOf('@')).compareTo(b.substring(b.indexOf('@'))));
        try (AtomicOutput out = new AtomicOutput(file.toAbsolutePath());
                CSVPrinter csv = new CSVPrinter(out.writer(), CSVFormat.DEFAULT.builder().setRecordSeparator("\n").build())) {
            List<String> header = new ArrayList<>(List.of("tick", "date"));
            header.addAll(columns);
            csv.printRecord(header);
            for (Map.Entry<Integer, String> tick : dates.entrySet()) {
                List<Object> row = new ArrayList<>(List.of(tick.getKey(), tick.getValue()));
                for (String column : columns) {
                    int point = Integer.parseInt(column.substring(column.indexOf("@p") + 2));
                    double[] cell = sums.get(column).get(tick.getKey());
                    row.add(cell == null ? "" : CsvFormat.number(cell[0] / replicates.get(point)));
                }
                csv.printRecord(row);
            }
            csv.flush();
            out.commit();
        }
    }
}
