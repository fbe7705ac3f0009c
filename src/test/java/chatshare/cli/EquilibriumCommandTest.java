package chatshare.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EquilibriumCommandTest {
    @TempDir
    Path tmp;

    @Test
    void writesOneRowPerActiveFirmAtTheRequestedDate() throws Exception {
        Path config = Cli.smallConfig(tmp, 12);
        Path out = tmp.resolve("out");
        Cli r = Cli.run("equilibrium", config.toString(), "--at", "2025-02-03", "--out", out.toString(), "--quiet");
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.out(), "stdout stays clean");
        List<String> rows = Files.readAllLines(out.resolve("equilibrium.csv"));
        assertEquals(EquilibriumCommand.HEADER, rows.get(0));
        assertEquals(4, rows.size(), "three firms");
        assertTrue(rows.get(1).startsWith("grok,8,"), "grok's price at that date is its configured 8: " + rows.get(1));
    }

    @Test
    void aTickOutsideTheRunIsBadInputWithNoOutput() throws Exception {
        Path config = Cli.smallConfig(tmp, 12);
        Path out = tmp.resolve("out");
        Cli r = Cli.run("equilibrium", config.toString(), "--at", "12", "--out", out.toString(), "--quiet");
        assertEquals(Main.BAD_INPUT, r.exit());
        assertTrue(r.err().contains("--at 12") && r.err().contains("0..11"), r.err());
        assertFalse(Files.exists(out.resolve("equilibrium.csv")));
    }
}
