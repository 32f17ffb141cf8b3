package org.haian.strata.analytics.figures.liaison;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.haian.strata.analytics.engine.Cell;
import org.haian.strata.analytics.engine.CellTimeline;
import org.haian.strata.analytics.engine.CountedDays;
import org.haian.strata.analytics.engine.Figure;
import org.haian.strata.analytics.engine.Interval;
import org.haian.strata.analytics.engine.KeyedCounting;
import org.haian.strata.analytics.engine.RecordedEvent;
import org.haian.strata.analytics.engine.Tally;
import org.haian.strata.analytics.figures.liaison.PersonHistory.Assignment;
import org.haian.strata.analytics.figures.liaison.PersonHistory.Membership;
import org.haian.strata.analytics.figures.liaison.PersonHistory.Placement;
import org.haian.strata.contract.liaison.CadreLevel;
import org.haian.strata.contract.liaison.ContactLogged;
import org.haian.strata.contract.liaison.LiaisonAssigned;
import org.haian.strata.contract.liaison.LiaisonEnded;
import org.haian.strata.contract.liaison.MemberAdmitted;
import org.haian.strata.contract.liaison.MemberRemoved;
import org.haian.strata.contract.liaison.PersonArchived;
import org.haian.strata.contract.liaison.PersonCategoryChanged;
import org.haian.strata.contract.liaison.PersonMovedToTownship;
import org.haian.strata.contract.liaison.PersonRegistered;
import org.haian.strata.contract.liaison.PersonRegistrationWithdrawn;
import org.haian.strata.contract.liaison.RepresentativeFigureDesignated;
import org.haian.strata.contract.liaison.RepresentativeFigureWithdrawn;
import org.haian.strata.platform.time.ContactOverdue;
import org.springframework.stereotype.Component;

import static org.haian.strata.analytics.figures.liaison.LiaisonFigures.MEMBERS;
import static org.haian.strata.analytics.figures.liaison.LiaisonFigures.OVERDUE_CONTACTS;
import static org.haian.strata.analytics.figures.liaison.LiaisonFigures.PEOPLE_UNDER_CITY_LEADERSHIP_LIAISON;
import static org.haian.strata.analytics.figures.liaison.LiaisonFigures.PEOPLE_UNDER_DEPARTMENT_LIAISON;
import static org.haian.strata.analytics.figures.liaison.LiaisonFigures.PEOPLE_UNDER_LIAISON;
import static org.haian.strata.analytics.figures.liaison.LiaisonFigures.PEOPLE_UNDER_TOWNSHIP_CADRE_LIAISON;
import static org.haian.strata.analytics.figures.liaison.LiaisonFigures.REPRESENTATIVES_UNDER_LIAISON;

/**
 * The figures of the "3" that depend on a person's history or join two aggregates: whether a person was under
 * liaison (and at which cadre level) on a day, how many of their assignments were overdue for a contact, and whether
 * they were a member of the association, and whether a representative figure was under liaison, each counted in the cell the person was in on that day. Kept per person
 * ({@link PersonHistory}) and worked out again from the whole history after each event, so that a contact entered
 * weeks late moves the overdue days it ends, and a membership follows the person's moves and ends with their archive
 * whichever of the person's and the association's events arrives first.
 *
 * <p>Liaisons count from their {@code since} day, contacts on their day; moves, archives, ends and memberships on
 * the day they were recorded. Overdue is {@link ContactOverdue}'s rule, the one liaison's lists use.
 */
@Component
public class LiaisonPeopleFigures implements KeyedCounting<PersonHistory> {

    private static final Map<CadreLevel, Figure> BY_LEVEL = Map.of(
            CadreLevel.CITY_LEADERSHIP, PEOPLE_UNDER_CITY_LEADERSHIP_LIAISON,
            CadreLevel.DEPARTMENT, PEOPLE_UNDER_DEPARTMENT_LIAISON,
            CadreLevel.TOWNSHIP, PEOPLE_UNDER_TOWNSHIP_CADRE_LIAISON);

    private final ContactOverdue overdue;

    public LiaisonPeopleFigures(ContactOverdue overdue) {
        this.overdue = overdue;
    }

    @Override
    public String name() {
        return "liaison-people";
    }

    @Override
    public int version() {
        // 3: a registration withdrawn with its import ends the person's memberships as an archive does.
        return 3;
    }

    @Override
    public List<Figure> figures() {
        return List.of(PEOPLE_UNDER_LIAISON, PEOPLE_UNDER_CITY_LEADERSHIP_LIAISON, PEOPLE_UNDER_DEPARTMENT_LIAISON,
                PEOPLE_UNDER_TOWNSHIP_CADRE_LIAISON, REPRESENTATIVES_UNDER_LIAISON, MEMBERS, OVERDUE_CONTACTS);
    }

    @Override
    public Class<PersonHistory> stateType() {
        return PersonHistory.class;
    }

    @Override
    public String keyOf(Object payload) {
        if (payload instanceof PersonRegistered e) {
            return e.personId();
        } else if (payload instanceof PersonMovedToTownship e) {
            return e.personId();
        } else if (payload instanceof PersonCategoryChanged e) {
            return e.personId();
        } else if (payload instanceof PersonArchived e) {
            return e.personId();
        } else if (payload instanceof PersonRegistrationWithdrawn e) {
            return e.personId();
        } else if (payload instanceof LiaisonAssigned e) {
            return e.personId();
        } else if (payload instanceof LiaisonEnded e) {
            return e.personId();
        } else if (payload instanceof ContactLogged e) {
            return e.personId();
        } else if (payload instanceof MemberAdmitted e) {
            return e.personId();
        } else if (payload instanceof MemberRemoved e) {
            return e.personId();
        } else if (payload instanceof RepresentativeFigureDesignated e) {
            return e.personId();
        } else if (payload instanceof RepresentativeFigureWithdrawn e) {
            return e.personId();
        }
        return null;
    }

