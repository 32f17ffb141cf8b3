package org.haian.strata.liaison.projection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.liaison.JointConferenceEstablished;
import org.haian.strata.contract.liaison.MeetingHeld;
import org.haian.strata.contract.liaison.MemberUnitJoined;
import org.haian.strata.contract.liaison.MemberUnitLeft;
import org.haian.strata.contract.liaison.ResolutionStatus;
import org.haian.strata.contract.liaison.ResolutionStatusChanged;
import org.haian.strata.liaison.api.conference.ConferenceSummary;
import org.haian.strata.liaison.api.conference.ConferenceView;
import org.haian.strata.liaison.api.conference.FindConference;
import org.haian.strata.liaison.api.conference.ListConferences;
import org.haian.strata.platform.readmodel.OncePerEvent;
import org.springframework.stereotype.Component;

/**
 * The joint conference (联席会议) read model: one document per conference keyed by its id, holding its member units,
 * its meetings and, apart from the meetings, every resolution keyed by its id, so that a status change is one
 * atomic {@code $set} on one field and needs no positional array update. Resolution ids are minted by this service
 * (UUIDs), so they are safe as field names.
 */
@Component
@ProcessingGroup("conference-directory")
public class ConferenceDirectory {

    static final String COLLECTION = "conferences";

    private final MongoCollection<Document> conferences;

    public ConferenceDirectory(MongoDatabase readModels) {
        this.conferences = readModels.getCollection(COLLECTION);
    }

    @EventHandler
    void on(JointConferenceEstablished event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(event.conferenceId(), sequence, Updates.combine(
                Updates.set("name", event.name()),
                Updates.set("convener", event.convener()),
                Updates.set("establishedAt", Date.from(at))));
    }

    @EventHandler
    void on(MemberUnitJoined event, @SequenceNumber long sequence) {
        apply(event.conferenceId(), sequence, Updates.push("memberUnits",
                new Document("unit", event.unit()).append("category", event.category().name())));
    }

    @EventHandler
    void on(MemberUnitLeft event, @SequenceNumber long sequence) {
        apply(event.conferenceId(), sequence, Updates.pull("memberUnits", new Document("unit", event.unit())));
    }

    @EventHandler
    void on(MeetingHeld event, @SequenceNumber long sequence) {
        Document meeting = new Document("meetingId", event.meetingId())
                .append("date", event.date().toString())
                .append("attendingUnits", event.attendingUnits())
                .append("categories", event.categories().stream().map(Category::name).toList())
                .append("agenda", event.agenda())
                .append("resolutionIds", event.resolutions().stream().map(MeetingHeld.Resolution::resolutionId)
                        .toList());
        List<Bson> changes = new ArrayList<>();
        changes.add(Updates.push("meetings", meeting));
        for (MeetingHeld.Resolution resolution : event.resolutions()) {
            changes.add(Updates.set("resolutions." + resolution.resolutionId(), new Document("text", resolution.text())
                    .append("ownerUnit", resolution.ownerUnit())
                    .append("ownerCategory", resolution.ownerCategory().name())
                    .append("status", ResolutionStatus.OPEN.name())));
        }
        apply(event.conferenceId(), sequence, Updates.combine(changes));
    }

    @EventHandler
    void on(ResolutionStatusChanged event, @SequenceNumber long sequence) {
        apply(event.conferenceId(), sequence,
                Updates.set("resolutions." + event.resolutionId() + ".status", event.toStatus().name()));
    }

    @QueryHandler
    Optional<ConferenceView> handle(FindConference query) {
        return Optional.ofNullable(conferences.find(Filters.eq("_id", query.conferenceId())).first())
                .map(ConferenceDirectory::view);
    }

    @QueryHandler
    List<ConferenceSummary> handle(ListConferences query) {
        List<ConferenceSummary> summaries = new ArrayList<>();
        conferences.find().sort(Sorts.ascending("name", "_id")).forEach(d -> summaries.add(new ConferenceSummary(
                d.getString("_id"), d.getString("name"), d.getString("convener"),
                d.getList("memberUnits", Document.class, List.of()).size(),
                d.getList("meetings", Document.class, List.of()).size())));
        return summaries;
    }

    private void apply(String conferenceId, long sequence, Bson change) {
        OncePerEvent.apply(conferences, conferenceId, conferenceId, sequence, change);
    }

    private static ConferenceView view(Document d) {
        // Grouped per category, as the conference itself is (one group of units serves each category).
        List<ConferenceView.MemberUnit> units = d.getList("memberUnits", Document.class, List.of()).stream()
                .map(u -> new ConferenceView.MemberUnit(u.getString("unit"), Category.valueOf(u.getString("category"))))
                .sorted(Comparator.comparing(ConferenceView.MemberUnit::category)
                        .thenComparing(ConferenceView.MemberUnit::unit))
                .toList();
        Document resolutions = d.get("resolutions", new Document());
        List<ConferenceView.Meeting> meetings = d.getList("meetings", Document.class, List.of()).stream()
                .map(m -> meeting(m, resolutions))
                .toList();
        return new ConferenceView(d.getString("_id"), d.getString("name"), d.getString("convener"), units, meetings);
    }

    private static ConferenceView.Meeting meeting(Document m, Document resolutions) {
        List<ConferenceView.Resolution> resolved = m.getList("resolutionIds", String.class, List.of()).stream()
                .map(id -> {
                    Document r = resolutions.get(id, Document.class);
                    return new ConferenceView.Resolution(id, r.getString("text"), r.getString("ownerUnit"),
                            Category.valueOf(r.getString("ownerCategory")), ResolutionStatus.valueOf(r.getString("status")));
                })
                .toList();
        return new ConferenceView.Meeting(m.getString("meetingId"), LocalDate.parse(m.getString("date")),
                m.getList("attendingUnits", String.class, List.of()),
                m.getList("categories", String.class, List.of()).stream().map(Category::valueOf).toList(),
                m.getString("agenda"), resolved);
    }
}
