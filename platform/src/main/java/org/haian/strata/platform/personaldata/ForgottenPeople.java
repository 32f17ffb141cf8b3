package org.haian.strata.platform.personaldata;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.haian.strata.contract.liaison.PersonForgotten;

/**
 * Deletes a forgotten person's key in this service: in the registry within the same transaction that stores the
 * event (a subscribing processor, see liaison's {@code application.yml}), in every other service as the event
 * arrives from Kafka.
 */
@ProcessingGroup(ForgottenPeople.GROUP)
public class ForgottenPeople {

    public static final String GROUP = "personal-data";

    private final PersonalDataKeys keys;

    public ForgottenPeople(PersonalDataKeys keys) {
        this.keys = keys;
    }

    @EventHandler
    void on(PersonForgotten forgotten) {
        keys.forget(forgotten.personId());
    }
}
