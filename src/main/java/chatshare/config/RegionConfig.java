package chatshare.config;

/** One region of the market (e.g. US, EU, ROW). */
public class RegionConfig {
    @Doc("Share of users living in this region")
    @Range(min = 0, max = 1)
    public double share = 0;

    public RegionConfig() {
    }

    public RegionConfig(double share) {
        this.share = share;
    }
}
