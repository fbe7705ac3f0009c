package chatshare.config;

/** Optional output files (firms.csv, market.csv and manifest.json are always written). */
public class OutputsConfig {
    @Doc("Also write wide.csv: one row per tick, one share column per firm")
    public boolean wide = false;
}
