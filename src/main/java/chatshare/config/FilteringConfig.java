package chatshare.config;

import java.util.ArrayList;
import java.util.List;

/** How much content moderation users accept: ideal f* (Beta mixture) and tolerance half-width tau. */
public class FilteringConfig {
    @Doc("Beta mixture of the filtering ideal f* in [0,1] (0 = no moderation wanted)")
    public List<BetaComponent> mixture = new ArrayList<>(List.of(new BetaComponent(1, 2, 2)));

    @Doc("Lower bound of the tolerance half-width tau (uniform)")
    @Range(min = 0, max = 1)
    public double toleranceMin = 0;

    @Doc("Upper bound of the tolerance half-width tau (uniform)")
    @Range(min = 0, max = 1)
    public double toleranceMax = 0.2;
}
