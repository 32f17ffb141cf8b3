package org.haian.strata.outreach.projection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.outreach.AddressBookEntryAdded;
import org.haian.strata.contract.outreach.AddressBookEntryRemoved;
import org.haian.strata.contract.outreach.AddressBookOpened;
import org.haian.strata.contract.outreach.ContactSummaryFiled;
import org.haian.strata.contract.outreach.OpinionFormDrafted;
import org.haian.strata.contract.outreach.OpinionFormIssued;
import org.haian.strata.contract.outreach.OpinionFormReturned;
import org.haian.strata.outreach.api.connection.AddressBookPage;
import org.haian.strata.outreach.api.connection.AddressBookView;
import org.haian.strata.outreach.api.connection.ContactSummaryPage;
import org.haian.strata.outreach.api.connection.ContactSummaryView;
import org.haian.strata.outreach.api.connection.FindAddressBook;
import org.haian.strata.outreach.api.connection.FindContactSummary;
import org.haian.strata.outreach.api.connection.FindOpinionForm;
import org.haian.strata.outreach.api.connection.ListAddressBooks;
import org.haian.strata.outreach.api.connection.ListContactSummaries;
import org.haian.strata.outreach.api.connection.ListOpinionForms;
import org.haian.strata.outreach.api.connection.OpinionFormPage;
import org.haian.strata.outreach.api.connection.OpinionFormView;
import org.haian.strata.outreach.api.connection.PeriodFigures;
import org.haian.strata.outreach.api.connection.SummaryFigures;
import org.haian.strata.platform.readmodel.OncePerEvent;
import org.haian.strata.platform.readmodel.PagedScan;
import org.springframework.stereotype.Component;

/**
 * Professional connection (专业相通): address books, opinion forms with one document per delivery (a form to a
 * person: when it went out and came back, which the summaries count by), and the half-year summaries with every
 * filing. Also the figures of a period for a summary, counted from outreach's own read side.
 */
@Component
@ProcessingGroup("connection-book")
public class ConnectionBook {

    static final String BOOKS = "address_books";
    static final String FORMS = "opinion_forms";
    static final String DELIVERIES = "form_deliveries";
    static final String SUMMARIES = "contact_summaries";
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final MongoCollection<Document> books;
    private final MongoCollection<Document> forms;
    private final MongoCollection<Document> deliveries;
    private final MongoCollection<Document> summaries;
    private final MongoCollection<Document> visits;
    private final MongoCollection<Document> problems;
    private final MongoCollection<Document> contacts;

    public ConnectionBook(MongoDatabase readModels) {
        this.books = readModels.getCollection(BOOKS);
        this.forms = readModels.getCollection(FORMS);
        this.deliveries = readModels.getCollection(DELIVERIES);
        this.summaries = readModels.getCollection(SUMMARIES);
        this.visits = readModels.getCollection(VisitBook.VISITS);
        this.problems = readModels.getCollection(VisitBook.PROBLEMS);
        this.contacts = readModels.getCollection(LiaisonView.CONTACTS);
    }

    // A book's id holds its keeper's sign-in name, which may hold a dot and so cannot be a mark of OncePerEvent:
    // opening sets the same values again, and an entry is a field set or unset, so a repeat changes nothing.
    @EventHandler
    void on(AddressBookOpened event) {
        books.updateOne(Filters.eq("_id", event.bookId()), Updates.combine(Updates.set("township", event.township()),
                Updates.set("keeperCadreId", event.keeperCadreId())), UPSERT);
    }

    @EventHandler
    void on(AddressBookEntryAdded event) {
        books.updateOne(Filters.eq("_id", event.bookId()), Updates.set("entries." + event.personId(),
                event.online()), UPSERT);
    }

    @EventHandler
    void on(AddressBookEntryRemoved event) {
        books.updateOne(Filters.eq("_id", event.bookId()), Updates.unset("entries." + event.personId()));
    }

