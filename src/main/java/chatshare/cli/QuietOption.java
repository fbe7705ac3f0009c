package chatshare.cli;

import picocli.CommandLine.Option;

/** --quiet: stderr carries errors only; stdout is clean either way. */
final class QuietOption {
    @Option(names = "--quiet", description = "Nothing on stderr but errors: no progress, summary or warnings")
    boolean quiet;

    boolean on() {
        return quiet;
    }
}
