package org.haian.strata.analytics.figures.contribution;

import java.time.LocalDate;
import java.util.List;

import org.haian.strata.analytics.engine.Cell;
import org.haian.strata.analytics.engine.CountedDays;
import org.haian.strata.analytics.engine.EventCounting;
import org.haian.strata.analytics.engine.Figure;
import org.haian.strata.analytics.engine.RecordedEvent;
import org.haian.strata.analytics.engine.Tally;
import org.haian.strata.contract.contribution.ConsultationGiven;
import org.haian.strata.contract.contribution.PublicGoodActivityHeld;
import org.haian.strata.contract.contribution.ResearchReportAdopted;
import org.haian.strata.contract.contribution.ResearchTopicSet;
import org.springframework.stereotype.Component;

import static org.haian.strata.analytics.figures.contribution.ContributionFigures.ACTIVITIES;
import static org.haian.strata.analytics.figures.contribution.ContributionFigures.ACTIVITY_PARTICIPANTS;
import static org.haian.strata.analytics.figures.contribution.ContributionFigures.CONSULTATIONS;
import static org.haian.strata.analytics.figures.contribution.ContributionFigures.RESEARCH_ADOPTED;
import static org.haian.strata.analytics.figures.contribution.ContributionFigures.RESEARCH_COMMISSIONED;

/**
 * Research, mutual aid and public-good activities, each event settling its figures on its own: research is the
 * city's and counts in the city's cell of its category; a consultation and an activity count on their own day
 * (never later than the day they were recorded).
 */
@Component
public class ChannelFigures implements EventCounting {

    @Override
    public String name() {
        return "contribution-channels";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public List<Figure> figures() {
        return List.of(RESEARCH_COMMISSIONED, RESEARCH_ADOPTED, CONSULTATIONS, ACTIVITIES, ACTIVITY_PARTICIPANTS);
    }

    @Override
    public void count(RecordedEvent event, Tally tally) {
        LocalDate recorded = event.recordedDay();
        Object payload = event.payload();
        if (payload instanceof ResearchTopicSet topic) {
            tally.add(Cell.cityLevel(topic.category()), RESEARCH_COMMISSIONED, recorded, 1);
        } else if (payload instanceof ResearchReportAdopted adopted) {
            tally.add(Cell.cityLevel(adopted.category()), RESEARCH_ADOPTED,
                    noLaterThan(adopted.adoptedOn(), recorded, "adoptedOn"), 1);
        } else if (payload instanceof ConsultationGiven consultation) {
            tally.add(new Cell(consultation.township(), consultation.category()), CONSULTATIONS,
                    noLaterThan(consultation.givenOn(), recorded, "givenOn"), 1);
        } else if (payload instanceof PublicGoodActivityHeld activity) {
            Cell cell = new Cell(activity.township(), activity.category());
            LocalDate day = noLaterThan(activity.heldOn(), recorded, "heldOn");
            tally.add(cell, ACTIVITIES, day, 1);
            tally.add(cell, ACTIVITY_PARTICIPANTS, day, activity.participantIds().size());
        }
    }

    /** A day the event names, but not after it was recorded: what is counted on a day was known on it. */
    static LocalDate noLaterThan(LocalDate day, LocalDate recorded, String what) {
        LocalDate clamped = CountedDays.clamp(day, what);
        return clamped.isBefore(recorded) ? clamped : recorded;
    }
}
