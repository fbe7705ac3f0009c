package chatshare.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs the CLI in-process and captures exit code, stdout and stderr. */
record Cli(int exit, String out, String err) {
    static Cli run(String... args) {
        return run(new picocli.CommandLine(new Main()), args);
    }

    /** Runs one subcommand (e.g. new ValidateCommand()) through Main's error handling; args without its name. */
    static Cli runCommand(Object command, String... args) {
        return run(new picocli.CommandLine(command), args);
    }

    private static synchronized Cli run(picocli.CommandLine cli, String... args) {
        StringWriter err = new StringWriter();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream previous = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            int exit = Main.execute(cli, new PrintWriter(err, true), args);
            return new Cli(exit, out.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setOut(previous);
        }
    }

    /** A small, fast config: 2 regions, 3 firms, one platform bundle, 3 000 agents. */
    static Path smallConfig(Path dir, int ticks) throws IOException {
        Path file = dir.resolve("small.json");
        Files.writeString(file, """
                {
                  "name": "small",
                  "market": { "seed": 7, "ticks": %d, "start": "2025-01-06" },
                  "users": {
                    "agents": 3000, "population": 1.0e6,
                    "regions": { "US": { "share": 0.4 }, "EU": { "share": 0.6 } }
                  },
                  "firms": {
                    "grok": { "price": 8, "filtering": 0.2, "initialAwareness": 0.3 },
                    "chatgpt": { "price": 20, "filtering": 0.7, "quality": 3.5, "initialAwareness": 0.6 },
                    "claude": { "price": 20, "filtering": 0.85, "regions": ["US"] }
                  },
                  "platforms": {
                    "x": { "members": { "US": 0.3, "EU": 0.1 },
                           "bundles": [ { "firm": "grok", "bonus": 0.8, "price": "free" } ] }
                  },
                  "events": [
                    { "type": "funding", "firm": "grok", "date": "2025-01-20", "amount": 2.0e10, "kind": "debt" },
                    { "type": "platformShock", "platform": "x", "region": "US", "value": 0.8, "tick": 3 }
                  ],
                  "outputs": { "wide": true }
                }
                """.formatted(ticks));
        return file;
    }

    /** A grid sweep over the small config (grok's price 5 and 25), 3 ticks a run, in dir/sweep.json. */
    static Path smallSweep(Path dir, int replicates) throws IOException {
        smallConfig(dir, 3);
        Path file = dir.resolve("sweep.json");
        Files.writeString(file, """
                { "extends": "small.json", "name": "sw",
                  "sweep": { "design": "grid", "replicates": %d, "seed": 9,
                    "parameters": { "firms.grok.price": { "values": [5, 25] } } } }
                """.formatted(replicates));
        return file;
    }
}
