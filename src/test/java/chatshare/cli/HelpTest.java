package chatshare.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command's help prints cleanly: no picocli warning, no garbled option synopsis. */
class HelpTest {
    /** Help text of a command line, with everything picocli printed anywhere (its warnings go to System.err). */
    private static String help(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream systemErr = new ByteArrayOutputStream();
        PrintStream previousOut = System.out;
        PrintStream previousErr = System.err;
        StringWriter err = new StringWriter();
        synchronized (Cli.class) {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(systemErr, true, StandardCharsets.UTF_8));
            try {
                assertEquals(0, Main.execute(new PrintWriter(err, true), args), String.join(" ", args));
            } finally {
                System.setOut(previousOut);
                System.setErr(previousErr);
            }
        }
        return out.toString(StandardCharsets.UTF_8) + err + systemErr.toString(StandardCharsets.UTF_8);
    }

    private static List<String> commands() {
        return new ArrayList<>(new CommandLine(new Main()).getSubcommands().keySet());
    }

    @Test
    void noHelpTextMakesPicocliWarn() {
        List<String[]> all = new ArrayList<>();
        all.add(new String[] {"--help"});
        for (String c : commands()) {
            all.add(c.equals("help") ? new String[] {"help"} : new String[] {c, "--help"});
        }
        for (String[] args : all) {
            String text = help(args);
            assertFalse(text.contains("WARN") || text.contains("Could not format"), String.join(" ", args) + ":\n" + text);
        }
        assertTrue(commands().size() >= 16, "every command was checked: " + commands());
    }

    @Test
    void guiHelpShowsReplayAsOneOptionWithTwoValues() {
        String text = help("gui", "--help");
        assertTrue(text.contains("--replay=DIR RUN_ID") || text.contains("--replay DIR RUN_ID"), text);
        assertFalse(text.contains("RUN_ID DIR RUN_ID"), "the synopsis names each value once:\n" + text);
    }

    @Test
    void runHelpNamesEveryFileARunWrites() {
        String text = help("run", "--help").replaceAll("\\s+", " ");
        for (String file : List.of("firms.csv", "market.csv", "events.csv", "wide.csv", "manifest.json")) {
            assertTrue(text.contains(file), file + " in run --help:\n" + text);
        }
    }
}
