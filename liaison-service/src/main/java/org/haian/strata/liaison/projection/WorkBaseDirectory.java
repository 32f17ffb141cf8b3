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
import org.haian.strata.contract.liaison.WorkBaseClosed;
import org.haian.strata.contract.liaison.WorkBaseEstablished;
import org.haian.strata.liaison.api.bases.FindWorkBase;
import org.haian.strata.liaison.api.bases.ListWorkBases;
import org.haian.strata.liaison.api.bases.WorkBasePage;
import org.haian.strata.liaison.api.bases.WorkBaseView;
import org.haian.strata.platform.readmodel.OncePerEvent;
import org.haian.strata.platform.readmodel.PagedScan;
import org.springframework.stereotype.Component;

import static org.haian.strata.platform.readmodel.PagedScan.allOf;
import static org.haian.strata.platform.readmodel.PagedScan.equalIfGiven;

/**
 * The work bases (工作基地) read model, one document per base keyed by its id; a closed base stays, marked closed.
 * Lists are filtered scans ({@link PagedScan}): a city has a few dozen bases at most.
 */
@Component
@ProcessingGroup("work-base-directory")
public class WorkBaseDirectory {

    static final String COLLECTION = "work-bases";

    private final MongoCollection<Document> bases;

    public WorkBaseDirectory(MongoDatabase readModels) {
        this.bases = readModels.getCollection(COLLECTION);
    }

    @EventHandler
    void on(WorkBaseEstablished event, @SequenceNumber long sequence, @Timestamp Instant at) {
        OncePerEvent.apply(bases, event.baseId(), event.baseId(), sequence, Updates.combine(
                Updates.set("name", event.name()),
                Updates.set("category", event.category().name()),
                Updates.set("township", event.township()),
                Updates.set("anchorOrganisationId", event.anchorOrganisationId()),
                Updates.set("closed", false),
                Updates.set("establishedAt", Date.from(at))));
    }

    @EventHandler
    void on(WorkBaseClosed event, @SequenceNumber long sequence, @Timestamp Instant at) {
        OncePerEvent.apply(bases, event.baseId(), event.baseId(), sequence, Updates.combine(
                Updates.set("closed", true),
                Updates.set("closedReason", event.reason()),
                Updates.set("closedAt", Date.from(at))));
    }

    @QueryHandler
    Optional<WorkBaseView> handle(FindWorkBase query) {
        return Optional.ofNullable(bases.find(Filters.eq("_id", query.baseId())).first()).map(WorkBaseDirectory::view);
    }

    @QueryHandler
    WorkBasePage handle(ListWorkBases query) {
        PagedScan.Page<WorkBaseView> page = PagedScan.page(bases,
                allOf(equalIfGiven("township", query.township()), equalIfGiven("category", query.category())),
                null, PagedScan.BY_NAME, query.page(), query.size(), WorkBaseDirectory::view);
        return new WorkBasePage(page.items(), query.page(), query.size(), page.total());
    }

    private static WorkBaseView view(Document d) {
        Date closedAt = d.getDate("closedAt");
        return new WorkBaseView(d.getString("_id"), d.getString("name"), Category.valueOf(d.getString("category")),
                d.getString("township"), d.getString("anchorOrganisationId"), d.getBoolean("closed", false),
                d.getString("closedReason"), d.getDate("establishedAt").toInstant(),
                closedAt == null ? null : closedAt.toInstant());
    }
}
