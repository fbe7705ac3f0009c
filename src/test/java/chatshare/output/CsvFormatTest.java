package chatshare.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

class CsvFormatTest {
    @Test
    void numbersArePlainDecimalsAndNonFiniteIsEmpty() {
        assertEquals("12000000000", CsvFormat.number(1.2e10));
        assertEquals("0.0000001", CsvFormat.number(1e-7));
        assertEquals("0.25", CsvFormat.number(0.25));
        assertEquals("-3", CsvFormat.number(-3.0));
        assertEquals("", CsvFormat.number(Double.NaN));
        assertEquals("", CsvFormat.number(Double.POSITIVE_INFINITY));
        assertEquals("1234567890123456800000", CsvFormat.number(1.2345678901234568e21));
    }

    @Test
    void moneyIsRoundedToCents() {
        assertEquals("19.99", CsvFormat.money(19.98999999));
        assertEquals("5000000000", CsvFormat.money(5e9));
        assertEquals("-0.5", CsvFormat.money(-0.5));
        assertEquals("", CsvFormat.money(Double.NaN));
    }

    @Test
    void numbersAreThePlainFormOfTheShortestRoundTripDigits() {
        // The definition; number() skips BigDecimal where Double.toString is already plain.
        SplittableRandom rng = new SplittableRandom(5);
        for (int n = 0; n < 200_000; n++) {
            double x = (rng.nextDouble() - 0.5) * Math.pow(10, rng.nextInt(-12, 25));
            String expected = x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x)
                    : BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
            assertEquals(expected, CsvFormat.number(x), "x = " + x);
        }
    }

    @Test
    void recordWritesTheBytesOfPrintRecord() throws IOException {
        Object[] values = {"run-1", 3, "0x2a", LocalDate.of(2026, 1, 5), "a \"quoted\", comma", null, true, "", "1.5"};
        StringWriter expected = new StringWriter();
        StringWriter actual = new StringWriter();
        try (CSVPrinter a = new CSVPrinter(expected, CsvFormat.WRITE); CSVPrinter b = new CSVPrinter(actual, CsvFormat.WRITE)) {
            a.printRecord(values);
            a.printRecord(values);
            CsvFormat.record(b, values);
            CsvFormat.record(b, values);
        }
        assertEquals(expected.toString(), actual.toString());
    }
}
