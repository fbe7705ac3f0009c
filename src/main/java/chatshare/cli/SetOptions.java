package chatshare.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** --set: overrides by parameter path, for every command that loads a config. */
class SetOptions {
    @Option(names = "--set", paramLabel = "path=value",
            description = "Override any parameter by its path, e.g. --set firms.grok.price=8 (repeatable)")
    List<String> sets = new ArrayList<>();
}
