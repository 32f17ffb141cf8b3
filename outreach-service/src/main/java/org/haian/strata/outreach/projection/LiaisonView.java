package org.haian.strata.outreach.projection;

import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.liaison.CadreLevel;
import org.haian.strata.contract.liaison.CadreRegistered;
import org.haian.strata.contract.liaison.ContactLogged;
import org.haian.strata.contract.liaison.OrganisationKind;
import org.haian.strata.contract.liaison.OrganisationRegistered;
import org.haian.strata.contract.liaison.OrganisationUpdated;
import org.haian.strata.contract.liaison.OrganisationRegistrationWithdrawn;
import org.haian.strata.contract.liaison.PersonArchived;
import org.haian.strata.contract.liaison.PersonRegistrationWithdrawn;
import org.haian.strata.contract.liaison.PersonCategoryChanged;
import org.haian.strata.contract.liaison.PersonForgotten;
import org.haian.strata.contract.liaison.PersonMovedToTownship;
import org.haian.strata.contract.liaison.PersonRegistered;
import org.haian.strata.outreach.api.references.CadreReference;
import org.haian.strata.outreach.api.references.FindCadreReference;
import org.haian.strata.outreach.api.references.FindOrganisationReference;
import org.haian.strata.outreach.api.references.FindPersonReference;
import org.haian.strata.outreach.api.references.OrganisationReference;
import org.haian.strata.outreach.api.references.PersonReference;
import org.haian.strata.platform.readmodel.OncePerEvent;
import org.springframework.stereotype.Component;

/**
 * Outreach's own view of liaison's registry: the people, organisations and cadres its commands name, with what
 * planning and counting need (township, category, kind, headcount, influence, level) and no names of people. Fed
 * from liaison's Kafka topic ({@code subscribedEvents}), never by calling liaison, so planning and logging go on
 * while liaison is down and the view catches up when its events flow again.
 */
@Component
@ProcessingGroup(LiaisonView.GROUP)
public class LiaisonView {

    static final String GROUP = "liaison-view";
    static final String PEOPLE = "known_people";
    static final String ORGANISATIONS = "known_organisations";
    static final String CADRES = "known_cadres";
    /** Contacts listed cadres logged, by day, township and category only: what a half-year summary counts. */
    static final String CONTACTS = "known_contacts";

    private final MongoCollection<Document> people;
    private final MongoCollection<Document> organisations;
    private final MongoCollection<Document> cadres;
    private final MongoCollection<Document> contacts;
    private final MongoCollection<Document> forms;
    private final MongoCollection<Document> activities;

    public LiaisonView(MongoDatabase readModels) {
        this.people = readModels.getCollection(PEOPLE);
        this.organisations = readModels.getCollection(ORGANISATIONS);
        this.cadres = readModels.getCollection(CADRES);
        this.contacts = readModels.getCollection(CONTACTS);
        this.forms = readModels.getCollection(ConnectionBook.FORMS);
        this.activities = readModels.getCollection(ActivityBoard.ACTIVITIES);
    }

    @EventHandler
    void on(PersonRegistered event, @SequenceNumber long sequence) {
        OncePerEvent.applyAtEndOfBatch(people, event.personId(), event.personId(), sequence, Updates.combine(
                Updates.set("township", event.township()), Updates.set("category", event.category().name()),
                Updates.set("archived", false)));
    }

    @EventHandler
    void on(PersonMovedToTownship event, @SequenceNumber long sequence) {
        OncePerEvent.applyAtEndOfBatch(people, event.personId(), event.personId(), sequence,
                Updates.set("township", event.toTownship()));
    }

    @EventHandler
    void on(PersonCategoryChanged event, @SequenceNumber long sequence) {
        OncePerEvent.applyAtEndOfBatch(people, event.personId(), event.personId(), sequence,
                Updates.set("category", event.toCategory().name()));
    }

    @EventHandler
    void on(PersonArchived event, @SequenceNumber long sequence) {
        OncePerEvent.applyAtEndOfBatch(people, event.personId(), event.personId(), sequence,
                Updates.set("archived", true));
    }

    /** A registration withdrawn with its import: the person takes no more outreach, as if archived. */
    @EventHandler
    void on(PersonRegistrationWithdrawn event, @SequenceNumber long sequence) {
        OncePerEvent.applyAtEndOfBatch(people, event.personId(), event.personId(), sequence,
                Updates.set("archived", true));
    }

