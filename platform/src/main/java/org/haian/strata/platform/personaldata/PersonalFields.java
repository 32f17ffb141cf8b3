package org.haian.strata.platform.personaldata;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

import org.haian.strata.contract.personal.DataSubject;
import org.haian.strata.contract.personal.PersonalData;

/**
 * Which fields of an event type are {@link PersonalData}, and which one names its {@link DataSubject}; read once per
 * type from the record's annotations.
 *
 * @param subject  the field holding the subject's id; {@code null} when the type has no personal data
 * @param personal the personal fields, in declaration order
 */
record PersonalFields(String subject, List<String> personal) {

    private static final ClassValue<PersonalFields> OF = new ClassValue<>() {
        @Override
        protected PersonalFields computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            if (components == null) {
                return new PersonalFields(null, List.of());
            }
            List<String> personal = Arrays.stream(components)
                    .filter(component -> component.isAnnotationPresent(PersonalData.class))
                    .map(RecordComponent::getName)
                    .toList();
            List<String> subjects = Arrays.stream(components)
                    .filter(component -> component.isAnnotationPresent(DataSubject.class))
                    .map(RecordComponent::getName)
                    .toList();
            if (!personal.isEmpty() && subjects.size() != 1) {
                throw new IllegalStateException(type.getName() + " has personal data but not exactly one "
                        + "@DataSubject: it cannot say whose key encrypts it");
            }
            return new PersonalFields(personal.isEmpty() ? null : subjects.get(0), personal);
        }
    };

    static PersonalFields of(Class<?> type) {
        return OF.get(type);
    }

    boolean any() {
        return !personal.isEmpty();
    }
}
