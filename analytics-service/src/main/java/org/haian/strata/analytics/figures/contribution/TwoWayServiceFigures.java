package org.haian.strata.analytics.figures.contribution;

import java.time.LocalDate;
import java.util.List;

import org.haian.strata.analytics.engine.Cell;
import org.haian.strata.analytics.engine.CountedDays;
import org.haian.strata.analytics.engine.EventCounting;
import org.haian.strata.analytics.engine.Figure;
import org.haian.strata.analytics.engine.RecordedEvent;
import org.haian.strata.analytics.engine.Tally;
import org.haian.strata.contract.contribution.AgreementEnded;
import org.haian.strata.contract.contribution.AgreementSigned;
import org.haian.strata.contract.contribution.HouseholdPaired;
import org.haian.strata.contract.contribution.ProjectLinked;
import org.haian.strata.contract.contribution.SupervisorAppointed;
import org.springframework.stereotype.Component;

import static org.haian.strata.analytics.figures.contribution.ContributionFigures.AGREEMENTS;
import static org.haian.strata.analytics.figures.contribution.ContributionFigures.HOUSEHOLDS;
import static org.haian.strata.analytics.figures.contribution.ContributionFigures.PROJECTS;
import static org.haian.strata.analytics.figures.contribution.ContributionFigures.SUPERVISORS;
import static org.haian.strata.analytics.figures.contribution.ContributionFigures.VILLAGES_WITH_AGREEMENT;

/**
 * The two-way service (双向服务) figures each event settles on its own: an agreement carries how many active
 * agreements its village has in the person's category, so its first makes the village one more with an agreement
 * and its last ending one fewer. Agreements count from the day they were recorded, a supervisor over the term, a
 * household from the day of the pairing (never later than its recording).
 */
@Component
public class TwoWayServiceFigures implements EventCounting {

    @Override
    public String name() {
        return "contribution-two-way";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public List<Figure> figures() {
        return List.of(VILLAGES_WITH_AGREEMENT, AGREEMENTS, SUPERVISORS, PROJECTS, HOUSEHOLDS);
    }

    @Override
    public void count(RecordedEvent event, Tally tally) {
        LocalDate day = event.recordedDay();
        Object payload = event.payload();
        if (payload instanceof AgreementSigned signed) {
            Cell cell = new Cell(signed.township(), signed.category());
            tally.add(cell, AGREEMENTS, day, 1);
            if (signed.activeInCategory() == 1) {
                tally.add(cell, VILLAGES_WITH_AGREEMENT, day, 1);
            }
        } else if (payload instanceof AgreementEnded ended) {
            Cell cell = new Cell(ended.township(), ended.category());
            tally.add(cell, AGREEMENTS, day, -1);
            if (ended.activeInCategory() == 0) {
                tally.add(cell, VILLAGES_WITH_AGREEMENT, day, -1);
            }
        } else if (payload instanceof SupervisorAppointed appointed) {
            Cell cell = new Cell(appointed.township(), appointed.category());
            tally.add(cell, SUPERVISORS, CountedDays.clamp(appointed.termStart(), "termStart"), 1);
            tally.add(cell, SUPERVISORS, CountedDays.clamp(appointed.termEnd(), "termEnd"), -1);
        } else if (payload instanceof ProjectLinked linked) {
            tally.add(new Cell(linked.township(), linked.category()), PROJECTS, day, 1);
        } else if (payload instanceof HouseholdPaired paired) {
            LocalDate pairedOn = CountedDays.clamp(paired.pairedOn(), "pairedOn");
            tally.add(new Cell(paired.township(), paired.category()), HOUSEHOLDS,
                    pairedOn.isBefore(day) ? pairedOn : day, 1);
        }
    }
}
