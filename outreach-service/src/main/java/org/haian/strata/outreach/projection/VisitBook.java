package org.haian.strata.outreach.projection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.liaison.CadreLevel;
import org.haian.strata.contract.outreach.ProblemRaised;
import org.haian.strata.contract.outreach.ProblemResolved;
import org.haian.strata.contract.outreach.VisitLogged;
import org.haian.strata.contract.outreach.VisitPlanned;
import org.haian.strata.outreach.api.references.OrganisationReference;
import org.haian.strata.outreach.api.visits.FindVisit;
import org.haian.strata.outreach.api.visits.ListProblems;
import org.haian.strata.outreach.api.visits.ListVisits;
import org.haian.strata.outreach.api.visits.ProblemPage;
import org.haian.strata.outreach.api.visits.ProblemView;
import org.haian.strata.outreach.api.visits.SuggestVisits;
import org.haian.strata.outreach.api.visits.VisitCandidate;
import org.haian.strata.outreach.api.visits.VisitPage;
import org.haian.strata.outreach.api.visits.VisitPriority;
import org.haian.strata.outreach.api.visits.VisitSuggestion;
import org.haian.strata.outreach.api.visits.VisitView;
import org.haian.strata.platform.readmodel.OncePerEvent;
import org.haian.strata.platform.readmodel.PagedScan;
import org.springframework.stereotype.Component;

import static org.haian.strata.platform.readmodel.PagedScan.allOf;
import static org.haian.strata.platform.readmodel.PagedScan.equalIfGiven;

/**
 * Visits and the problems raised on them, one document each, and on outreach's view of each organisation the day
 * it was last visited, which the weekly suggestion orders by. Dates are kept as ISO text, whose order is the
 * calendar's, so "due before today" is a plain comparison.
 */
@Component
@ProcessingGroup("visit-book")
public class VisitBook {

    static final String VISITS = "visits";
    static final String PROBLEMS = "problems";

    private final MongoCollection<Document> visits;
    private final MongoCollection<Document> problems;
    private final MongoCollection<Document> organisations;
    private final Clock clock;

    public VisitBook(MongoDatabase readModels, Clock clock) {
        this.visits = readModels.getCollection(VISITS);
        this.problems = readModels.getCollection(PROBLEMS);
        this.organisations = readModels.getCollection(LiaisonView.ORGANISATIONS);
        this.clock = clock;
    }

    @EventHandler
    void on(VisitPlanned event, @SequenceNumber long sequence) {
        Document organisation = organisations.find(Filters.eq("_id", event.organisationId())).first();
        OncePerEvent.apply(visits, event.visitId(), event.visitId(), sequence, Updates.combine(
                Updates.set("township", event.township()), Updates.set("category", event.category().name()),
                Updates.set("organisationId", event.organisationId()),
                Updates.set("organisationName", organisation == null ? null : organisation.getString("name")),
                Updates.set("plannedFor", event.plannedFor().toString()),
                Updates.set("plannedLeadCadreId", event.leadCadreId()), Updates.set("logged", false)));
    }

    @EventHandler
    void on(VisitLogged event, @SequenceNumber long sequence) {
        OncePerEvent.apply(visits, event.visitId(), event.visitId(), sequence, Updates.combine(
                Updates.set("logged", true), Updates.set("visitedOn", event.visitedOn().toString()),
                Updates.set("leadCadreId", event.leadCadreId()),
                Updates.set("leadCadreLevel", event.leadCadreLevel().name()),
                Updates.set("visitingCadreIds", event.visitingCadreIds()),
                Updates.set("peopleMetIds", event.peopleMetIds()), Updates.set("findings", event.findings())));
        // The latest visit counts, whatever order visits were logged in.
        OncePerEvent.apply(organisations, event.organisationId(), event.visitId(), sequence,
                Updates.max("lastVisitedOn", event.visitedOn().toString()));
    }

    @EventHandler
    void on(ProblemRaised event, @SequenceNumber long sequence) {
        Document visit = visits.find(Filters.eq("_id", event.visitId())).first();
        OncePerEvent.apply(problems, event.problemId(), event.visitId(), sequence, Updates.combine(
                Updates.set("visitId", event.visitId()), Updates.set("township", event.township()),
                Updates.set("category", event.category().name()),
                Updates.set("organisationId", visit == null ? null : visit.getString("organisationId")),
                Updates.set("description", event.description()), Updates.set("owner", event.owner()),
                Updates.set("raisedOn", event.raisedOn().toString()), Updates.set("dueOn", event.dueOn().toString()),
                Updates.set("resolved", false)));
    }

