package org.haian.strata.contribution.projection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
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
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.EventMetadata;
import org.haian.strata.contract.contribution.SuggestionAccepted;
import org.haian.strata.contract.contribution.SuggestionAdopted;
import org.haian.strata.contract.contribution.SuggestionImplemented;
import org.haian.strata.contract.contribution.SuggestionLevel;
import org.haian.strata.contract.contribution.SuggestionRejected;
import org.haian.strata.contract.contribution.SuggestionSubmitted;
import org.haian.strata.contract.contribution.SuggestionWrittenIntoPlan;
import org.haian.strata.contribution.api.suggestions.FindSuggestion;
import org.haian.strata.contribution.api.suggestions.ListSuggestions;
import org.haian.strata.contribution.api.suggestions.SuggestionPage;
import org.haian.strata.contribution.api.suggestions.SuggestionStatus;
import org.haian.strata.contribution.api.suggestions.SuggestionStep;
import org.haian.strata.contribution.api.suggestions.SuggestionView;
import org.haian.strata.platform.readmodel.OncePerEvent;
import org.haian.strata.platform.readmodel.PagedScan;
import org.springframework.stereotype.Component;

import static org.haian.strata.contribution.api.suggestions.SuggestionStatus.ACCEPTED;
import static org.haian.strata.contribution.api.suggestions.SuggestionStatus.ADOPTED;
import static org.haian.strata.contribution.api.suggestions.SuggestionStatus.IMPLEMENTED;
import static org.haian.strata.contribution.api.suggestions.SuggestionStatus.IN_PLAN;
import static org.haian.strata.contribution.api.suggestions.SuggestionStatus.REJECTED;
import static org.haian.strata.contribution.api.suggestions.SuggestionStatus.SUBMITTED;

/**
 * The suggestions (建言献策) read model, one document per suggestion keyed by its id, with every step it took: who
 * took it (the acting user the event store keeps with the event) and when it was recorded.
 */
@Component
@ProcessingGroup("suggestion-directory")
public class SuggestionDirectory {

    static final String COLLECTION = "suggestions";

    private final MongoCollection<Document> suggestions;

    public SuggestionDirectory(MongoDatabase readModels) {
        this.suggestions = readModels.getCollection(COLLECTION);
    }

    @EventHandler
    void on(SuggestionSubmitted event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(EventMetadata.ACTING_USER) String by) {
        step(event.suggestionId(), sequence, SUBMITTED, by, at, null,
                Updates.set("township", event.township()),
                Updates.set("category", event.category().name()),
                Updates.set("authorIds", event.authorIds()),
                Updates.set("topic", event.topic()),
                Updates.set("text", event.text()),
                Updates.set("level", event.level().name()),
                Updates.set("agreementId", event.agreementId()),
                Updates.set("fromAgreement", event.agreementId() != null),
                Updates.set("meetingId", event.meetingId()),
                Updates.set("submittedAt", Date.from(at)));
    }

    @EventHandler
    void on(SuggestionAccepted event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(EventMetadata.ACTING_USER) String by) {
        step(event.suggestionId(), sequence, ACCEPTED, by, at, null);
    }

    @EventHandler
    void on(SuggestionRejected event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(EventMetadata.ACTING_USER) String by) {
        step(event.suggestionId(), sequence, REJECTED, by, at, event.reason());
    }

    @EventHandler
    void on(SuggestionAdopted event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(EventMetadata.ACTING_USER) String by) {
        step(event.suggestionId(), sequence, ADOPTED, by, at, event.body(), Updates.set("adoptedBy", event.body()));
    }

    @EventHandler
    void on(SuggestionImplemented event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(EventMetadata.ACTING_USER) String by) {
        step(event.suggestionId(), sequence, IMPLEMENTED, by, at, event.note(),
                Updates.set("implementationNote", event.note()),
                Updates.set("implementedOn", event.implementedOn().toString()),
                Updates.set("documentReference", event.documentReference()));
    }

    @EventHandler
    void on(SuggestionWrittenIntoPlan event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(EventMetadata.ACTING_USER) String by) {
        step(event.suggestionId(), sequence, IN_PLAN, by, at, event.plan(), Updates.set("plan", event.plan()));
    }

    @QueryHandler
    Optional<SuggestionView> handle(FindSuggestion query) {
        return Optional.ofNullable(suggestions.find(Filters.eq("_id", query.suggestionId())).first())
                .map(SuggestionDirectory::view);
    }

    @QueryHandler
    SuggestionPage handle(ListSuggestions query) {
        Bson filter = PagedScan.matching("township", query.township(), "category", query.category(),
                "status", query.status(), "fromAgreement", query.fromAgreement());
        PagedScan.Page<SuggestionView> page = PagedScan.page(suggestions, filter, null,
                Sorts.orderBy(Sorts.descending("submittedAt"), Sorts.ascending("_id")), query.page(), query.size(),
                SuggestionDirectory::view);
        return new SuggestionPage(page.items(), query.page(), query.size(), page.total());
    }

    private void step(String suggestionId, long sequence, SuggestionStatus status, String by, Instant at,
                      String detail, Bson... changes) {
        Document step = new Document("status", status.name()).append("by", by).append("at", Date.from(at))
                .append("detail", detail);
        OncePerEvent.apply(suggestions, suggestionId, suggestionId, sequence, Updates.combine(
                Updates.combine(changes), Updates.set("status", status.name()), Updates.push("steps", step)));
    }

    private static SuggestionView view(Document d) {
        String implementedOn = d.getString("implementedOn");
        List<SuggestionStep> steps = d.getList("steps", Document.class).stream()
                .map(step -> new SuggestionStep(SuggestionStatus.valueOf(step.getString("status")),
                        step.getString("by"), step.getDate("at").toInstant(), step.getString("detail")))
                .toList();
        return new SuggestionView(d.getString("_id"), d.getString("township"), Category.valueOf(d.getString("category")),
                d.getList("authorIds", String.class), d.getString("topic"), d.getString("text"),
                SuggestionLevel.valueOf(d.getString("level")), d.getString("agreementId"), d.getString("meetingId"),
                SuggestionStatus.valueOf(d.getString("status")), d.getString("adoptedBy"),
                d.getString("implementationNote"), implementedOn == null ? null : LocalDate.parse(implementedOn),
                d.getString("documentReference"), d.getString("plan"), steps);
    }
}
