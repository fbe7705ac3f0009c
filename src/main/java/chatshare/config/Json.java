package chatshare.config;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/** The Gson instances ChatShare reads and writes JSON with, in one place. */
public final class Json {
    /**
     * Files people read (manifests, status, data packages, fitted configs, `show`): indented,
     * characters as written (no \u003d for '='), NaN and infinities allowed where a value does
     * not exist.
     */
    public static final Gson FILE = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping()
            .serializeSpecialFloatingPointValues().create();
    /** Config trees: compact, characters as written. */
    public static final Gson TREE = new GsonBuilder().disableHtmlEscaping().create();
    /** Gson's defaults: deep copies of config objects and the run identity's hash (whose bytes must not change). */
    public static final Gson PLAIN = new Gson();

    private Json() {
    }
}