    @EventHandler
    void on(OpinionFormDrafted event, @SequenceNumber long sequence) {
        OncePerEvent.apply(forms, event.formId(), event.formId(), sequence, Updates.combine(
                Updates.set("township", event.township()), Updates.set("title", event.title()),
                Updates.set("questions", event.questions()), Updates.set("issuedTo", List.of()),
                Updates.set("returns", new Document())));
    }

    @EventHandler
    void on(OpinionFormIssued event, @SequenceNumber long sequence) {
        OncePerEvent.apply(forms, event.formId(), event.formId(), sequence,
                Updates.pushEach("issuedTo", event.personIds()));
        for (String person : event.personIds()) {
            deliveries.updateOne(Filters.eq("_id", event.formId() + "|" + person), Updates.combine(
                    Updates.set("township", event.township()), Updates.set("issuedOn", event.issuedOn().toString())),
                    UPSERT);
        }
    }

    @EventHandler
    void on(OpinionFormReturned event, @SequenceNumber long sequence) {
        OncePerEvent.apply(forms, event.formId(), event.formId(), sequence, Updates.set("returns." + event.personId(),
                new Document("returnedOn", event.returnedOn().toString()).append("answers", event.answers())
                        .append("order", sequence)));
        deliveries.updateOne(Filters.eq("_id", event.formId() + "|" + event.personId()),
                Updates.set("returnedOn", event.returnedOn().toString()), UPSERT);
    }

    @EventHandler
    void on(ContactSummaryFiled event, @SequenceNumber long sequence, @Timestamp Instant at) {
        Document filing = new Document("filing", event.filing()).append("periodEnd", event.periodEnd().toString())
                .append("figures", new Document(new LinkedHashMap<>(event.figures())))
                .append("narrative", event.narrative()).append("filedAt", Date.from(at));
        OncePerEvent.apply(summaries, event.summaryId(), event.summaryId(), sequence, Updates.combine(
                Updates.set("township", event.township()), Updates.set("year", event.year()),
                Updates.set("half", event.half()), Updates.push("filings", filing)));
    }

    @QueryHandler
    Optional<AddressBookView> handle(FindAddressBook query) {
        return Optional.ofNullable(books.find(Filters.eq("_id", query.bookId())).first())
                .filter(d -> d.containsKey("township"))
                .map(ConnectionBook::book);
    }

    @QueryHandler
    AddressBookPage handle(ListAddressBooks query) {
        PagedScan.Page<AddressBookView> page = PagedScan.page(books, PagedScan.allOf(Filters.exists("township"),
                        PagedScan.equalIfGiven("township", query.township())), null, Sorts.ascending("_id"),
                query.page(), query.size(), ConnectionBook::book);
        return new AddressBookPage(page.items(), query.page(), query.size(), page.total());
    }

    private static AddressBookView book(Document d) {
        List<AddressBookView.Entry> entries = new ArrayList<>();
        d.get("entries", new Document()).forEach((person, online) ->
                entries.add(new AddressBookView.Entry(person, (Boolean) online)));
        entries.sort(Comparator.comparing(AddressBookView.Entry::personId));
        return new AddressBookView(d.getString("_id"), d.getString("township"), d.getString("keeperCadreId"),
                entries);
    }

    @QueryHandler
    Optional<OpinionFormView> handle(FindOpinionForm query) {
        return Optional.ofNullable(forms.find(Filters.eq("_id", query.formId())).first()).map(ConnectionBook::form);
    }

    @QueryHandler
    OpinionFormPage handle(ListOpinionForms query) {
        PagedScan.Page<OpinionFormView> page = PagedScan.page(forms, PagedScan.matching("township", query.township()),
                null, Sorts.ascending("title", "_id"), query.page(), query.size(), ConnectionBook::form);
        return new OpinionFormPage(page.items(), query.page(), query.size(), page.total());
    }

