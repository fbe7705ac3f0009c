package chatshare.config;

/** One Beta(a, b) component of the filtering-ideal mixture. */
public class BetaComponent {
    @Doc("Mixture weight (weights are normalised)")
    @Range(min = 0, max = 1000)
    public double weight = 1;

    @Doc("Beta shape a")
    @Range(min = 0.01, max = 1000)
    public double a = 2;

    @Doc("Beta shape b")
    @Range(min = 0.01, max = 1000)
    public double b = 2;

    public BetaComponent() {
    }

    public BetaComponent(double weight, double a, double b) {
        this.weight = weight;
        this.a = a;
        this.b = b;
    }
}
