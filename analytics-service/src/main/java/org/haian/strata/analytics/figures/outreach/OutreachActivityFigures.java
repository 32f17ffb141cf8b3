package org.haian.strata.analytics.figures.outreach;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.haian.strata.analytics.engine.Cell;
import org.haian.strata.analytics.engine.CountedDays;
import org.haian.strata.analytics.engine.EventCounting;
import org.haian.strata.analytics.engine.Figure;
import org.haian.strata.analytics.engine.RecordedEvent;
import org.haian.strata.analytics.engine.Tally;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.liaison.CadreLevel;
import org.haian.strata.contract.outreach.ActivityOrganised;
import org.haian.strata.contract.outreach.AppealHeard;
import org.haian.strata.contract.outreach.AppraisalAwarded;
import org.haian.strata.contract.outreach.ContactSummaryFiled;
import org.haian.strata.contract.outreach.NomineeNominated;
import org.haian.strata.contract.outreach.OpinionFormIssued;
import org.haian.strata.contract.outreach.OpinionFormReturned;
import org.haian.strata.contract.outreach.ProblemRaised;
import org.haian.strata.contract.outreach.ProblemResolved;
import org.haian.strata.contract.outreach.VisitLogged;
import org.haian.strata.contract.outreach.VoteCast;
import org.springframework.stereotype.Component;

import static org.haian.strata.analytics.figures.outreach.OutreachFigures.ACTIVITIES;
import static org.haian.strata.analytics.figures.outreach.OutreachFigures.APPEALS_HEARD;
import static org.haian.strata.analytics.figures.outreach.OutreachFigures.AWARDS;
import static org.haian.strata.analytics.figures.outreach.OutreachFigures.CONTACT_SUMMARIES;
import static org.haian.strata.analytics.figures.outreach.OutreachFigures.NOMINATIONS;
import static org.haian.strata.analytics.figures.outreach.OutreachFigures.OPINION_FORMS_RETURNED;
import static org.haian.strata.analytics.figures.outreach.OutreachFigures.OPINION_FORMS_SENT;
import static org.haian.strata.analytics.figures.outreach.OutreachFigures.PROBLEMS_RAISED;
import static org.haian.strata.analytics.figures.outreach.OutreachFigures.PROBLEMS_RESOLVED;
import static org.haian.strata.analytics.figures.outreach.OutreachFigures.VISITS;
import static org.haian.strata.analytics.figures.outreach.OutreachFigures.VISITS_LED_BY_CITY_LEADERSHIP;
import static org.haian.strata.analytics.figures.outreach.OutreachFigures.VISITS_LED_BY_DEPARTMENT;
import static org.haian.strata.analytics.figures.outreach.OutreachFigures.VISITS_LED_BY_TOWNSHIP_CADRE;
import static org.haian.strata.analytics.figures.outreach.OutreachFigures.VOTES;

/**
 * The figures of the "4" that each outreach event settles on its own: a visit on its day, in its organisation's
 * cell and by its leading cadre's level; a problem raised on its visit's day and resolved on its day; an opinion
 * form on the day it was issued (once per person it went to) and returned; a contact summary when filed; an activity
 * and an appeal heard at it on the activity's day; a nomination,
 * a vote and an award on the day each was recorded, in the nominee's cell.
 */
@Component
public class OutreachActivityFigures implements EventCounting {

    static final Map<CadreLevel, Figure> VISITS_BY_LEVEL = Map.of(
            CadreLevel.CITY_LEADERSHIP, VISITS_LED_BY_CITY_LEADERSHIP,
            CadreLevel.DEPARTMENT, VISITS_LED_BY_DEPARTMENT,
            CadreLevel.TOWNSHIP, VISITS_LED_BY_TOWNSHIP_CADRE);

    @Override
    public String name() {
        return "outreach-activity";
    }

    @Override
    public int version() {
        return 2;
    }

    @Override
    public List<Figure> figures() {
        return List.of(VISITS, VISITS_LED_BY_CITY_LEADERSHIP, VISITS_LED_BY_DEPARTMENT, VISITS_LED_BY_TOWNSHIP_CADRE,
                PROBLEMS_RAISED, PROBLEMS_RESOLVED, OPINION_FORMS_SENT, OPINION_FORMS_RETURNED, CONTACT_SUMMARIES,
                ACTIVITIES, APPEALS_HEARD, NOMINATIONS, VOTES, AWARDS);
    }

    @Override
    public void count(RecordedEvent event, Tally tally) {
        LocalDate day = event.recordedDay();
        Object payload = event.payload();
        if (payload instanceof VisitLogged visit) {
            Cell cell = new Cell(visit.township(), visit.category());
            LocalDate visited = CountedDays.clamp(visit.visitedOn(), "visitedOn");
            tally.add(cell, VISITS, visited, 1);
            tally.add(cell, VISITS_BY_LEVEL.get(visit.leadCadreLevel()), visited, 1);
        } else if (payload instanceof ProblemRaised raised) {
            tally.add(new Cell(raised.township(), raised.category()), PROBLEMS_RAISED,
                    CountedDays.clamp(raised.raisedOn(), "raisedOn"), 1);
        } else if (payload instanceof ProblemResolved resolved) {
            tally.add(new Cell(resolved.township(), resolved.category()), PROBLEMS_RESOLVED,
                    CountedDays.clamp(resolved.resolvedOn(), "resolvedOn"), 1);
        } else if (payload instanceof OpinionFormIssued issued) {
            tally.add(new Cell(issued.township(), issued.category()), OPINION_FORMS_SENT,
                    CountedDays.clamp(issued.issuedOn(), "issuedOn"), issued.personIds().size());
        } else if (payload instanceof OpinionFormReturned returned) {
            tally.add(new Cell(returned.township(), returned.category()), OPINION_FORMS_RETURNED,
                    CountedDays.clamp(returned.returnedOn(), "returnedOn"), 1);
        } else if (payload instanceof ContactSummaryFiled summary) {
            tally.add(new Cell(summary.township(), Category.ENTERPRISE_STAFF), CONTACT_SUMMARIES, day, 1);
        } else if (payload instanceof ActivityOrganised activity) {
            tally.add(new Cell(activity.township(), activity.category()), ACTIVITIES,
                    CountedDays.clamp(activity.heldOn(), "heldOn"), 1);
        } else if (payload instanceof AppealHeard appeal) {
            tally.add(new Cell(appeal.township(), appeal.category()), APPEALS_HEARD,
                    CountedDays.clamp(appeal.heardOn(), "heardOn"), 1);
        } else if (payload instanceof NomineeNominated nominated) {
            tally.add(new Cell(nominated.township(), nominated.category()), NOMINATIONS, day, 1);
        } else if (payload instanceof VoteCast vote) {
            tally.add(new Cell(vote.township(), vote.category()), VOTES, day, 1);
        } else if (payload instanceof AppraisalAwarded awarded) {
            awarded.awards().forEach(award -> tally.add(new Cell(award.township(), award.category()), AWARDS, day,
                    1));
        }
    }
}
