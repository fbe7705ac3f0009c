package chatshare.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bestResponseGap moment on the baseline (ChatGPT at its fixed $20): more price-sensitive
 * consumers lower the best response, so the gap falls; the probe leaves the run unchanged, so
 * the other moments are bit-identical with and without it.
 */
class BestResponseGapTest {
    private static final Path BASELINE = Path.of("experiments", "baseline.json");
    private static final List<String> SMALL = List.of("users.agents=3000", "market.ticks=4",
            "firms.chatgpt.strategy.pricing=fixed");

    @TempDir
    Path tmp;

    private Targets targets(boolean withGap) throws Exception {
        String gap = """
                { "name": "gap", "firm": "chatgpt", "column": "price", "statistic": "bestResponseGap",
                  "date": "2024-01-20", "target": 0, "scale": 0.25 },
                """;
        String json = """
                { "moments": [ %s
                  { "name": "share", "firm": "chatgpt", "column": "share", "statistic": "mean",
                    "from": "2024-01-01", "to": "2024-01-28", "target": 0.2 } ],
                  "parameters": { "users.segments.consumer.priceSensitivity": { "from": 0.05, "to": 0.9 } } }
                """.formatted(withGap ? gap : "");
        Path file = tmp.resolve(withGap ? "gap.json" : "plain.json");
        Files.writeString(file, json);
        return Targets.load(file, BASELINE, SMALL);
    }

    private List<Evaluator.Evaluation> evaluate(Targets t, double... alphas) throws Exception {
        try (Evaluator e = new Evaluator(BASELINE, SMALL, t.moments, Evaluator.seeds(7, 2), 2, n -> { })) {
            List<Map<String, Double>> points = java.util.Arrays.stream(alphas)
                    .mapToObj(a -> Map.of("users.segments.consumer.priceSensitivity", a)).toList();
            return e.evaluate(points);
        }
    }

    @Test
    void moreSensitiveConsumersLowerTheBestResponseAndTheProbeChangesNothingElse() throws Exception {
        List<Evaluator.Evaluation> gaps = evaluate(targets(true), 0.05, 0.9);
        double lowAlpha = gaps.get(0).means()[0];
        double highAlpha = gaps.get(1).means()[0];
        assertTrue(highAlpha < lowAlpha, "gap at alpha 0.9 (" + highAlpha + ") below gap at 0.05 (" + lowAlpha + ")");
        assertTrue(highAlpha < 0, "at alpha 0.9/$ a $20 plan is far above the best response: " + highAlpha);
        assertTrue(highAlpha >= -1, "a price is never negative");
        List<Evaluator.Evaluation> plain = evaluate(targets(false), 0.05, 0.9);
        for (int p = 0; p < 2; p++) {
            assertEquals(plain.get(p).means()[0], gaps.get(p).means()[1], 0, "probing the best response changed the run");
        }
    }
}
