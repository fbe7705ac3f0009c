package chatshare.model;

/**
 * A faster route to exactly the draw of {@link Offers#utilities} followed by
 * {@link ChoiceModel#sample}: same utilities, same exp bits, same sums, so the same choice for
 * the same uniform (LogitKernelTest). It exists only when the JVM was started with
 * {@code --add-modules jdk.incubator.vector} (the launcher, tests and JMH do); without the module
 * the simulator takes the generic route and gives identical results.
 */
interface LogitKernel {
    /** Alternatives are bits of a long (Offers.altMask), so lanes never exceed 64. */
    int MAX_LANES = 64;

    /** Copies this tick's tables from offers (after {@link Offers#update}). */
    void refresh(Offers offers);

    /**
     * Writes the logit weights exp(v_k - v_0) of user i's alternatives to w (the alternatives
     * rounded up to whole vectors)
     * (0 for alternatives the user cannot choose) and returns the mask of those it can choose, or 0
     * when an argument of exp leaves the polynomial's range and the generic route must decide.
     * social[k] is the network social term of alternative k (zeros in mean-field mode).
     */
    long weights(Population pop, int i, int tick, double[] social, double[] w);

    /** The alternative drawn with uniform u from weights written by {@link #weights} (overwrites them). */
    int pick(double[] w, double u, long available);

    /** The alternative user i chooses with uniform u, or -1 for the generic route; w is scratch of MAX_LANES. */
    default int draw(Population pop, int i, int tick, double[] social, double u, double[] w) {
        long available = weights(pop, i, tick, social, w);
        return available == 0 ? -1 : pick(w, u, available);
    }

    /** Vector kernel for these offers, or null when the Vector API module is absent or disabled. */
    static LogitKernel create(Offers offers) {
        boolean present = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
        if (!present || Boolean.getBoolean("chatshare.scalar")) {
            return null;
        }
        try {
            return (LogitKernel) Class.forName("chatshare.model.VectorLogit")
                    .getDeclaredConstructor(Offers.class).newInstance(offers);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Vector API present but the vector kernel failed to load", e);
        }
    }
}
