package org.haian.strata.contribution.projection;

import java.time.LocalDate;
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
import org.haian.strata.contract.contribution.ContributionRaised;
import org.haian.strata.contract.contribution.GovernmentMeetingAttended;
import org.haian.strata.contract.contribution.MeetingKind;
import org.haian.strata.contribution.api.meetings.FindMeeting;
import org.haian.strata.contribution.api.meetings.ListMeetings;
import org.haian.strata.contribution.api.meetings.MeetingPage;
import org.haian.strata.contribution.api.meetings.MeetingView;
import org.haian.strata.platform.readmodel.OncePerEvent;
import org.haian.strata.platform.readmodel.PagedScan;
import org.springframework.stereotype.Component;

/** The government meetings members attended, one document per meeting with what they raised, keyed by its id. */
@Component
@ProcessingGroup("meeting-directory")
public class MeetingDirectory {

    static final String COLLECTION = "meetings";

    private final MongoCollection<Document> meetings;

    public MeetingDirectory(MongoDatabase readModels) {
        this.meetings = readModels.getCollection(COLLECTION);
    }

    @EventHandler
    void on(GovernmentMeetingAttended event, @SequenceNumber long sequence) {
        OncePerEvent.apply(meetings, event.meetingId(), event.meetingId(), sequence, Updates.combine(
                Updates.set("township", event.township()),
                Updates.set("kind", event.kind().name()),
                Updates.set("title", event.title()),
                Updates.set("heldOn", event.heldOn().toString()),
                Updates.set("attendeeIds", event.attendeeIds())));
    }

    @EventHandler
    void on(ContributionRaised event, @SequenceNumber long sequence) {
        OncePerEvent.apply(meetings, event.meetingId(), event.meetingId(), sequence, Updates.push("contributions",
                new Document("contributionId", event.contributionId()).append("personId", event.personId())
                        .append("text", event.text())));
    }

    @QueryHandler
    Optional<MeetingView> handle(FindMeeting query) {
        return Optional.ofNullable(meetings.find(Filters.eq("_id", query.meetingId())).first())
                .map(MeetingDirectory::view);
    }

    @QueryHandler
    MeetingPage handle(ListMeetings query) {
        Bson filter = PagedScan.matching("township", query.township(), "kind", query.kind());
        PagedScan.Page<MeetingView> page = PagedScan.page(meetings, filter, null,
                Sorts.orderBy(Sorts.descending("heldOn"), Sorts.ascending("_id")), query.page(), query.size(),
                MeetingDirectory::view);
        return new MeetingPage(page.items(), query.page(), query.size(), page.total());
    }

    private static MeetingView view(Document d) {
        return new MeetingView(d.getString("_id"), d.getString("township"), MeetingKind.valueOf(d.getString("kind")),
                d.getString("title"), LocalDate.parse(d.getString("heldOn")), d.getList("attendeeIds", String.class),
                d.getList("contributions", Document.class, List.of()).stream()
                        .map(c -> new MeetingView.Contribution(c.getString("contributionId"), c.getString("personId"),
                                c.getString("text")))
                        .toList());
    }
}
