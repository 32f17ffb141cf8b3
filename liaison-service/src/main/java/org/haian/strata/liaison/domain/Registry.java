package org.haian.strata.liaison.domain;

import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.haian.strata.platform.domain.CommandRefused;

/** How a decider that spans two aggregates loads the one it only reads. */
final class Registry {

    private Registry() {
    }

    /** A record that is not there, or is of another kind, is the one not-found answer. */
    static <T> Aggregate<T> load(Repository<T> repository, String id, String field) {
        try {
            return repository.load(id);
        } catch (AggregateNotFoundException | IncompatibleAggregateException e) {
            throw CommandRefused.notFound(field);
        }
    }
}
