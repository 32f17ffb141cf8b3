package org.haian.strata.liaison.projection;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.liaison.ArrangementBody;
import org.haian.strata.contract.liaison.ArrangementLevel;
import org.haian.strata.contract.liaison.CadreLevel;
import org.haian.strata.contract.liaison.ContactChannel;
import org.haian.strata.contract.liaison.ContactLogged;
import org.haian.strata.contract.liaison.LiaisonAssigned;
import org.haian.strata.contract.liaison.LiaisonEnded;
import org.haian.strata.contract.liaison.PersonArchived;
import org.haian.strata.contract.liaison.PersonCategoryChanged;
import org.haian.strata.contract.liaison.PersonForgotten;
import org.haian.strata.contract.liaison.PersonMovedToTownship;
import org.haian.strata.contract.liaison.PersonProfileUpdated;
import org.haian.strata.contract.liaison.PersonRegistered;
import org.haian.strata.contract.liaison.PersonRegistrationWithdrawn;
import org.haian.strata.contract.liaison.PoliticalArrangementRecorded;
import org.haian.strata.contract.liaison.RepresentativeFigureDesignated;
import org.haian.strata.contract.liaison.RepresentativeFigureWithdrawn;
import org.haian.strata.liaison.api.listedliaison.Caseload;
import org.haian.strata.liaison.api.listedliaison.FindCaseload;
import org.haian.strata.liaison.api.people.FindPerson;
import org.haian.strata.liaison.api.people.PeoplePage;
import org.haian.strata.liaison.api.people.PersonSummary;
import org.haian.strata.liaison.api.people.PersonView;
import org.haian.strata.liaison.api.people.SearchPeople;
import org.haian.strata.platform.domain.VisibleText;
import org.haian.strata.platform.readmodel.OncePerEvent;
import org.haian.strata.platform.readmodel.PagedScan;
import org.haian.strata.platform.time.ContactOverdue;
import org.springframework.stereotype.Component;

/**
 * The registry's own read model of people (人士库): one document per person in {@code people}, keyed by the
 * person's id, with everything their page shows; and one document per cadre in {@code caseloads}, keyed by the
 * cadre's id, mapping each person they befriend now to the first day of the assignment and the last contact, so
 * that a cadre's list reads one caseload and then exactly its people by {@code _id $in}.
 *
 * <p>Searches filter and count by scanning {@code people}: the MongoDB-wire server has no secondary indexes, and at
 * this registry's scale (about 2,000 people in the city) a scan is a few milliseconds. Dates are kept as ISO text,
 * which sorts and compares ({@code $max}) like the dates themselves.
 */
@Component
@ProcessingGroup("person-directory")
public class PersonDirectory {

    static final String PEOPLE = "people";
    static final String CASELOADS = "caseloads";
    private static final Bson SUMMARY = Projections.include("name", "category", "township", "organisation", "role",
            "representative", "archived");

    private final MongoCollection<Document> people;
    private final MongoCollection<Document> caseloads;
    private final Clock clock;
    private final ContactOverdue overdue;

    public PersonDirectory(MongoDatabase readModels, Clock clock, ContactOverdue overdue) {
        this.people = readModels.getCollection(PEOPLE);
        this.caseloads = readModels.getCollection(CASELOADS);
        this.clock = clock;
        this.overdue = overdue;
    }

    /** A replay builds the registry again from nothing: each document's marks would otherwise skip every event. */
    @ResetHandler
    void startingOver() {
        people.drop();
        caseloads.drop();
    }

    @EventHandler
    void on(PersonRegistered event, @SequenceNumber long sequence, @Timestamp Instant at) {
        person(event.personId(), sequence,
                Updates.set("name", event.name()),
                Updates.set("category", event.category().name()),
                Updates.set("township", event.township()),
                Updates.set("organisation", event.organisation()),
                Updates.set("organisationKey", IdentityKey.of(event.organisation())),
                Updates.set("role", event.role()),
                Updates.set("representative", false),
                Updates.set("archived", false),
                Updates.set("registeredAt", Date.from(at)));
    }

    @EventHandler
    void on(PersonProfileUpdated event, @SequenceNumber long sequence) {
        person(event.personId(), sequence,
                Updates.set("organisation", event.organisation()),
                Updates.set("organisationKey", IdentityKey.of(event.organisation())),
                Updates.set("role", event.role()),
                Updates.set("phone", event.phone()),
                Updates.set("email", event.email()),
                Updates.set("wechat", event.wechat()));
    }

    @EventHandler
    void on(PersonMovedToTownship event, @SequenceNumber long sequence) {
        person(event.personId(), sequence, Updates.set("township", event.toTownship()));
    }

