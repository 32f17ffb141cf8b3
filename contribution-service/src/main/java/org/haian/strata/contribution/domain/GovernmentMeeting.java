package org.haian.strata.contribution.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.haian.strata.contract.contribution.ContributionRaised;
import org.haian.strata.contract.contribution.GovernmentMeetingAttended;
import org.haian.strata.contribution.api.meetings.RaiseContribution;
import org.haian.strata.contribution.api.meetings.RecordMeetingAttendance;
import org.haian.strata.platform.domain.CommandRefused;
import org.haian.strata.platform.domain.Require;
import org.haian.strata.platform.domain.TownshipRecord;
import org.haian.strata.platform.domain.TownshipScope;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A government meeting members of the association attended (列席政府工作会议, 通报会), and what they raised there.
 * Only someone who attended raises something at it.
 */
@Aggregate
public class GovernmentMeeting extends TownshipRecord {

    @AggregateIdentifier
    private String meetingId;
    private String township;
    private final Set<String> attendees = new HashSet<>();

    protected GovernmentMeeting() {
        // For Axon, which rebuilds the meeting from its events.
    }

    @CommandHandler
    public GovernmentMeeting(RecordMeetingAttendance command, MetaData metaData) {
        String township = Require.name("township", command.township(), 50);
        TownshipScope.require(metaData, township, "township");
        List<String> attendees = Checks.people("attendeeIds", command.attendeeIds());
        apply(new GovernmentMeetingAttended(command.meetingId(), township, Require.present("kind", command.kind()),
                Require.name("title", command.title(), 200), Require.present("heldOn", command.heldOn()), attendees));
    }

    @CommandHandler
    public void handle(RaiseContribution command) {
        String personId = Require.name("personId", command.personId(), 100);
        if (!attendees.contains(personId)) {
            throw new CommandRefused(CommandRefused.Kind.INVALID, "personId", "did not attend this meeting");
        }
        apply(new ContributionRaised(meetingId, command.contributionId(), township, personId,
                Require.name("text", command.text(), 5000)));
    }

    @Override
    protected String township() {
        return township;
    }

    @Override
    protected String idField() {
        return "meetingId";
    }

    @EventSourcingHandler
    void on(GovernmentMeetingAttended event) {
        this.meetingId = event.meetingId();
        this.township = event.township();
        this.attendees.addAll(event.attendeeIds());
    }
}
