package org.haian.strata.contribution.projection;

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
import org.haian.strata.contract.contribution.ResearchAuthorsAssigned;
import org.haian.strata.contract.contribution.ResearchReportAdopted;
import org.haian.strata.contract.contribution.ResearchReportNotAdopted;
import org.haian.strata.contract.contribution.ResearchReportSubmitted;
import org.haian.strata.contract.contribution.ResearchTopicSet;
import org.haian.strata.contribution.api.research.FindResearchTopic;
import org.haian.strata.contribution.api.research.ListResearchTopics;
import org.haian.strata.contribution.api.research.ResearchStatus;
import org.haian.strata.contribution.api.research.ResearchTopicPage;
import org.haian.strata.contribution.api.research.ResearchTopicView;
import org.haian.strata.platform.readmodel.OncePerEvent;
import org.haian.strata.platform.readmodel.PagedScan;
import org.springframework.stereotype.Component;

import static org.haian.strata.contribution.projection.Days.day;

/** The research topics (专题调研), one document per topic keyed by its id, with its authors, report and decision. */
@Component
@ProcessingGroup("research-directory")
public class ResearchDirectory {

    static final String COLLECTION = "research-topics";

    private final MongoCollection<Document> topics;

    public ResearchDirectory(MongoDatabase readModels) {
        this.topics = readModels.getCollection(COLLECTION);
    }

    @EventHandler
    void on(ResearchTopicSet event, @SequenceNumber long sequence) {
        OncePerEvent.apply(topics, event.topicId(), event.topicId(), sequence, Updates.combine(
                Updates.set("title", event.title()),
                Updates.set("category", event.category().name()),
                Updates.set("authorIds", List.of()),
                Updates.set("status", ResearchStatus.SET.name())));
    }

    @EventHandler
    void on(ResearchAuthorsAssigned event, @SequenceNumber long sequence) {
        OncePerEvent.apply(topics, event.topicId(), event.topicId(), sequence,
                Updates.pushEach("authorIds", event.authorIds()));
    }

    @EventHandler
    void on(ResearchReportSubmitted event, @SequenceNumber long sequence) {
        OncePerEvent.apply(topics, event.topicId(), event.topicId(), sequence, Updates.combine(
                Updates.set("status", ResearchStatus.SUBMITTED.name()),
                Updates.set("reportTitle", event.reportTitle()),
                Updates.set("documentReference", event.documentReference())));
    }

    @EventHandler
    void on(ResearchReportAdopted event, @SequenceNumber long sequence) {
        OncePerEvent.apply(topics, event.topicId(), event.topicId(), sequence, Updates.combine(
                Updates.set("status", ResearchStatus.ADOPTED.name()),
                Updates.set("adoptedBy", event.body()),
                Updates.set("adoptedOn", event.adoptedOn().toString())));
    }

    @EventHandler
    void on(ResearchReportNotAdopted event, @SequenceNumber long sequence) {
        OncePerEvent.apply(topics, event.topicId(), event.topicId(), sequence, Updates.combine(
                Updates.set("status", ResearchStatus.NOT_ADOPTED.name()),
                Updates.set("notAdoptedReason", event.reason())));
    }

    @QueryHandler
    Optional<ResearchTopicView> handle(FindResearchTopic query) {
        return Optional.ofNullable(topics.find(Filters.eq("_id", query.topicId())).first())
                .map(ResearchDirectory::view);
    }

    @QueryHandler
    ResearchTopicPage handle(ListResearchTopics query) {
        Bson filter = PagedScan.matching("category", query.category(), "status", query.status());
        PagedScan.Page<ResearchTopicView> page = PagedScan.page(topics, filter, null, Sorts.ascending("title", "_id"),
                query.page(), query.size(), ResearchDirectory::view);
        return new ResearchTopicPage(page.items(), query.page(), query.size(), page.total());
    }

    private static ResearchTopicView view(Document d) {
        return new ResearchTopicView(d.getString("_id"), d.getString("title"),
                Category.valueOf(d.getString("category")), d.getList("authorIds", String.class),
                ResearchStatus.valueOf(d.getString("status")), d.getString("reportTitle"),
                d.getString("documentReference"), d.getString("adoptedBy"), day(d, "adoptedOn"),
                d.getString("notAdoptedReason"));
    }
}