    private static OpinionFormView form(Document d) {
        List<Document> returns = new ArrayList<>();
        d.get("returns", Document.class).forEach((person, value) ->
                returns.add(((Document) value).append("_id", person)));
        returns.sort(Comparator.comparing(r -> ((Number) r.get("order")).longValue()));
        List<String> issued = d.getList("issuedTo", String.class);
        return new OpinionFormView(d.getString("_id"), d.getString("township"), d.getString("title"),
                d.getList("questions", String.class), issued, returns.stream()
                .map(r -> new OpinionFormView.FormReturn(r.getString("_id"),
                        LocalDate.parse(r.getString("returnedOn")), r.getList("answers", String.class)))
                .toList(), issued.isEmpty() ? 0 : (double) returns.size() / issued.size());
    }

    @QueryHandler
    Optional<ContactSummaryView> handle(FindContactSummary query) {
        return Optional.ofNullable(summaries.find(Filters.eq("_id", query.summaryId())).first())
                .map(ConnectionBook::summary);
    }

    @QueryHandler
    ContactSummaryPage handle(ListContactSummaries query) {
        PagedScan.Page<ContactSummaryView> page = PagedScan.page(summaries, PagedScan.matching("township",
                        query.township(), "year", query.year()), null,
                Sorts.orderBy(Sorts.descending("year", "half"), Sorts.ascending("_id")), query.page(), query.size(),
                ConnectionBook::summary);
        return new ContactSummaryPage(page.items(), query.page(), query.size(), page.total());
    }

    private static ContactSummaryView summary(Document d) {
        List<ContactSummaryView.Filing> filings = new ArrayList<>();
        for (Document f : d.getList("filings", Document.class)) {
            Map<String, Long> figures = new LinkedHashMap<>();
            f.get("figures", Document.class).forEach((name, value) -> figures.put(name,
                    ((Number) value).longValue()));
            filings.add(new ContactSummaryView.Filing(f.getInteger("filing"),
                    LocalDate.parse(f.getString("periodEnd")), figures, f.getString("narrative"),
                    f.getDate("filedAt").toInstant()));
        }
        filings.sort(Comparator.comparingInt(ContactSummaryView.Filing::filing).reversed());
        return new ContactSummaryView(d.getString("_id"), d.getString("township"), d.getInteger("year"),
                d.getInteger("half"), filings);
    }

    /** Each figure of {@link SummaryFigures}, a count of documents whose day lies in the period. */
    @QueryHandler
    PeriodFigures handle(SummaryFigures query) {
        Bson township = Filters.eq("township", query.township());
        Bson staff = Filters.eq("category", Category.ENTERPRISE_STAFF.name());
        Map<String, Long> figures = new LinkedHashMap<>();
        figures.put(SummaryFigures.VISITS, count(visits, Filters.and(township, staff, within("visitedOn", query))));
        figures.put(SummaryFigures.PROBLEMS_RAISED, count(problems, Filters.and(township, staff,
                within("raisedOn", query))));
        figures.put(SummaryFigures.PROBLEMS_RESOLVED, count(problems, Filters.and(township, staff,
                within("resolvedOn", query))));
        figures.put(SummaryFigures.FORMS_ISSUED, count(deliveries, Filters.and(township, within("issuedOn", query))));
        figures.put(SummaryFigures.FORMS_RETURNED, count(deliveries, Filters.and(township,
                within("returnedOn", query))));
        figures.put(SummaryFigures.CONTACTS_LOGGED, count(contacts, Filters.and(township, staff,
                within("date", query))));
        return new PeriodFigures(figures);
    }

    private static Bson within(String field, SummaryFigures query) {
        return Filters.and(Filters.gte(field, query.from().toString()), Filters.lte(field, query.to().toString()));
    }

    private static long count(MongoCollection<Document> collection, Bson filter) {
        long count = 0;
        for (Document ignored : collection.find(filter).projection(Projections.include("_id"))) {
            count++;
        }
        return count;
    }
}
