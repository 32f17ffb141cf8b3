package org.haian.strata.platform.township;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Spring's validator factory builds this with the {@link Townships} bean injected. */
public class KnownTownshipValidator implements ConstraintValidator<KnownTownship, String> {

    private final Townships townships;

    public KnownTownshipValidator(Townships townships) {
        this.townships = townships;
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || value.isBlank() || townships.isKnown(value);
    }
}