    /**
     * A forgotten person can no longer be named here (as if archived), and what they said (a form's answers, an
     * appeal's subject) leaves outreach's read models, as it became unreadable in its events with their key.
     */
    @EventHandler
    void on(PersonForgotten event, @SequenceNumber long sequence) {
        OncePerEvent.applyAtEndOfBatch(people, event.personId(), event.personId(), sequence,
                Updates.set("archived", true));
        String answered = "returns." + event.personId();
        forms.updateMany(Filters.exists(answered), Updates.set(answered + ".answers", null));
        for (Document activity : activities.find()) {
            Document appeals = activity.get("appeals", new Document());
            appeals.forEach((appealId, appeal) -> {
                if (event.personId().equals(((Document) appeal).getString("personId"))) {
                    activities.updateOne(Filters.eq("_id", activity.getString("_id")),
                            Updates.set("appeals." + appealId + ".subject", null));
                }
            });
        }
    }

    @EventHandler
    void on(OrganisationRegistered event, @SequenceNumber long sequence) {
        OncePerEvent.applyAtEndOfBatch(organisations, event.organisationId(), event.organisationId(), sequence,
                organisation(event.name(), event.kind(), event.category(), event.township(), event.headcount(),
                        event.influence()));
    }

    @EventHandler
    void on(OrganisationUpdated event, @SequenceNumber long sequence) {
        OncePerEvent.applyAtEndOfBatch(organisations, event.organisationId(), event.organisationId(), sequence,
                organisation(event.name(), event.kind(), event.category(), event.township(), event.headcount(),
                        event.influence()));
    }

    /** Withdrawn with its import: no visit goes to it any more, and no suggestion names it. */
    @EventHandler
    void on(OrganisationRegistrationWithdrawn event, @SequenceNumber long sequence) {
        OncePerEvent.applyAtEndOfBatch(organisations, event.organisationId(), event.organisationId(), sequence,
                Updates.set("withdrawn", true));
    }

    /** Known and not withdrawn: an organisation outreach may name. */
    static boolean registered(Document organisation) {
        return organisation.containsKey("kind") && !organisation.getBoolean("withdrawn", false);
    }

    /**
     * A cadre's id is their sign-in name, which may hold a dot and so cannot be a mark of {@link OncePerEvent};
     * a cadre is registered once and never changed, so writing the same values again is harmless.
     */
    @EventHandler
    void on(CadreRegistered event) {
        cadres.updateOne(Filters.eq("_id", event.cadreId()), Updates.combine(
                Updates.set("level", event.level().name()), Updates.set("township", event.township())),
                new UpdateOptions().upsert(true));
    }

    /** One document per contact, keyed by the person's event: a repeat writes the same values again. */
    @EventHandler
    void on(ContactLogged event, @SequenceNumber long sequence) {
        contacts.updateOne(Filters.eq("_id", event.personId() + "|" + sequence), Updates.combine(
                Updates.set("township", event.township()), Updates.set("category", event.category().name()),
                Updates.set("date", event.date().toString())), new UpdateOptions().upsert(true));
    }

    @QueryHandler
    Optional<PersonReference> handle(FindPersonReference query) {
        return Optional.ofNullable(people.find(Filters.eq("_id", query.personId())).first())
                .filter(d -> d.containsKey("township"))
                .map(d -> new PersonReference(d.getString("_id"), Category.valueOf(d.getString("category")),
                        d.getString("township"), d.getBoolean("archived", false)));
    }

    @QueryHandler
    Optional<OrganisationReference> handle(FindOrganisationReference query) {
        return Optional.ofNullable(organisations.find(Filters.eq("_id", query.organisationId())).first())
                .filter(LiaisonView::registered)
                .map(LiaisonView::organisation);
    }

    @QueryHandler
    Optional<CadreReference> handle(FindCadreReference query) {
        return Optional.ofNullable(cadres.find(Filters.eq("_id", query.cadreId())).first())
                .map(d -> new CadreReference(d.getString("_id"), CadreLevel.valueOf(d.getString("level")),
                        d.getString("township")));
    }

    static OrganisationReference organisation(Document d) {
        return new OrganisationReference(d.getString("_id"), d.getString("name"),
                OrganisationKind.valueOf(d.getString("kind")), Category.valueOf(d.getString("category")),
                d.getString("township"), d.getInteger("headcount"), d.getInteger("influence"));
    }

    private static Bson organisation(String name, OrganisationKind kind, Category category,
                                                          String township, int headcount, int influence) {
        return Updates.combine(Updates.set("name", name), Updates.set("kind", kind.name()),
                Updates.set("category", category.name()), Updates.set("township", township),
                Updates.set("headcount", headcount), Updates.set("influence", influence));
    }
}
