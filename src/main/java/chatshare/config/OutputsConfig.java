package chatshare.config;

/** Optional output files (firms.csv, market.csv and manifest.json are always written). */
public class OutputsConfig {
    @Doc("Also write wide.csv: one row per tick, one share column per firm")
    public boolean wide = false;

    @Doc("Also write segments.csv: each week, users by segment, region, platform membership and choice (MODEL.md 8)")
    public boolean segments = false;

    @Doc("Also write outputs.xlsx: the CSV files as one workbook (a sheet each, typed numbers and dates, units row), "
            + "for spreadsheets in any locale; a sweep writes one for the whole sweep (docs/OUTPUTS.md)")
    public boolean xlsx = false;

    @Doc("Write the rows of firms.csv, market.csv and wide.csv every this many ticks (and at the last tick); events.csv keeps every tick")
    @Range(min = 1, max = 100_000_000)
    public int every = 1;
}
