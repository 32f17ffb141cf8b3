package org.haian.strata.liaison.domain;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.haian.strata.contract.liaison.PersonRegistered;
import org.haian.strata.liaison.api.RegisterPerson;
import org.haian.strata.platform.domain.CommandRefused;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.haian.strata.platform.domain.CommandRefused.Kind.INVALID;

/** A new-social-strata person (新的社会阶层人士) in the registry of one township. */
@Aggregate
public class Person {

    @AggregateIdentifier
    private String personId;

    protected Person() {
        // For Axon, which rebuilds the person from their events.
    }

    @CommandHandler
    public Person(RegisterPerson command) {
        requireText("name", command.name());
        requireText("township", command.township());
        if (command.category() == null) {
            throw new CommandRefused(INVALID, "category", "is required");
        }
        apply(new PersonRegistered(command.personId(), command.name().strip(), command.category(),
                command.township(), strip(command.organisation()), strip(command.role())));
    }

    @EventSourcingHandler
    void on(PersonRegistered event) {
        this.personId = event.personId();
    }

    private static void requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new CommandRefused(INVALID, field, "must not be blank");
        }
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