    @EventHandler
    void on(ProblemResolved event, @SequenceNumber long sequence) {
        OncePerEvent.apply(problems, event.problemId(), event.visitId(), sequence, Updates.combine(
                Updates.set("resolved", true), Updates.set("resolvedOn", event.resolvedOn().toString()),
                Updates.set("note", event.note())));
    }

    @QueryHandler
    Optional<VisitView> handle(FindVisit query) {
        return Optional.ofNullable(visits.find(Filters.eq("_id", query.visitId())).first()).map(VisitBook::visit);
    }

    @QueryHandler
    VisitPage handle(ListVisits query) {
        Bson filter = allOf(equalIfGiven("township", query.township()), equalIfGiven("category", query.category()),
                equalIfGiven("organisationId", query.organisationId()), equalIfGiven("logged", query.logged()));
        PagedScan.Page<VisitView> page = PagedScan.page(visits, filter, null, Sorts.orderBy(Sorts.descending("plannedFor"),
                Sorts.ascending("_id")), query.page(), query.size(), VisitBook::visit);
        return new VisitPage(page.items(), query.page(), query.size(), page.total());
    }

    @QueryHandler
    ProblemPage handle(ListProblems query) {
        String today = LocalDate.now(clock).toString();
        Bson state = query.state() == null ? null : switch (query.state()) {
            case OPEN -> Filters.eq("resolved", false);
            case OVERDUE -> Filters.and(Filters.eq("resolved", false), Filters.lt("dueOn", today));
            case RESOLVED -> Filters.eq("resolved", true);
        };
        Bson filter = allOf(equalIfGiven("township", query.township()), equalIfGiven("category", query.category()),
                state);
        PagedScan.Page<ProblemView> page = PagedScan.page(problems, filter, null, Sorts.ascending("dueOn", "_id"), query.page(),
                query.size(), d -> problem(d, today));
        return new ProblemPage(page.items(), query.page(), query.size(), page.total());
    }

    /** Every organisation of the township and category, weighed by {@link VisitPriority}; the first {@code limit}. */
    @QueryHandler
    VisitSuggestion handle(SuggestVisits query) {
        List<Document> found = new ArrayList<>();
        organisations.find(Filters.and(Filters.eq("township", query.township()),
                Filters.eq("category", query.category().name()))).into(found);
        List<Document> ordered = found.stream().filter(LiaisonView::registered)
                .sorted((a, b) -> VisitPriority.ORDER.compare(weighed(a), weighed(b)))
                .limit(query.limit())
                .toList();
        List<VisitCandidate> candidates = new ArrayList<>();
        for (Document d : ordered) {
            OrganisationReference organisation = LiaisonView.organisation(d);
            candidates.add(new VisitCandidate(candidates.size() + 1, organisation.organisationId(),
                    organisation.name(), organisation.kind(), organisation.headcount(), organisation.influence(),
                    date(d, "lastVisitedOn")));
        }
        return new VisitSuggestion(query.township(), query.category(), candidates);
    }

    private static VisitPriority.Weighed weighed(Document d) {
        return new VisitPriority.Weighed(d.getString("_id"), d.getString("name"), d.getInteger("headcount"),
                d.getInteger("influence"), date(d, "lastVisitedOn"));
    }

    private static VisitView visit(Document d) {
        String level = d.getString("leadCadreLevel");
        return new VisitView(d.getString("_id"), d.getString("township"), Category.valueOf(d.getString("category")),
                d.getString("organisationId"), d.getString("organisationName"), date(d, "plannedFor"),
                d.getString("plannedLeadCadreId"), d.getBoolean("logged", false), date(d, "visitedOn"),
                d.getString("leadCadreId"), level == null ? null : CadreLevel.valueOf(level),
                d.getList("visitingCadreIds", String.class, List.of()), d.getList("peopleMetIds", String.class,
                List.of()), d.getString("findings"));
    }

    private static ProblemView problem(Document d, String today) {
        boolean resolved = d.getBoolean("resolved", false);
        return new ProblemView(d.getString("_id"), d.getString("visitId"), d.getString("township"),
                Category.valueOf(d.getString("category")), d.getString("organisationId"), d.getString("description"),
                d.getString("owner"), date(d, "raisedOn"), date(d, "dueOn"), resolved, date(d, "resolvedOn"),
                d.getString("note"), !resolved && d.getString("dueOn").compareTo(today) < 0);
    }

    private static LocalDate date(Document d, String field) {
        String value = d.getString(field);
        return value == null ? null : LocalDate.parse(value);
    }
}
