package chatshare.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
