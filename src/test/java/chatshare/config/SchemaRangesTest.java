package chatshare.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every numeric key of every config file (experiments and calibration targets) declares a finite
 * @Range, so no value the loader accepts can be 1e308; a new key without one fails here, by name.
 * Seeds (long) are bounded by their type, checked exactly on load.
 */
class SchemaRangesTest {
    @Test
    void everyNumericKeyHasAFiniteRange() {
        List<String> missing = new ArrayList<>();
        for (Class<?> root : List.of(ExperimentConfig.class, chatshare.calibration.TargetsConfig.class)) {
            walk(root, root.getSimpleName(), missing, new ArrayList<>());
        }
        assertEquals(List.of(), missing, "numeric keys without a finite @Range");
    }

    private static void walk(Class<?> section, String prefix, List<String> missing, List<Class<?>> seen) {
        if (seen.contains(section)) {
            return;
        }
        seen.add(section);
        for (Map.Entry<String, Field> e : Schema.fields(section).entrySet()) {
            Field f = e.getValue();
            Type leaf = f.getGenericType();
            while (Schema.isMap(leaf) || Schema.isList(leaf)) {
                leaf = Schema.element(leaf);
            }
            if (Schema.isSection(leaf)) {
                walk((Class<?>) leaf, prefix + "." + e.getKey(), missing, seen);
            }
            boolean numeric = leaf == double.class || leaf == Double.class || leaf == int.class || leaf == Integer.class;
            Range r = f.getAnnotation(Range.class);
            if (numeric && (r == null || !Double.isFinite(r.min()) || !Double.isFinite(r.max()))) {
                missing.add(prefix + "." + e.getKey());
            }
        }
    }
}
