package chatshare.config;

import java.util.regex.Pattern;

/**
 * The spelling of ids (firms, platforms, regions, events) and of the experiment name. Ids become
 * CSV cells, CSV column names (wide.csv) and parts of file names, so they are plain words: no
 * spaces, quotes or separators, and never a leading '=', '+', '-' or '@' that a spreadsheet would
 * run as a formula. The name becomes a folder under results/, so it cannot be '.', '..' or a path.
 */
public final class Ids {
    public static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");
    public static final String ID_RULE = "a letter, then letters, digits, '_' or '-' (at most 64 characters)";
    public static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    public static final String NAME_RULE = "a file name: a letter or digit, then letters, digits, '.', '_' or '-' (at most"
            + " 100 characters)";
    /** wide.csv's column for users without a firm. */
    public static final String NO_FIRM = "none";
    /** wide.csv's other columns besides the firms, so a firm cannot be called like them. */
    static final java.util.Set<String> NOT_FIRMS = java.util.Set.of(NO_FIRM, "tick", "date");

    private Ids() {
    }

    /** The problem with an id, or null when it is well formed. */
    static String problem(String id) {
        return ID.matcher(id).matches() ? null : "id '" + id + "' is not allowed; expected " + ID_RULE;
    }

    /** The problem with an experiment name, or null when it is a safe folder name. */
    public static String nameProblem(String name) {
        return NAME.matcher(name).matches() ? null : "name '" + name + "' is not allowed; expected " + NAME_RULE;
    }
}
