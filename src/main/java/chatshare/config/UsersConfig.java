package chatshare.config;

import java.util.LinkedHashMap;
import java.util.Map;

/** The simulated population: size, regions, segments and preference distributions. */
public class UsersConfig {
    @Doc("Simulated agents")
    @Range(min = 1, max = 200_000_000)
    public int agents = 200_000;

    @Doc("Real people the agents represent; each agent weighs population/agents in reported counts and money")
    @Range(min = 1, max = 1e11)
    public double population = 1.0e9;

    @Doc("Habit build-up T: the habit bonus of the current choice is kappa*min(tenure,T)/T")
    @Range(min = 1, max = 10_000)
    public int lockInTicks = 26;

    @Doc("Regions by id with their population shares (shares must sum to 1); at most 16")
    public Map<String, RegionConfig> regions = defaultRegions();

    public SegmentsConfig segments = new SegmentsConfig();

    public FilteringConfig filtering = new FilteringConfig();

    private static Map<String, RegionConfig> defaultRegions() {
        Map<String, RegionConfig> regions = new LinkedHashMap<>();
        regions.put("US", new RegionConfig(0.25));
        regions.put("EU", new RegionConfig(0.25));
        regions.put("ROW", new RegionConfig(0.50));
        return regions;
    }
}
