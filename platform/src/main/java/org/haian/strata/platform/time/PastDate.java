package org.haian.strata.platform.time;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A day that has happened: not before {@link DateWindow#EARLIEST} and not after today in Hai'an. For the days of
 * contacts, visits, meetings and the first day of an assignment. {@code null} passes; pair it with
 * {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = DateWindow.Past.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PastDate {

    String message() default "must be a day between 1949-10-01 and today";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
