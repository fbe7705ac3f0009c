package chatshare.config;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The allowed values of a string config key. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface OneOf {
    String[] value();

    /** Whether "" (the default: not given) is allowed too, so a resolved config loads again. */
    boolean orEmpty() default false;
}