    @Override
    public PersonHistory apply(PersonHistory state, RecordedEvent event) {
        PersonHistory person = state == null ? PersonHistory.NOTHING_YET : state;
        LocalDate day = event.recordedDay();
        Object payload = event.payload();
        if (payload instanceof PersonRegistered registered) {
            return person.placedIfUnknown(day, registered.township(), registered.category());
        } else if (payload instanceof PersonMovedToTownship moved) {
            return person.placedIfUnknown(day, moved.fromTownship(), moved.category())
                    .placedFrom(day, moved.toTownship(), moved.category());
        } else if (payload instanceof PersonCategoryChanged changed) {
            return person.placedIfUnknown(day, changed.township(), changed.fromCategory())
                    .placedFrom(day, changed.township(), changed.toCategory());
        } else if (payload instanceof PersonArchived || payload instanceof PersonRegistrationWithdrawn) {
            return person.archivedOn(day);
        } else if (payload instanceof LiaisonAssigned assigned) {
            return person.placedIfUnknown(day, assigned.township(), assigned.category()).assigned(assigned.cadreId(),
                    assigned.cadreLevel(), assigned.since() == null ? day : CountedDays.clamp(assigned.since(), "since"),
                    day);
        } else if (payload instanceof LiaisonEnded ended) {
            return person.ended(ended.cadreId(), day);
        } else if (payload instanceof ContactLogged contact) {
            return person.contacted(contact.cadreId(),
                    contact.date() == null ? day : CountedDays.clamp(contact.date(), "contact date"), day);
        } else if (payload instanceof MemberAdmitted admitted) {
            return person.admitted(admitted.associationId(), day, admitted.township(), admitted.category());
        } else if (payload instanceof MemberRemoved removed) {
            return person.removed(removed.associationId(), day);
        } else if (payload instanceof RepresentativeFigureDesignated designated) {
            return person.placedIfUnknown(day, designated.township(), designated.category()).designated(day);
        } else if (payload instanceof RepresentativeFigureWithdrawn) {
            return person.withdrawn(day);
        }
        return person;
    }

    @Override
    public void contribute(PersonHistory history, LocalDate knownAt, Tally tally) {
        PersonHistory person = history.asKnownAt(knownAt);
        CellTimeline where = timeline(person);
        if (where != null) {
            countLiaisons(person, where, tally);
        }
        for (Membership membership : person.memberships()) {
            LocalDate until = earlier(membership.until(), person.archived());
            CellTimeline cells = where != null ? where
                    : new CellTimeline(new Cell(membership.township(), membership.category()));
            cells.count(new Interval(membership.from(), until), MEMBERS, 1, tally);
        }
    }

    private void countLiaisons(PersonHistory person, CellTimeline where, Tally tally) {
        List<Interval> underLiaison = Interval.union(person.assignments().stream().map(a -> lasting(a, person))
                .toList());
        underLiaison.forEach(interval -> where.count(interval, PEOPLE_UNDER_LIAISON, 1, tally));
        Interval.intersection(underLiaison, person.designations().stream()
                        .map(d -> new Interval(d.from(), earlier(d.until(), person.archived()))).toList())
                .forEach(interval -> where.count(interval, REPRESENTATIVES_UNDER_LIAISON, 1, tally));
        BY_LEVEL.forEach((level, figure) -> Interval.union(person.assignments().stream()
                        .filter(a -> a.level() == level).map(a -> lasting(a, person)).toList())
                .forEach(interval -> where.count(interval, figure, 1, tally)));
        for (Assignment assignment : person.assignments()) {
            overdueDays(person, assignment).forEach(interval -> where.count(interval, OVERDUE_CONTACTS, 1, tally));
        }
    }

    /** Every liaison ends with its own event before an archive; should one not, the archive ends it. */
    private static Interval lasting(Assignment assignment, PersonHistory person) {
        return new Interval(assignment.since(), earlier(assignment.ended(), person.archived()));
    }

    /**
     * An assignment is overdue from the first overdue day after its start or after a contact until the next contact
     * or its end, whichever comes first.
     */
    private List<Interval> overdueDays(PersonHistory person, Assignment assignment) {
        LocalDate ended = lasting(assignment, person).end();
        TreeSet<LocalDate> touches = new TreeSet<>();
        touches.add(assignment.since());
        person.contacts().stream()
                .filter(contact -> contact.cadreId().equals(assignment.cadreId()))
                .map(PersonHistory.Contact::day)
                .filter(day -> !day.isBefore(assignment.since()) && (ended == null || day.isBefore(ended)))
                .forEach(touches::add);
        List<Interval> overdueDays = new ArrayList<>();
        for (LocalDate touch : touches) {
            LocalDate next = touches.higher(touch);
            LocalDate until = next != null ? next : ended;
            LocalDate first = overdue.firstOverdueDay(touch);
            if (!first.equals(LocalDate.MAX) && (until == null || first.isBefore(until))) {
                overdueDays.add(new Interval(first, until));
            }
        }
        return overdueDays;
    }

    private static CellTimeline timeline(PersonHistory person) {
        if (person.placements().isEmpty()) {
            return null;
        }
        Placement first = person.placements().get(0);
        CellTimeline timeline = new CellTimeline(new Cell(first.township(), first.category()));
        person.placements().stream().skip(1)
                .forEach(p -> timeline.from(p.from(), new Cell(p.township(), p.category())));
        return timeline;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }
}
