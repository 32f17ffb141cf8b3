package org.haian.strata.contribution.projection;

import java.time.LocalDate;
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
import org.haian.strata.contract.contribution.PublicGoodActivityHeld;
import org.haian.strata.contract.contribution.PublicGoodActivityKind;
import org.haian.strata.contribution.api.publicgood.ActivityPage;
import org.haian.strata.contribution.api.publicgood.ActivityView;
import org.haian.strata.contribution.api.publicgood.FindActivity;
import org.haian.strata.contribution.api.publicgood.ListActivities;
import org.haian.strata.platform.readmodel.OncePerEvent;
import org.haian.strata.platform.readmodel.PagedScan;
import org.springframework.stereotype.Component;

/** The public-good activities (公益活动), one document per activity keyed by its id. */
@Component
@ProcessingGroup("activity-directory")
public class ActivityDirectory {

    static final String COLLECTION = "activities";

    private final MongoCollection<Document> activities;

    public ActivityDirectory(MongoDatabase readModels) {
        this.activities = readModels.getCollection(COLLECTION);
    }

    @EventHandler
    void on(PublicGoodActivityHeld event, @SequenceNumber long sequence) {
        OncePerEvent.apply(activities, event.activityId(), event.activityId(), sequence, Updates.combine(
                Updates.set("township", event.township()),
                Updates.set("category", event.category().name()),
                Updates.set("kind", event.kind().name()),
                Updates.set("title", event.title()),
                Updates.set("heldOn", event.heldOn().toString()),
                Updates.set("participantIds", event.participantIds())));
    }

    @QueryHandler
    Optional<ActivityView> handle(FindActivity query) {
        return Optional.ofNullable(activities.find(Filters.eq("_id", query.activityId())).first())
                .map(ActivityDirectory::view);
    }

    @QueryHandler
    ActivityPage handle(ListActivities query) {
        Bson filter = PagedScan.matching("township", query.township(), "kind", query.kind());
        PagedScan.Page<ActivityView> page = PagedScan.page(activities, filter, null,
                Sorts.orderBy(Sorts.descending("heldOn"), Sorts.ascending("_id")), query.page(), query.size(),
                ActivityDirectory::view);
        return new ActivityPage(page.items(), query.page(), query.size(), page.total());
    }

    private static ActivityView view(Document d) {
        return new ActivityView(d.getString("_id"), d.getString("township"), Category.valueOf(d.getString("category")),
                PublicGoodActivityKind.valueOf(d.getString("kind")), d.getString("title"),
                LocalDate.parse(d.getString("heldOn")), d.getList("participantIds", String.class));
    }
}
