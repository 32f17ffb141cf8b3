package org.haian.strata.analytics.figures.liaison;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.haian.strata.analytics.engine.Cell;
import org.haian.strata.analytics.engine.CountedDays;
import org.haian.strata.analytics.engine.EventCounting;
import org.haian.strata.analytics.engine.Figure;
import org.haian.strata.analytics.engine.RecordedEvent;
import org.haian.strata.analytics.engine.Tally;
import org.haian.strata.contract.liaison.ContactLogged;
import org.haian.strata.contract.liaison.MeetingHeld;
import org.haian.strata.contract.liaison.MemberUnitJoined;
import org.haian.strata.contract.liaison.MemberUnitLeft;
import org.haian.strata.contract.liaison.OrganisationKind;
import org.haian.strata.contract.liaison.OrganisationRegistered;
import org.haian.strata.contract.liaison.OrganisationRegistrationWithdrawn;
import org.haian.strata.contract.liaison.OrganisationUpdated;
import org.haian.strata.contract.liaison.PersonArchived;
import org.haian.strata.contract.liaison.PersonCategoryChanged;
import org.haian.strata.contract.liaison.PersonMovedToTownship;
import org.haian.strata.contract.liaison.PersonRegistered;
import org.haian.strata.contract.liaison.PersonRegistrationWithdrawn;
import org.haian.strata.contract.liaison.PoliticalArrangementRecorded;
import org.haian.strata.contract.liaison.RepresentativeFigureDesignated;
import org.haian.strata.contract.liaison.RepresentativeFigureWithdrawn;
import org.haian.strata.contract.liaison.WorkBaseClosed;
import org.haian.strata.contract.liaison.WorkBaseEstablished;
import org.springframework.stereotype.Component;

import static org.haian.strata.analytics.figures.liaison.LiaisonFigures.BASES;
import static org.haian.strata.analytics.figures.liaison.LiaisonFigures.CONTACTS_LOGGED;
import static org.haian.strata.analytics.figures.liaison.LiaisonFigures.ENTERPRISES_1000_PLUS_STAFF;
import static org.haian.strata.analytics.figures.liaison.LiaisonFigures.ENTERPRISES_20_TO_299_STAFF;
import static org.haian.strata.analytics.figures.liaison.LiaisonFigures.ENTERPRISES_300_TO_999_STAFF;
import static org.haian.strata.analytics.figures.liaison.LiaisonFigures.ENTERPRISES_UNDER_20_STAFF;
import static org.haian.strata.analytics.figures.liaison.LiaisonFigures.INTERMEDIARY_AND_SOCIAL_ORGANISATIONS;
import static org.haian.strata.analytics.figures.liaison.LiaisonFigures.MEDIA_OUTLETS;
import static org.haian.strata.analytics.figures.liaison.LiaisonFigures.MEDIA_OUTLETS_ABOVE_50000_FOLLOWERS;
import static org.haian.strata.analytics.figures.liaison.LiaisonFigures.MEMBER_UNITS;
import static org.haian.strata.analytics.figures.liaison.LiaisonFigures.PEOPLE;
import static org.haian.strata.analytics.figures.liaison.LiaisonFigures.PEOPLE_WITH_POLITICAL_ARRANGEMENT;
import static org.haian.strata.analytics.figures.liaison.LiaisonFigures.REPRESENTATIVES;
import static org.haian.strata.analytics.figures.liaison.LiaisonFigures.RESOLUTIONS;

/**
 * The figures of the "3" that each liaison event settles on its own: the event names the cell and carries the
 * person's standing where it moves them (a move, a category change, an archive), so nothing has to be remembered.
 * A registration withdrawn with its bulk import (批量导入) goes as an archive does, from the day of the withdrawal.
 * Everything counts from the day the event was recorded, except a political arrangement (from its term's first day,
 * never later than its recording), a contact (on its day) and a joint-conference resolution (on its meeting's day,
 * never later than its recording, in the city's cell of the category its owner unit serves).
 */
@Component
public class LiaisonRegistryFigures implements EventCounting {

    static final int FOLLOWERS_OF_A_LARGE_OUTLET = 50_000;

    @Override
    public String name() {
        return "liaison-registry";
    }

    @Override
    public int version() {
        // 3: a registration withdrawn with its import (and an organisation's) takes its counts off again.
        return 3;
    }

    @Override
    public List<Figure> figures() {
        return List.of(PEOPLE, REPRESENTATIVES, PEOPLE_WITH_POLITICAL_ARRANGEMENT, BASES, MEMBER_UNITS, MEDIA_OUTLETS,
                MEDIA_OUTLETS_ABOVE_50000_FOLLOWERS, INTERMEDIARY_AND_SOCIAL_ORGANISATIONS, ENTERPRISES_UNDER_20_STAFF,
                ENTERPRISES_20_TO_299_STAFF, ENTERPRISES_300_TO_999_STAFF, ENTERPRISES_1000_PLUS_STAFF,
                CONTACTS_LOGGED, RESOLUTIONS);
    }