    @EventHandler
    void on(PersonCategoryChanged event, @SequenceNumber long sequence) {
        person(event.personId(), sequence, Updates.set("category", event.toCategory().name()));
    }

    @EventHandler
    void on(RepresentativeFigureDesignated event, @SequenceNumber long sequence) {
        person(event.personId(), sequence, Updates.set("representative", true));
    }

    @EventHandler
    void on(RepresentativeFigureWithdrawn event, @SequenceNumber long sequence) {
        person(event.personId(), sequence, Updates.set("representative", false));
    }

    @EventHandler
    void on(PoliticalArrangementRecorded event, @SequenceNumber long sequence) {
        person(event.personId(), sequence, Updates.push("politicalArrangements", new Document()
                .append("body", event.body().name())
                .append("level", event.level().name())
                .append("post", event.post())
                .append("termStart", text(event.termStart()))
                .append("termEnd", text(event.termEnd()))));
    }

    @EventHandler
    void on(PersonArchived event, @SequenceNumber long sequence, @Timestamp Instant at) {
        person(event.personId(), sequence,
                Updates.set("archived", true),
                Updates.set("archiveReason", event.reason()),
                Updates.set("archivedAt", Date.from(at)));
    }

    /**
     * A registration taken back with its import leaves every list and page, archived ones too, as if the import had
     * not been; the document stays, marked, so that a redelivered registration cannot bring the person back.
     */
    @EventHandler
    void on(PersonRegistrationWithdrawn event, @SequenceNumber long sequence) {
        person(event.personId(), sequence, Updates.set("withdrawn", true));
    }

    /**
     * Erases what identifies the person, contacts' notes and the issues they raised included; what counts them
     * (township, category, flags, dates) stays. A rebuild reads their events back without the key and shows the same.
     */
    @EventHandler
    void on(PersonForgotten event, @SequenceNumber long sequence) {
        // A contact logged earlier in the same batch must be read back to be erased.
        OncePerEvent.writePending();
        Document person = people.find(Filters.eq("_id", event.personId())).projection(Projections.include("contacts"))
                .first();
        List<Document> contacts = person == null ? List.of() : person.getList("contacts", Document.class, List.of())
                .stream()
                .map(contact -> new Document(contact).append("notes", null).append("issuesRaised", List.of()))
                .toList();
        person(event.personId(), sequence,
                Updates.set("forgotten", true),
                Updates.set("name", null),
                Updates.set("phone", null),
                Updates.set("email", null),
                Updates.set("wechat", null),
                Updates.set("archiveReason", null),
                Updates.set("contacts", contacts));
    }

    @EventHandler
    void on(LiaisonAssigned event, @SequenceNumber long sequence) {
        person(event.personId(), sequence, Updates.push("cadres", new Document()
                .append("cadreId", event.cadreId())
                .append("cadreLevel", event.cadreLevel().name())
                .append("since", text(event.since()))));
        caseload(event.cadreId(), event.personId(), sequence,
                Updates.set(entry(event.personId()) + ".since", text(event.since())));
    }

    @EventHandler
    void on(LiaisonEnded event, @SequenceNumber long sequence) {
        person(event.personId(), sequence, Updates.pullByFilter(
                new Document("cadres", new Document("cadreId", event.cadreId()))));
        caseload(event.cadreId(), event.personId(), sequence, Updates.unset(entry(event.personId())));
    }

    @EventHandler
    void on(ContactLogged event, @SequenceNumber long sequence) {
        person(event.personId(), sequence, Updates.push("contacts", new Document()
                .append("cadreId", event.cadreId())
                .append("date", text(event.date()))
                .append("channel", event.channel().name())
                .append("notes", event.notes())
                .append("issuesRaised", event.issuesRaised())));
        // Contacts may be logged out of date order (last week's visit after today's call): the latest date wins.
        caseload(event.cadreId(), event.personId(), sequence,
                Updates.max(entry(event.personId()) + ".lastContact", text(event.date())));
    }

    @QueryHandler
    Optional<PersonView> handle(FindPerson query) {
        return Optional.ofNullable(people.find(Filters.eq("_id", query.personId())).first())
                .filter(person -> !person.getBoolean("withdrawn", false))
                .map(PersonDirectory::view);
    }

    @QueryHandler
    PeoplePage handle(SearchPeople query) {
        // Names are stored in their visible form, and a fragment typed with an invisible character finds them too.
        String name = VisibleText.of(query.name());
        Bson filter = PagedScan.allOf(
                query.archived() ? Filters.eq("archived", true) : Filters.ne("archived", true),
                Filters.ne("withdrawn", true),
                PagedScan.equalIfGiven("township", query.township()),
                PagedScan.equalIfGiven("category", query.category()),
                PagedScan.equalIfGiven("organisationKey", IdentityKey.of(query.organisation())),
                name == null ? null : Filters.regex("name", Pattern.quote(name), "i"),
                PagedScan.equalIfGiven("representative", query.representative()));
        PagedScan.Page<PersonSummary> page = PagedScan.page(people, filter, SUMMARY, PagedScan.BY_NAME, query.page(),
                query.size(), PersonDirectory::summary);
        return new PeoplePage(page.items(), query.page(), query.size(), page.total());
    }

