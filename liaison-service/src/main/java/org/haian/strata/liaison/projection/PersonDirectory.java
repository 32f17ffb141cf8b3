package org.haian.strata.liaison.projection;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.liaison.PersonRegistered;
import org.haian.strata.liaison.api.FindPerson;
import org.haian.strata.liaison.api.PersonView;
import org.haian.strata.platform.readmodel.OncePerEvent;
import org.springframework.stereotype.Component;

/** The registry's own read model of people, one document per person keyed by the person's id. */
@Component
@ProcessingGroup("person-directory")
public class PersonDirectory {

    static final String COLLECTION = "people";

    private final MongoCollection<Document> people;

    public PersonDirectory(MongoDatabase readModels) {
        this.people = readModels.getCollection(COLLECTION);
    }

    @EventHandler
    void on(PersonRegistered event, @SequenceNumber long sequence, @Timestamp Instant at) {
        OncePerEvent.apply(people, event.personId(), event.personId(), sequence, Updates.combine(
                Updates.set("name", event.name()),
                Updates.set("category", event.category().name()),
                Updates.set("township", event.township()),
                Updates.set("organisation", event.organisation()),
                Updates.set("role", event.role()),
                Updates.set("registeredAt", Date.from(at))));
    }

    @QueryHandler
    Optional<PersonView> handle(FindPerson query) {
        return Optional.ofNullable(people.find(Filters.eq("_id", query.personId())).first()).map(PersonDirectory::view);
    }

    private static PersonView view(Document d) {
        return new PersonView(d.getString("_id"), d.getString("name"), Category.valueOf(d.getString("category")),
                d.getString("township"), d.getString("organisation"), d.getString("role"),
                d.getDate("registeredAt").toInstant());
    }
}
