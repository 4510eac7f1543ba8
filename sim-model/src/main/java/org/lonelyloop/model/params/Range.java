package org.lonelyloop.model.params;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The allowed range and unit of a numeric parameter, declared once on the record component. The
 * scenario validator, the JSON Schema, the GUI sliders and docs/ODD.md all read it from here.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface Range {
    double min();

    double max();

    /** Unit in words, e.g. "per day", "minutes per day", "share of agents"; empty for pure numbers. */
    String unit() default "";
}
