package chatshare.calibration;

import chatshare.config.Doc;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A calibration targets file ({@code ./chatshare calibrate CONFIG TARGETS}): the moments a run
 * should reproduce and the box of parameters to search. Strict JSON, validated like a config.
 */
public class TargetsConfig {
    @Doc("Moments: numbers measured on a run's firms.csv or market.csv, each with its target")
    public List<MomentConfig> moments = new ArrayList<>();

    @Doc("Calibrated parameters by path (as for --set, e.g. users.segments.consumer.reviewProb) with their range")
    public Map<String, ParameterRangeConfig> parameters = new LinkedHashMap<>();
}
