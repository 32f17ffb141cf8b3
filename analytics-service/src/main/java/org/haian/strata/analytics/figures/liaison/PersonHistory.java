package org.haian.strata.analytics.figures.liaison;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import org.haian.strata.contract.Category;
import org.haian.strata.contract.liaison.CadreLevel;

/**
 * What analytics keeps of one person to count, for every day, whether they were under liaison and by whom, overdue
 * for a contact, or a member of the association, and where they counted: dates, cells and ids, no name and no notes
 * (analytics works on counts). It grows with the person's own history, nothing else. Each part keeps the day it was
 * recorded on, so that the history can be read as it was known at the end of any day ({@link #asKnownAt}).
 *
 * @param archived    the day the person left the registry; {@code null} while in it
 * @param placements  where the person counted: the first from the beginning, each later one from its day; empty
 *                    until one of the person's own events is seen (an admission may come first, from another
 *                    partition)
 * @param assignments every listed liaison, ended or not, in the order they were assigned
 * @param contacts    every contact logged, with the day it took place
 * @param memberships every membership of an association, ended or not
 * @param designations every spell as a representative figure (代表人士), ended or not; {@code null} in a state
 *                     stored before they were kept, read as none
 */
public record PersonHistory(LocalDate archived, List<Placement> placements, List<Assignment> assignments,
                            List<Contact> contacts, List<Membership> memberships, List<Designation> designations) {

    static final PersonHistory NOTHING_YET = new PersonHistory(null, List.of(), List.of(), List.of(), List.of(),
            List.of());

    public PersonHistory {
        placements = List.copyOf(placements);
        assignments = List.copyOf(assignments);
        contacts = List.copyOf(contacts);
        memberships = List.copyOf(memberships);
        designations = designations == null ? List.of() : List.copyOf(designations);
    }

    /** @param from {@code null} for the first placement, which holds from the beginning */
    public record Placement(LocalDate from, String township, Category category, LocalDate recordedOn) {
    }

    /** @param ended the day the liaison ended (and that was recorded); {@code null} while it lasts */
    public record Assignment(String cadreId, CadreLevel level, LocalDate since, LocalDate assignedOn,
                             LocalDate ended) {
    }

    /** @param day the day of the contact; recorded on {@code recordedOn}, maybe weeks later */
    public record Contact(String cadreId, LocalDate day, LocalDate recordedOn) {
    }

    /**
     * @param from     the day the admission was recorded
     * @param township where the admission said the person was, which counts until the person's own events are seen
     * @param until    the day the end of the membership was recorded; {@code null} while it lasts
     */
    public record Membership(String associationId, LocalDate from, LocalDate until, String township,
                             Category category) {
    }

    /**
     * @param from  the day the designation was recorded
     * @param until the day its withdrawal was recorded; {@code null} while it lasts
     */
    public record Designation(LocalDate from, LocalDate until) {
    }

    /** The history as it was known at the end of the day: only what was recorded by then. */
    PersonHistory asKnownAt(LocalDate day) {
        return new PersonHistory(byThen(archived, day),
                placements.stream().filter(p -> !p.recordedOn().isAfter(day)).toList(),
                assignments.stream().filter(a -> !a.assignedOn().isAfter(day))
                        .map(a -> new Assignment(a.cadreId(), a.level(), a.since(), a.assignedOn(),
                                byThen(a.ended(), day)))
                        .toList(),
                contacts.stream().filter(c -> !c.recordedOn().isAfter(day)).toList(),
                memberships.stream().filter(m -> !m.from().isAfter(day))
                        .map(m -> new Membership(m.associationId(), m.from(), byThen(m.until(), day), m.township(),
                                m.category()))
                        .toList(),
                designations.stream().filter(d -> !d.from().isAfter(day))
                        .map(d -> new Designation(d.from(), byThen(d.until(), day))).toList());
    }

    private static LocalDate byThen(LocalDate recorded, LocalDate day) {
        return recorded != null && !recorded.isAfter(day) ? recorded : null;
    }

    /** From the day (recorded then), the person counts in this township and category. */
    PersonHistory placedFrom(LocalDate day, String township, Category category) {
        List<Placement> next = new ArrayList<>(placements);
        next.add(new Placement(placements.isEmpty() ? null : day, township, category, day));
        return new PersonHistory(archived, next, assignments, contacts, memberships, designations);
    }

    /** Where the person counts if nothing of their own was seen yet: what this event, recorded that day, says. */
    PersonHistory placedIfUnknown(LocalDate day, String township, Category category) {
        return placements.isEmpty() ? placedFrom(day, township, category) : this;
    }

    PersonHistory archivedOn(LocalDate day) {
        return new PersonHistory(day, placements, assignments, contacts, memberships, designations);
    }

    PersonHistory assigned(String cadreId, CadreLevel level, LocalDate since, LocalDate day) {
        List<Assignment> next = new ArrayList<>(assignments);
        next.add(new Assignment(cadreId, level, since, day, null));
        return new PersonHistory(archived, placements, next, contacts, memberships, designations);
    }

    PersonHistory ended(String cadreId, LocalDate day) {
        return new PersonHistory(archived, placements, endLast(assignments,
                a -> a.cadreId().equals(cadreId) && a.ended() == null,
                a -> new Assignment(a.cadreId(), a.level(), a.since(), a.assignedOn(), day)), contacts, memberships,
                designations);
    }

    PersonHistory contacted(String cadreId, LocalDate day, LocalDate recordedOn) {
        List<Contact> next = new ArrayList<>(contacts);
        next.add(new Contact(cadreId, day, recordedOn));
        return new PersonHistory(archived, placements, assignments, next, memberships, designations);
    }

    PersonHistory admitted(String associationId, LocalDate day, String township, Category category) {
        if (memberships.stream().anyMatch(m -> m.associationId().equals(associationId) && m.until() == null)) {
            return this;
        }
        List<Membership> next = new ArrayList<>(memberships);
        next.add(new Membership(associationId, day, null, township, category));
        return new PersonHistory(archived, placements, assignments, contacts, next, designations);
    }

    PersonHistory removed(String associationId, LocalDate day) {
        return new PersonHistory(archived, placements, assignments, contacts, endLast(memberships,
                m -> m.associationId().equals(associationId) && m.until() == null,
                m -> new Membership(m.associationId(), m.from(), day, m.township(), m.category())), designations);
    }

    PersonHistory designated(LocalDate day) {
        if (designations.stream().anyMatch(d -> d.until() == null)) {
            return this;
        }
        List<Designation> next = new ArrayList<>(designations);
        next.add(new Designation(day, null));
        return new PersonHistory(archived, placements, assignments, contacts, memberships, next);
    }

    PersonHistory withdrawn(LocalDate day) {
        return new PersonHistory(archived, placements, assignments, contacts, memberships, endLast(designations,
                d -> d.until() == null, d -> new Designation(d.from(), day)));
    }

    private static <T> List<T> endLast(List<T> items, Predicate<T> open, UnaryOperator<T> end) {
        List<T> next = new ArrayList<>(items);
        for (int i = next.size() - 1; i >= 0; i--) {
            if (open.test(next.get(i))) {
                next.set(i, end.apply(next.get(i)));
                break;
            }
        }
        return next;
    }
}
