package org.haian.strata.platform.township;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** The value is the code of a configured township; {@code null} passes, so pair it with {@code @NotBlank}. */
@Documented
@Constraint(validatedBy = KnownTownshipValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface KnownTownship {

    String message() default "is not a known township code";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
