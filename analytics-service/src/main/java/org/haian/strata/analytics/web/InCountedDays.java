package org.haian.strata.analytics.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.haian.strata.analytics.engine.CountedDays;

/** A day figures can be asked about: within the read side's {@link CountedDays}; {@code null} passes. */
@Documented
@Constraint(validatedBy = InCountedDays.Validator.class)
@Target({ElementType.PARAMETER, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface InCountedDays {

    String message() default "must lie between " + "1949-10-01" + " and " + "2099-12-31";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<InCountedDays, LocalDate> {

        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return value == null || CountedDays.contains(value);
        }
    }
}
