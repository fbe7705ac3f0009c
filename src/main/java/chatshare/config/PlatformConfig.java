package chatshare.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A platform (X, Microsoft, Google, ...) whose members get bundled assistants. */
public class PlatformConfig {
    @Doc("Display name (empty = the platform id)")
    public String name = "";

    @Doc("Fraction of each region's users who are members, by region id (missing region = 0)")
    public Map<String, Double> members = new LinkedHashMap<>();

    @Doc("Assistants bundled with the platform")
    public List<BundleConfig> bundles = new ArrayList<>();
}
