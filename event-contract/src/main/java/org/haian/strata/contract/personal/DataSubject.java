package org.haian.strata.contract.personal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The id of the person whose {@link PersonalData} an event carries: whose key encrypts it, and whose forgetting
 * erases it. An event with personal data has exactly one.
 */
@Documented
@Target(ElementType.RECORD_COMPONENT)
@Retention(RetentionPolicy.RUNTIME)
public @interface DataSubject {
}
