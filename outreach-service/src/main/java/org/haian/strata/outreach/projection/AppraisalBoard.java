package org.haian.strata.outreach.projection;

import java.util.ArrayList;
import java.util.Comparator;
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
import org.haian.strata.contract.outreach.AppraisalAwarded;
import org.haian.strata.contract.outreach.AppraisalClosed;
import org.haian.strata.contract.outreach.AppraisalKind;
import org.haian.strata.contract.outreach.AppraisalOpened;
import org.haian.strata.contract.outreach.NomineeNominated;
import org.haian.strata.contract.outreach.VoteCast;
import org.haian.strata.outreach.api.appraisals.AppraisalPage;
import org.haian.strata.outreach.api.appraisals.AppraisalState;
import org.haian.strata.outreach.api.appraisals.AppraisalSummary;
import org.haian.strata.outreach.api.appraisals.AppraisalView;
import org.haian.strata.outreach.api.appraisals.FindAppraisal;
import org.haian.strata.outreach.api.appraisals.ListAppraisals;
import org.haian.strata.outreach.api.appraisals.NomineeView;
import org.haian.strata.platform.readmodel.OncePerEvent;
import org.haian.strata.platform.readmodel.PagedScan;
import org.springframework.stereotype.Component;

import static org.haian.strata.platform.readmodel.PagedScan.allOf;
import static org.haian.strata.platform.readmodel.PagedScan.equalIfGiven;

/**
 * The appraisals (十佳评选), one document each with its nominees keyed by id and their votes so far. The order of
 * nomination is kept with each nominee, since it breaks ties.
 */
@Component
@ProcessingGroup("appraisal-board")
public class AppraisalBoard {

    static final String APPRAISALS = "appraisals";

    private final MongoCollection<Document> appraisals;

    public AppraisalBoard(MongoDatabase readModels) {
        this.appraisals = readModels.getCollection(APPRAISALS);
    }

    @EventHandler
    void on(AppraisalOpened event, @SequenceNumber long sequence) {
        change(event.appraisalId(), sequence, Updates.combine(Updates.set("year", event.year()),
                Updates.set("kind", event.kind().name()), Updates.set("state", AppraisalState.OPEN.name()),
                Updates.set("nomineeCount", 0), Updates.set("votes", 0), Updates.set("nominees", new Document())));
    }

    @EventHandler
    void on(NomineeNominated event, @SequenceNumber long sequence) {
        Document nominee = new Document("township", event.township()).append("category", event.category().name())
                .append("personId", event.personId()).append("organisationId", event.organisationId())
                .append("articleTitle", event.articleTitle()).append("articleLink", event.articleLink())
                .append("votes", 0).append("order", sequence);
        change(event.appraisalId(), sequence, Updates.combine(Updates.set("nominees." + event.nomineeId(), nominee),
                Updates.inc("nomineeCount", 1)));
    }

    @EventHandler
    void on(VoteCast event, @SequenceNumber long sequence) {
        change(event.appraisalId(), sequence, Updates.combine(
                Updates.inc("nominees." + event.nomineeId() + ".votes", 1), Updates.inc("votes", 1)));
    }

    @EventHandler
    void on(AppraisalClosed event, @SequenceNumber long sequence) {
        change(event.appraisalId(), sequence, Updates.set("state", AppraisalState.CLOSED.name()));
    }

    @EventHandler
    void on(AppraisalAwarded event, @SequenceNumber long sequence) {
        List<Bson> changes = new ArrayList<>();
        changes.add(Updates.set("state", AppraisalState.AWARDED.name()));
        event.awards().forEach(award -> changes.add(Updates.set("nominees." + award.nomineeId() + ".rank",
                award.rank())));
        change(event.appraisalId(), sequence, Updates.combine(changes));
    }

    @QueryHandler
    Optional<AppraisalView> handle(FindAppraisal query) {
        return Optional.ofNullable(appraisals.find(Filters.eq("_id", query.appraisalId())).first())
                .map(AppraisalBoard::view);
    }

    @QueryHandler
    AppraisalPage handle(ListAppraisals query) {
        Bson filter = allOf(equalIfGiven("year", query.year()), equalIfGiven("kind", query.kind()));
        PagedScan.Page<AppraisalSummary> page = PagedScan.page(appraisals, filter, null, Sorts.orderBy(Sorts.descending("year"),
                Sorts.ascending("kind", "_id")), query.page(), query.size(), d -> new AppraisalSummary(
                d.getString("_id"), d.getInteger("year"), AppraisalKind.valueOf(d.getString("kind")),
                AppraisalState.valueOf(d.getString("state")), d.getInteger("nomineeCount"), d.getInteger("votes")));
        return new AppraisalPage(page.items(), query.page(), query.size(), page.total());
    }

    private void change(String appraisalId, long sequence, Bson change) {
        OncePerEvent.apply(appraisals, appraisalId, appraisalId, sequence, change);
    }

    private static AppraisalView view(Document d) {
        Document nominees = d.get("nominees", Document.class);
        List<Document> ordered = new ArrayList<>();
        nominees.forEach((id, value) -> ordered.add(((Document) value).append("_id", id)));
        ordered.sort(Comparator.comparing((Document n) -> n.getInteger("votes")).reversed()
                .thenComparing(n -> ((Number) n.get("order")).longValue()));
        return new AppraisalView(d.getString("_id"), d.getInteger("year"), AppraisalKind.valueOf(d.getString("kind")),
                AppraisalState.valueOf(d.getString("state")), d.getInteger("votes"), ordered.stream()
                .map(n -> new NomineeView(n.getString("_id"), n.getString("township"),
                        Category.valueOf(n.getString("category")), n.getString("personId"),
                        n.getString("organisationId"), n.getString("articleTitle"), n.getString("articleLink"),
                        n.getInteger("votes"), n.getInteger("rank")))
                .toList());
    }
}
