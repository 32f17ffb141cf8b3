package org.haian.strata.contract.personal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Personal data (个人信息) of the event's {@link DataSubject}: a name, a phone number, an e-mail address, a WeChat id,
 * notes about them. The services' serializer writes it encrypted with that person's own key, into the event store
 * and onto Kafka, and reads it back only where the key is; once the person is forgotten the key is gone and the
 * field reads {@code null} everywhere, in every replay. Marking a field is all a developer does.
 */
@Documented
@Target(ElementType.RECORD_COMPONENT)
@Retention(RetentionPolicy.RUNTIME)
public @interface PersonalData {
}
