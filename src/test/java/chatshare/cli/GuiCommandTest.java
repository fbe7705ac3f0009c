package chatshare.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.GraphicsEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuiCommandTest {
    @Test
    void badInputIsRefusedBeforeAnyWindowOpens(@TempDir Path dir) throws Exception {
        Path config = Cli.smallConfig(dir, 4);
        Cli zero = Cli.run("gui", config.toString(), "--sample", "0");
        assertEquals(Main.BAD_INPUT, zero.exit());
        assertTrue(zero.err().contains("--sample"), zero.err());
        Cli typo = Cli.run("gui", config.toString(), "--set", "market.tiks=3");
        assertEquals(Main.BAD_INPUT, typo.exit());
        assertTrue(typo.err().contains("did you mean"), typo.err());
    }

    @Test
    void snapshotWritesBothPicturesAndNothingToStdout(@TempDir Path dir) throws Exception {
        chatshare.testing.Skip.unless(!GraphicsEnvironment.isHeadless(),
                "GUI tests (GuiCommandTest): no display (DISPLAY unset); run them under xvfb-run, as .ci/run does");
        Path config = Cli.smallConfig(dir, 6);
        Cli cli = Cli.run("gui", config.toString(), "--snapshot", dir.resolve("pics/map.png").toString(), "--quiet");
        assertEquals(Main.OK, cli.exit(), cli.err());
        assertEquals("", cli.out());
        assertTrue(Files.size(dir.resolve("pics/map.png")) > 0);
        assertTrue(Files.size(dir.resolve("pics/map-shares.png")) > 0);
        try (var files = Files.list(dir.resolve("pics"))) {
            assertEquals(2, files.count(), "no temporary file left behind");
        }
    }
}