    @QueryHandler
    Caseload handle(FindCaseload query) {
        Document caseload = caseloads.find(Filters.eq("_id", query.cadreId())).first();
        Document assigned = caseload == null ? new Document() : caseload.get("people", new Document());
        LocalDate today = LocalDate.now(clock);
        List<Caseload.Entry> entries = new ArrayList<>();
        for (Document person : people.find(Filters.in("_id", assigned.keySet()))
                .projection(Projections.include("name", "township", "category"))) {
            if (query.township() != null && !query.township().equals(person.getString("township"))) {
                continue;
            }
            Document assignment = assigned.get(person.getString("_id"), Document.class);
            LocalDate since = date(assignment.getString("since"));
            LocalDate lastContact = date(assignment.getString("lastContact"));
            entries.add(new Caseload.Entry(person.getString("_id"), person.getString("name"),
                    person.getString("township"), Category.valueOf(person.getString("category")), since,
                    lastContact, overdue.isOverdue(lastContact != null ? lastContact : since, today)));
        }
        // A forgotten person stays on the list (the assignment still counts) without a name: they come last.
        entries.sort(Comparator.comparing(Caseload.Entry::name, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Caseload.Entry::personId));
        return new Caseload(query.cadreId(), overdue.after(), entries);
    }

    private void person(String personId, long sequence, Bson... changes) {
        OncePerEvent.applyAtEndOfBatch(people, personId, personId, sequence, Updates.combine(changes));
    }

    private void caseload(String cadreId, String personId, long sequence, Bson change) {
        OncePerEvent.applyAtEndOfBatch(caseloads, cadreId, personId, sequence, change);
    }

    /** A person's entry in a caseload; person ids are UUIDs, safe as field names. */
    private static String entry(String personId) {
        return "people." + personId;
    }

    private static PersonView view(Document d) {
        List<PersonView.Contact> contacts = d.getList("contacts", Document.class, List.of()).stream()
                .map(c -> new PersonView.Contact(c.getString("cadreId"), date(c.getString("date")),
                        ContactChannel.valueOf(c.getString("channel")), c.getString("notes"),
                        c.getList("issuesRaised", String.class, List.of())))
                .sorted(Comparator.comparing(PersonView.Contact::date).reversed())
                .toList();
        List<PersonView.Liaison> cadres = d.getList("cadres", Document.class, List.of()).stream()
                .map(l -> liaison(l, contacts))
                .toList();
        List<PersonView.Arrangement> arrangements = d.getList("politicalArrangements", Document.class, List.of())
                .stream()
                .map(a -> new PersonView.Arrangement(ArrangementBody.valueOf(a.getString("body")),
                        ArrangementLevel.valueOf(a.getString("level")), a.getString("post"),
                        date(a.getString("termStart")), date(a.getString("termEnd"))))
                .toList();
        return new PersonView(d.getString("_id"), d.getString("name"), Category.valueOf(d.getString("category")),
                d.getString("township"), d.getString("organisation"), d.getString("role"), d.getString("phone"),
                d.getString("email"), d.getString("wechat"), d.getBoolean("representative", false), arrangements,
                cadres, contacts, d.getBoolean("archived", false), d.getString("archiveReason"),
                d.getBoolean("forgotten", false), d.getDate("registeredAt").toInstant());
    }

    /** The cadre's last contact within the current assignment; one before it belongs to an earlier assignment. */
    private static PersonView.Liaison liaison(Document liaison, List<PersonView.Contact> contacts) {
        String cadreId = liaison.getString("cadreId");
        LocalDate since = date(liaison.getString("since"));
        LocalDate lastContact = contacts.stream()
                .filter(c -> c.cadreId().equals(cadreId) && !c.date().isBefore(since))
                .map(PersonView.Contact::date)
                .max(Comparator.naturalOrder())
                .orElse(null);
        return new PersonView.Liaison(cadreId, CadreLevel.valueOf(liaison.getString("cadreLevel")), since,
                lastContact);
    }

    private static PersonSummary summary(Document d) {
        return new PersonSummary(d.getString("_id"), d.getString("name"), Category.valueOf(d.getString("category")),
                d.getString("township"), d.getString("organisation"), d.getString("role"),
                d.getBoolean("representative", false), d.getBoolean("archived", false));
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
