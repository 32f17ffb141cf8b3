package org.haian.strata.outreach.domain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.outreach.ActivityKind;
import org.haian.strata.contract.outreach.ActivityOrganised;
import org.haian.strata.contract.outreach.AppealConcluded;
import org.haian.strata.contract.outreach.AppealHeard;
import org.haian.strata.contract.outreach.AttendanceRecorded;
import org.haian.strata.contract.outreach.PeopleInvited;
import org.haian.strata.outreach.api.activities.ConcludeAppeal;
import org.haian.strata.outreach.api.activities.HearAppeal;
import org.haian.strata.outreach.api.activities.InvitePeople;
import org.haian.strata.outreach.api.activities.OrganiseActivity;
import org.haian.strata.outreach.api.activities.RecordAttendance;
import org.haian.strata.outreach.api.references.PersonReference;
import org.haian.strata.outreach.api.references.References;
import org.haian.strata.platform.domain.CommandRefused;
import org.haian.strata.platform.domain.Require;
import org.haian.strata.platform.domain.TownshipRecord;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.haian.strata.platform.domain.CommandRefused.Kind.CONFLICT;
import static org.haian.strata.platform.domain.CommandRefused.Kind.INVALID;

/**
 * An activity of the "4" (服务融情 for new media, 同行合台 for freelancers, salons for all): organised in a township
 * with its partner units, registered people invited, each one's attendance recorded once, and the appeals heard at
 * it followed to their outcome.
 */
@Aggregate
public class Activity extends TownshipRecord {

    static final int TITLE = 200;
    static final int UNIT = 100;
    static final int SUBJECT = 2000;
    static final int NOTE = 2000;

    @AggregateIdentifier
    private String activityId;
    private String township;
    private Category category;
    private LocalDate heldOn;
    private final Set<String> invited = new HashSet<>();
    private final Set<String> attended = new HashSet<>();
    // Each appeal heard, and whether it has its outcome.
    private final Map<String, Boolean> appealsConcluded = new HashMap<>();

    protected Activity() {
        // For Axon, which rebuilds the activity from its events.
    }

    @CommandHandler
    public Activity(OrganiseActivity command) {
        ActivityKind kind = Require.present("kind", command.kind());
        Category served = Require.present("category", command.category());
        Category programmeCategory = kind.programme().category();
        if (programmeCategory != null && programmeCategory != served) {
            throw new CommandRefused(INVALID, "category", "must be " + programmeCategory + " for " + kind
                    + ", a work mode of that category");
        }
        List<String> units = Checks.distinct("partnerUnits", Require.present("partnerUnits", command.partnerUnits())
                .stream()
                .map(unit -> unit == null ? null : unit.strip()).toList());
        for (int i = 0; i < units.size(); i++) {
            Require.text("partnerUnits[" + i + "]", units.get(i), UNIT);
        }
        if (kind.programme() == ActivityKind.Programme.CO_HOSTING && units.isEmpty()) {
            throw new CommandRefused(INVALID, "partnerUnits", "must name at least one unit for a co-hosted event");
        }
        apply(new ActivityOrganised(command.activityId(), Require.text("township", command.township(), 64), served,
                kind, Require.text("title", command.title(), TITLE), Require.present("heldOn", command.heldOn()),
                units));
    }

    @CommandHandler
    public void handle(InvitePeople command) {
        List<String> ids = Checks.distinct("personIds", command.personIds());
        if (ids.isEmpty()) {
            throw new CommandRefused(INVALID, "personIds", "must name at least one person");
        }
        References.people("personIds", ids, command.people());
        for (int i = 0; i < ids.size(); i++) {
            if (invited.contains(ids.get(i))) {
                throw new CommandRefused(CONFLICT, "personIds[" + i + "]", "is invited already");
            }
        }
        apply(new PeopleInvited(activityId, township, category, ids));
    }

    @CommandHandler
    public void handle(RecordAttendance command) {
        PersonReference person = References.person("personId", command.person());
        if (attended.contains(person.personId())) {
            throw new CommandRefused(CONFLICT, "personId", "took part already");
        }
        apply(new AttendanceRecorded(activityId, township, category, person.personId(), heldOn,
                invited.contains(person.personId())));
    }

    @CommandHandler
    public void handle(HearAppeal command) {
        PersonReference person = References.person("personId", command.person());
        apply(new AppealHeard(activityId, Require.present("appealId", command.appealId()), township, category,
                person.personId(), heldOn, Require.text("subject", command.subject(), SUBJECT)));
    }

    @CommandHandler
    public void handle(ConcludeAppeal command) {
        Boolean concluded = appealsConcluded.get(command.appealId());
        if (concluded == null) {
            throw CommandRefused.notFound("appealId");
        }
        if (concluded) {
            throw new CommandRefused(CONFLICT, "appealId", "has its outcome already");
        }
        LocalDate day = Require.present("concludedOn", command.concludedOn());
        if (day.isBefore(heldOn)) {
            throw new CommandRefused(INVALID, "concludedOn", "must not be before the appeal was heard, " + heldOn);
        }
        apply(new AppealConcluded(activityId, command.appealId(), township, category,
                Require.present("outcome", command.outcome()), day, Require.text("note", command.note(), NOTE)));
    }

    @Override
    protected String township() {
        return township;
    }

    @Override
    protected String idField() {
        return "activityId";
    }

    @EventSourcingHandler
    void on(ActivityOrganised event) {
        this.activityId = event.activityId();
        this.township = event.township();
        this.category = event.category();
        this.heldOn = event.heldOn();
    }

    @EventSourcingHandler
    void on(PeopleInvited event) {
        invited.addAll(event.personIds());
    }

    @EventSourcingHandler
    void on(AttendanceRecorded event) {
        attended.add(event.personId());
    }

    @EventSourcingHandler
    void on(AppealHeard event) {
        appealsConcluded.put(event.appealId(), false);
    }

    @EventSourcingHandler
    void on(AppealConcluded event) {
        appealsConcluded.put(event.appealId(), true);
    }
}
