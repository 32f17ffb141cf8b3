package org.haian.strata.platform.time;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A day that may lie ahead, as far as a plan reaches: not before {@link DateWindow#EARLIEST} and not more than
 * {@link DateWindow#PLANNING_HORIZON} after today in Hai'an. For terms of office, due dates and plans. {@code null}
 * passes; pair it with {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = DateWindow.Plan.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlanDate {

    String message() default "must be a day between 1949-10-01 and ten years from today";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
