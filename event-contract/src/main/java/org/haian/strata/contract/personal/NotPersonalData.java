package org.haian.strata.contract.personal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field that looks personal and is not (an organisation's name, a branch's), so that the contract test, which
 * refuses an unmarked personal-looking field, knows that someone decided it.
 */
@Documented
@Target(ElementType.RECORD_COMPONENT)
@Retention(RetentionPolicy.RUNTIME)
public @interface NotPersonalData {

    /** Why it is not personal. */
    String value();
}
