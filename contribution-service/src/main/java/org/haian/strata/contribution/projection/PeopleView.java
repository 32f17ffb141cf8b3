package org.haian.strata.contribution.projection;

import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.SourceId;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.liaison.MemberAdmitted;
import org.haian.strata.contract.liaison.MemberRemoved;
import org.haian.strata.contract.liaison.PersonArchived;
import org.haian.strata.contract.liaison.PersonRegistrationWithdrawn;
import org.haian.strata.contract.liaison.PersonCategoryChanged;
import org.haian.strata.contract.liaison.PersonMovedToTownship;
import org.haian.strata.contract.liaison.PersonRegistered;
import org.haian.strata.contribution.api.people.FindPersonReference;
import org.haian.strata.contribution.api.people.PersonReference;
import org.haian.strata.platform.readmodel.OncePerEvent;
import org.springframework.stereotype.Component;

/**
 * This service's own view of liaison's people, read from liaison's topic (the {@code subscribedEvents} source):
 * where each person is, their category, whether they were archived, and whether they are a member (会员) of the
 * association. No names: a reference to a person needs none. It lags behind liaison by moments, which is fine for
 * checking that a named person exists; rights are never decided from it.
 *
 * <p>A membership may arrive before the registration it belongs to (they are two aggregates, two partitions): a
 * document without a category is a person not yet known, whatever else it says.
 */
@Component
@ProcessingGroup("people-view")
public class PeopleView {

    static final String COLLECTION = "people";

    private final MongoCollection<Document> people;

    public PeopleView(MongoDatabase readModels) {
        this.people = readModels.getCollection(COLLECTION);
    }

    @EventHandler
    void on(PersonRegistered event, @SourceId String aggregateId, @SequenceNumber long sequence) {
        change(event.personId(), aggregateId, sequence, Updates.combine(Updates.set("township", event.township()),
                Updates.set("category", event.category().name()), Updates.set("archived", false)));
    }

    @EventHandler
    void on(PersonMovedToTownship event, @SourceId String aggregateId, @SequenceNumber long sequence) {
        change(event.personId(), aggregateId, sequence, Updates.set("township", event.toTownship()));
    }

    @EventHandler
    void on(PersonCategoryChanged event, @SourceId String aggregateId, @SequenceNumber long sequence) {
        change(event.personId(), aggregateId, sequence, Updates.set("category", event.toCategory().name()));
    }

    @EventHandler
    void on(PersonArchived event, @SourceId String aggregateId, @SequenceNumber long sequence) {
        change(event.personId(), aggregateId, sequence, Updates.set("archived", true));
    }

    /** A registration withdrawn with its import: the person takes no more contributions, as if archived. */
    @EventHandler
    void on(PersonRegistrationWithdrawn event, @SourceId String aggregateId, @SequenceNumber long sequence) {
        change(event.personId(), aggregateId, sequence, Updates.set("archived", true));
    }

    @EventHandler
    void on(MemberAdmitted event, @SourceId String aggregateId, @SequenceNumber long sequence) {
        change(event.personId(), aggregateId, sequence, Updates.set("member", true));
    }

    @EventHandler
    void on(MemberRemoved event, @SourceId String aggregateId, @SequenceNumber long sequence) {
        change(event.personId(), aggregateId, sequence, Updates.set("member", false));
    }

    @QueryHandler
    Optional<PersonReference> handle(FindPersonReference query) {
        return Optional.ofNullable(people.find(Filters.eq("_id", query.personId())).first())
                .filter(person -> person.getString("category") != null)
                .map(person -> new PersonReference(person.getString("_id"), person.getString("township"),
                        Category.valueOf(person.getString("category")), person.getBoolean("archived", false),
                        person.getBoolean("member", false)));
    }

    private void change(String personId, String aggregateId, long sequence, Bson change) {
        OncePerEvent.applyAtEndOfBatch(people, personId, aggregateId, sequence, change);
    }
}
