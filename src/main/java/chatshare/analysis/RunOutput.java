package chatshare.analysis;

import java.io.IOException;
import chatshare.output.CsvFormat;
import java.util.List;

/**
 * One number per run read from its files: a column of firms.csv (of one firm) or market.csv,
 * at the final tick or averaged over all ticks, e.g. {@code firms.share} of grok at the end.
 */
public record RunOutput(String table, String column, String firm, boolean averaged) {
    public static final List<String> TABLES = List.of("firms", "market");

    /** Parses TABLE.COLUMN; IllegalArgumentException (one line) when it names no table or lacks a firm. */
    public static RunOutput parse(String output, String firm, boolean averaged) {
        int dot = output.indexOf('.');
        String table = dot > 0 ? output.substring(0, dot) : "";
        if (!TABLES.contains(table) || dot == output.length() - 1) {
            throw new IllegalArgumentException("--output '" + output + "': expected TABLE.COLUMN with TABLE one of "
                    + TABLES + ", e.g. firms.share or market.hhi");
        }
        if (table.equals("firms") && (firm == null || firm.isEmpty())) {
            throw new IllegalArgumentException("--output " + output + " needs --firm (a firm id of the config)");
        }
        return new RunOutput(table, output.substring(dot + 1), table.equals("firms") ? firm : "", averaged);
    }

    /** The run's value; IllegalArgumentException when the column or firm does not exist in its files. */
    public double of(ResultFolder.Run run) throws IOException {
        double[] sumCountLast = {0, 0, Double.NaN};
        boolean[] seen = {false};
        ResultFolder.rows(run, table + ".csv", r -> {
            if (!r.isMapped(column)) {
                throw new IllegalArgumentException("--output " + table + "." + column + ": no column '" + column + "' in "
                        + table + ".csv; columns: " + String.join(", ", r.getParser().getHeaderNames()));
            }
            if (firm.isEmpty() || r.get("firm").equals(firm)) {
                double v = CsvFormat.parse(r.get(column));
                if (!Double.isNaN(v)) { // an empty cell (e.g. the runway of a profitable firm) is left out of means
                    sumCountLast[0] += v;
                    sumCountLast[1]++;
                }
                sumCountLast[2] = v;
                seen[0] = true;
            }
        });
        if (!seen[0]) {
            throw new IllegalArgumentException("--firm '" + firm + "': no such firm in " + run.dir().resolve("firms.csv"));
        }
        return averaged ? (sumCountLast[1] > 0 ? sumCountLast[0] / sumCountLast[1] : Double.NaN) : sumCountLast[2];
    }

    public String label() {
        return (averaged ? "mean " : "final ") + table + "." + column;
    }
}
