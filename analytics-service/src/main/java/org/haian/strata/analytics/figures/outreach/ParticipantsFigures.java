package org.haian.strata.analytics.figures.outreach;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.haian.strata.analytics.engine.Cell;
import org.haian.strata.analytics.engine.CountedDays;
import org.haian.strata.analytics.engine.Figure;
import org.haian.strata.analytics.engine.KeyedCounting;
import org.haian.strata.analytics.engine.RecordedEvent;
import org.haian.strata.analytics.engine.Tally;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.outreach.AttendanceRecorded;
import org.springframework.stereotype.Component;

import static org.haian.strata.analytics.figures.outreach.OutreachFigures.PARTICIPANTS;

/**
 * Distinct participants in activities: kept per person (the activities' days and cells, no name), each person
 * counts once in a month and cell, on the day of the first activity they took part in there.
 */
@Component
public class ParticipantsFigures implements KeyedCounting<ParticipantsFigures.Attendances> {

    /** Every activity one person took part in. */
    public record Attendances(List<Attendance> attendances) {

        public Attendances {
            attendances = List.copyOf(attendances);
        }
    }

    /** One participation: the activity, its day and cell, and the day it was recorded. */
    public record Attendance(String activityId, LocalDate day, String township, Category category,
                             LocalDate recordedOn) {
    }

    @Override
    public String name() {
        return "outreach-participants";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public List<Figure> figures() {
        return List.of(PARTICIPANTS);
    }

    @Override
    public Class<Attendances> stateType() {
        return Attendances.class;
    }

    @Override
    public String keyOf(Object payload) {
        return payload instanceof AttendanceRecorded attendance ? attendance.personId() : null;
    }

    @Override
    public Attendances apply(Attendances state, RecordedEvent event) {
        AttendanceRecorded recorded = (AttendanceRecorded) event.payload();
        List<Attendance> attendances = new ArrayList<>(state == null ? List.of() : state.attendances());
        if (attendances.stream().noneMatch(a -> a.activityId().equals(recorded.activityId()))) {
            attendances.add(new Attendance(recorded.activityId(), CountedDays.clamp(recorded.heldOn(), "heldOn"),
                    recorded.township(), recorded.category(), event.recordedDay()));
        }
        return new Attendances(attendances);
    }

    @Override
    public void contribute(Attendances state, LocalDate knownAt, Tally tally) {
        FirstInMonth.count(state.attendances().stream().map(a -> new FirstInMonth.Seen(List.of(PARTICIPANTS),
                new Cell(a.township(), a.category()), a.day(), a.recordedOn())).toList(), knownAt, tally);
    }
}
