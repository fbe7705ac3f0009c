package chatshare.config;

/**
 * A bad config, reported as one line: {@code <file>: <json.path>: <what was wrong>; <what is allowed>}.
 * The CLI prints it and exits with code 2.
 */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }

    public static ConfigException at(String source, String path, String problem) {
        return new ConfigException(source + ": " + (path.isEmpty() ? "" : path + ": ") + problem);
    }
}
