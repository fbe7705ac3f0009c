package chatshare.model;

/**
 * A faster route to exactly the draw of {@link Offers#utilities} followed by
 * {@link ChoiceModel#sample}, for a batch of reviewers at once: same utilities, same exp bits,
 * same sums, so the same choice for the same uniform (LogitKernelTest). It exists only when the
 * JVM was started with {@code --add-modules jdk.incubator.vector} (the launcher, tests and JMH
 * do); without the module the simulator takes the generic route and gives identical results.
 */
interface LogitKernel {
    /** Copies this tick's tables from offers (after {@link Offers#update}). */
    void refresh(Offers offers);

    /**
     * Draws the choices of batch.size reviewers batch.user with uniforms batch.u into
     * batch.chosen: the alternative, or -1 where an argument of exp (of any alternative, even one
     * the reviewer cannot choose) leaves the polynomial's range and the generic route must
     * decide. batch.social holds each reviewer's network social term by alternative (zeros in
     * mean-field mode).
     */
    void draw(Population pop, int tick, ReviewerBatch batch);

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
