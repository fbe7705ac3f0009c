package chatshare.config;

import java.util.ArrayList;
import java.util.List;

/** The values of one swept parameter: a list, a range with a step (grid), or bounds (random, LHS). */
public class SweepParameterConfig {
    @Doc("Explicit values (grid design)")
    @Range(min = -1e15, max = 1e15)
    public List<Double> values = new ArrayList<>();

    @Doc("Start of a range (grid: from, from + step, ... up to to; random and LHS: lower bound)")
    @Range(min = -1e15, max = 1e15)
    public Double from;

    @Doc("End of the range (inclusive)")
    @Range(min = -1e15, max = 1e15)
    public Double to;

    @Doc("Step of the range (grid design)")
    @Range(min = -1e15, max = 1e15)
    public Double step;

    @Doc("Round drawn values to whole numbers (for integer parameters)")
    public boolean integer = false;
}
