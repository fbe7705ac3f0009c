package chatshare.cli;

import chatshare.output.Manifest;
import picocli.CommandLine;

/** Prints the version and the git commit the launcher passed. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"chatshare " + Manifest.version() + " (git " + Manifest.gitCommit() + ")"};
    }
}
