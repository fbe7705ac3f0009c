package chatshare.config;

/** The precision adaptive replication aims for: a 95% CI half-width of one firm's output. */
public class ReplicationTarget {
    @Doc("Output of each run: finalShare (share at the last tick) or meanShare (share averaged over the horizon)")
    @OneOf({"finalShare", "meanShare"})
    public String output = "finalShare";

    @Doc("Id of the firm whose output is measured (one of the config's firms)")
    public String firm = "";

    @Doc("Largest acceptable half-width of the Student-t 95% confidence interval of the output over a point's replicates")
    @Range(min = 0, max = 1)
    public double ciHalfWidth = 0.005;
}
