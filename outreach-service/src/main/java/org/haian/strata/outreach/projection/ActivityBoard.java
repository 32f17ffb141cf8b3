package org.haian.strata.outreach.projection;

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
import org.haian.strata.contract.outreach.ActivityKind;
import org.haian.strata.contract.outreach.ActivityOrganised;
import org.haian.strata.contract.outreach.AppealConcluded;
import org.haian.strata.contract.outreach.AppealHeard;
import org.haian.strata.contract.outreach.AppealOutcome;
import org.haian.strata.contract.outreach.AttendanceRecorded;
import org.haian.strata.contract.outreach.PeopleInvited;
import org.haian.strata.outreach.api.activities.ActivityPage;
import org.haian.strata.outreach.api.activities.ActivityView;
import org.haian.strata.outreach.api.activities.FindActivity;
import org.haian.strata.outreach.api.activities.ListActivities;
import org.haian.strata.platform.readmodel.OncePerEvent;
import org.haian.strata.platform.readmodel.PagedScan;
import org.springframework.stereotype.Component;

import static org.haian.strata.platform.readmodel.PagedScan.allOf;
import static org.haian.strata.platform.readmodel.PagedScan.equalIfGiven;

/** The activities of the programmes and the co-hosted events, one document each, with invitations and appeals. */
@Component
@ProcessingGroup("activity-board")
public class ActivityBoard {

    static final String ACTIVITIES = "activities";

    private final MongoCollection<Document> activities;

    public ActivityBoard(MongoDatabase readModels) {
        this.activities = readModels.getCollection(ACTIVITIES);
    }

    @EventHandler
    void on(ActivityOrganised event, @SequenceNumber long sequence) {
        change(event.activityId(), sequence, Updates.combine(Updates.set("township", event.township()),
                Updates.set("category", event.category().name()), Updates.set("kind", event.kind().name()),
                Updates.set("programme", event.kind().programme().name()), Updates.set("title", event.title()),
                Updates.set("heldOn", event.heldOn().toString()), Updates.set("partnerUnits", event.partnerUnits()),
                Updates.set("invited", List.of()), Updates.set("attended", List.of()),
                Updates.set("appeals", new Document())));
    }

    @EventHandler
    void on(PeopleInvited event, @SequenceNumber long sequence) {
        change(event.activityId(), sequence, Updates.pushEach("invited", event.personIds()));
    }

    @EventHandler
    void on(AttendanceRecorded event, @SequenceNumber long sequence) {
        change(event.activityId(), sequence, Updates.push("attended", event.personId()));
    }

    @EventHandler
    void on(AppealHeard event, @SequenceNumber long sequence) {
        change(event.activityId(), sequence, Updates.set("appeals." + event.appealId(),
                new Document("personId", event.personId()).append("subject", event.subject())
                        .append("order", sequence)));
    }

    @EventHandler
    void on(AppealConcluded event, @SequenceNumber long sequence) {
        String appeal = "appeals." + event.appealId();
        change(event.activityId(), sequence, Updates.combine(Updates.set(appeal + ".outcome", event.outcome().name()),
                Updates.set(appeal + ".concludedOn", event.concludedOn().toString()),
                Updates.set(appeal + ".note", event.note())));
    }

    @QueryHandler
    Optional<ActivityView> handle(FindActivity query) {
        return Optional.ofNullable(activities.find(Filters.eq("_id", query.activityId())).first())
                .map(ActivityBoard::view);
    }

    @QueryHandler
    ActivityPage handle(ListActivities query) {
        Bson filter = allOf(equalIfGiven("township", query.township()), equalIfGiven("category", query.category()),
                equalIfGiven("kind", query.kind()), equalIfGiven("programme", query.programme()));
        PagedScan.Page<ActivityView> page = PagedScan.page(activities, filter, null, Sorts.orderBy(Sorts.descending("heldOn"),
                Sorts.ascending("_id")), query.page(), query.size(), ActivityBoard::view);
        return new ActivityPage(page.items(), query.page(), query.size(), page.total());
    }

    private void change(String activityId, long sequence, Bson change) {
        OncePerEvent.apply(activities, activityId, activityId, sequence, change);
    }

    private static ActivityView view(Document d) {
        List<Document> appeals = new ArrayList<>();
        d.get("appeals", Document.class).forEach((id, value) -> appeals.add(((Document) value).append("_id", id)));
        appeals.sort((a, b) -> Long.compare(((Number) a.get("order")).longValue(),
                ((Number) b.get("order")).longValue()));
        ActivityKind kind = ActivityKind.valueOf(d.getString("kind"));
        return new ActivityView(d.getString("_id"), d.getString("township"), Category.valueOf(d.getString("category")),
                kind, kind.programme(), d.getString("title"), LocalDate.parse(d.getString("heldOn")),
                d.getList("partnerUnits", String.class), d.getList("invited", String.class),
                d.getList("attended", String.class), appeals.stream().map(a -> new ActivityView.Appeal(
                        a.getString("_id"), a.getString("personId"), a.getString("subject"),
                        a.getString("outcome") == null ? null : AppealOutcome.valueOf(a.getString("outcome")),
                        a.getString("concludedOn") == null ? null : LocalDate.parse(
                                a.getString("concludedOn")), a.getString("note"))).toList());
    }
}
