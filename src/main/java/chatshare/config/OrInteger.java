package chatshare.config;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A config section that may also be given as one integer (checked against the field's
 * {@link Range}), e.g. {@code "replicates": 3} or {@code "replicates": {"min": 5, ...}}. The
 * section's class reads and writes both forms with its own Gson adapter.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface OrInteger {
}
