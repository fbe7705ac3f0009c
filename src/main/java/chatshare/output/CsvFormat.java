package chatshare.output;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Spreadsheet-safe numbers: plain decimal notation (never 1.2E9), NaN and infinity as an empty
 * cell, money rounded to cents. The shortest round-trip digits keep outputs byte-stable.
 */
public final class CsvFormat {
    /** How ChatShare reads its own CSV files: one header row, then records by column name. */
    public static final org.apache.commons.csv.CSVFormat READ = org.apache.commons.csv.CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true).build();

    private CsvFormat() {
    }

    /** A number cell as written by {@link #number}: empty is NaN. */
    public static double parse(String cell) {
        return cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
    }

    public static String number(double x) {
        if (!Double.isFinite(x)) {
            return "";
        }
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return Long.toString((long) x);
        }
        return BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
    }

    public static String money(double x) {
        if (!Double.isFinite(x)) {
            return "";
        }
        return BigDecimal.valueOf(x).setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }
}
