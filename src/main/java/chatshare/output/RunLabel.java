package chatshare.output;

/** Identifies one simulation run in every output row. */
public record RunLabel(String run, int replicate, long seed) {
}
