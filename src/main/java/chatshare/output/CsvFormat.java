package chatshare.output;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.apache.commons.csv.CSVPrinter;

/**
 * Spreadsheet-safe numbers: plain decimal notation (never 1.2E9), NaN and infinity as an empty
 * cell, money rounded to cents. The shortest round-trip digits keep outputs byte-stable.
 */
public final class CsvFormat {
    /** How ChatShare reads its own CSV files: one header row, then records by column name. */
    public static final org.apache.commons.csv.CSVFormat READ = org.apache.commons.csv.CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true).build();

    /** How ChatShare writes every CSV file: RFC 4180 quoting with Unix line ends, the same bytes on every OS. */
    public static final org.apache.commons.csv.CSVFormat WRITE = org.apache.commons.csv.CSVFormat.DEFAULT.builder()
            .setRecordSeparator("\n").build();

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
        // Double.toString of a non-integer is already plain and without trailing zeros unless it
        // switches to E notation, which BigDecimal writes out (same digits, fewer objects).
        String shortest = Double.toString(x);
        return shortest.indexOf('E') < 0 ? shortest : new BigDecimal(shortest).stripTrailingZeros().toPlainString();
    }

    /**
     * A seed cell: 0x-prefixed hexadecimal of the 64 bits. A spreadsheet keeps it as text; as a
     * decimal number it would round 6993964886563920000 to 15 digits and the run could not be repeated.
     */
    public static String seed(long seed) {
        return "0x" + Long.toHexString(seed);
    }

    /** A seed as written by {@link #seed} (0x hexadecimal of the 64 bits) or as a decimal long. */
    public static long parseSeed(String text) {
        String t = text.trim();
        if (t.startsWith("0x") || t.startsWith("0X")) {
            return Long.parseUnsignedLong(t.substring(2), 16);
        }
        return Long.parseLong(t);
    }

    /**
     * Writes one record as {@link CSVPrinter#printRecord(Object...)} does, field by field, without
     * the stream it builds per record (every tick writes rows).
     */
    public static void record(CSVPrinter out, Object... values) throws IOException {
        for (Object value : values) {
            out.print(value);
        }
        out.println();
    }

    public static String money(double x) {
        if (!Double.isFinite(x)) {
            return "";
        }
        return BigDecimal.valueOf(x).setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }
}