    @Override
    public void count(RecordedEvent event, Tally tally) {
        LocalDate day = event.recordedDay();
        Object payload = event.payload();
        if (payload instanceof PersonRegistered registered) {
            tally.add(new Cell(registered.township(), registered.category()), PEOPLE, day, 1);
        } else if (payload instanceof PersonMovedToTownship moved) {
            List<Figure> counted = countedIn(moved.representativeFigure(), moved.politicalArrangements());
            move(counted, new Cell(moved.fromTownship(), moved.category()),
                    new Cell(moved.toTownship(), moved.category()), day, tally);
        } else if (payload instanceof PersonCategoryChanged changed) {
            List<Figure> counted = countedIn(changed.representativeFigure(), changed.politicalArrangements());
            move(counted, new Cell(changed.township(), changed.fromCategory()),
                    new Cell(changed.township(), changed.toCategory()), day, tally);
        } else if (payload instanceof PersonArchived archived) {
            Cell cell = new Cell(archived.township(), archived.category());
            countedIn(archived.representativeFigure(), archived.politicalArrangements())
                    .forEach(figure -> tally.add(cell, figure, day, -1));
        } else if (payload instanceof PersonRegistrationWithdrawn withdrawn) {
            // Only a registration nothing was built on is withdrawn: the person counts in nothing but PEOPLE.
            tally.add(new Cell(withdrawn.township(), withdrawn.category()), PEOPLE, day, -1);
        } else if (payload instanceof RepresentativeFigureDesignated designated) {
            tally.add(new Cell(designated.township(), designated.category()), REPRESENTATIVES, day, 1);
        } else if (payload instanceof RepresentativeFigureWithdrawn withdrawn) {
            tally.add(new Cell(withdrawn.township(), withdrawn.category()), REPRESENTATIVES, day, -1);
        } else if (payload instanceof PoliticalArrangementRecorded arrangement) {
            // Only the person's first arrangement makes one more person with one.
            if (arrangement.politicalArrangements() == 1) {
                LocalDate termStart = arrangement.termStart() == null ? day
                        : CountedDays.clamp(arrangement.termStart(), "termStart");
                tally.add(new Cell(arrangement.township(), arrangement.category()), PEOPLE_WITH_POLITICAL_ARRANGEMENT,
                        termStart.isBefore(day) ? termStart : day, 1);
            }
        } else if (payload instanceof WorkBaseEstablished established) {
            tally.add(new Cell(established.township(), established.category()), BASES, day, 1);
        } else if (payload instanceof WorkBaseClosed closed) {
            tally.add(new Cell(closed.township(), closed.category()), BASES, day, -1);
        } else if (payload instanceof MemberUnitJoined joined) {
            tally.add(Cell.cityLevel(joined.category()), MEMBER_UNITS, day, 1);
        } else if (payload instanceof MemberUnitLeft left) {
            tally.add(Cell.cityLevel(left.category()), MEMBER_UNITS, day, -1);
        } else if (payload instanceof OrganisationRegistered organisation) {
            Cell cell = new Cell(organisation.township(), organisation.category());
            organisationFigures(organisation.kind(), organisation.headcount(), organisation.followers())
                    .forEach(figure -> tally.add(cell, figure, day, 1));
        } else if (payload instanceof OrganisationUpdated updated) {
            Cell before = new Cell(updated.previousTownship(), updated.previousCategory());
            organisationFigures(updated.kind(), updated.previousHeadcount(), updated.previousFollowers())
                    .forEach(figure -> tally.add(before, figure, day, -1));
            Cell after = new Cell(updated.township(), updated.category());
            organisationFigures(updated.kind(), updated.headcount(), updated.followers())
                    .forEach(figure -> tally.add(after, figure, day, 1));
        } else if (payload instanceof OrganisationRegistrationWithdrawn withdrawn) {
            Cell cell = new Cell(withdrawn.township(), withdrawn.category());
            organisationFigures(withdrawn.kind(), withdrawn.headcount(), withdrawn.followers())
                    .forEach(figure -> tally.add(cell, figure, day, -1));
        } else if (payload instanceof MeetingHeld meeting) {
            LocalDate held = meeting.date() == null ? day : CountedDays.clamp(meeting.date(), "meeting date");
            meeting.resolutions().forEach(resolution -> tally.add(Cell.cityLevel(resolution.ownerCategory()),
                    RESOLUTIONS, held.isBefore(day) ? held : day, 1));
        } else if (payload instanceof ContactLogged contact) {
            tally.add(new Cell(contact.township(), contact.category()), CONTACTS_LOGGED,
                    contact.date() == null ? day : CountedDays.clamp(contact.date(), "contact date"), 1);
        }
    }

    /** The figures of this source a person counts in while in the registry: each 1 for them. */
    private static List<Figure> countedIn(boolean representative, int politicalArrangements) {
        List<Figure> figures = new ArrayList<>(List.of(PEOPLE));
        if (representative) {
            figures.add(REPRESENTATIVES);
        }
        if (politicalArrangements > 0) {
            figures.add(PEOPLE_WITH_POLITICAL_ARRANGEMENT);
        }
        return figures;
    }

    private static void move(List<Figure> figures, Cell from, Cell to, LocalDate day, Tally tally) {
        for (Figure figure : figures) {
            tally.add(from, figure, day, -1);
            tally.add(to, figure, day, 1);
        }
    }

    static List<Figure> organisationFigures(OrganisationKind kind, int headcount, Integer followers) {
        return switch (kind) {
            case MEDIA_OUTLET -> followers != null && followers > FOLLOWERS_OF_A_LARGE_OUTLET
                    ? List.of(MEDIA_OUTLETS, MEDIA_OUTLETS_ABOVE_50000_FOLLOWERS) : List.of(MEDIA_OUTLETS);
            case INTERMEDIARY_FIRM, SOCIAL_ORGANISATION -> List.of(INTERMEDIARY_AND_SOCIAL_ORGANISATIONS);
            case PRIVATE_ENTERPRISE, FOREIGN_INVESTED_ENTERPRISE -> List.of(headcount < 20 ? ENTERPRISES_UNDER_20_STAFF
                    : headcount < 300 ? ENTERPRISES_20_TO_299_STAFF
                    : headcount < 1000 ? ENTERPRISES_300_TO_999_STAFF : ENTERPRISES_1000_PLUS_STAFF);
            case STUDIO -> List.of();
        };
    }
}
