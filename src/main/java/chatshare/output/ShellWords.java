package chatshare.output;

/** Words of the shell commands written into outputs (runs.csv's command column, reports). */
public final class ShellWords {
    private ShellWords() {
    }

    /** The word as a POSIX shell reads it back: bare when it holds only safe characters, else single-quoted. */
    public static String word(String w) {
        return w.matches("[A-Za-z0-9_./=:@%+,-]+") ? w : "'" + w.replace("'", "'\\''") + "'";
    }
}
