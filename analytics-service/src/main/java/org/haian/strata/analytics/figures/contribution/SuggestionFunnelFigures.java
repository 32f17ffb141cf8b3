package org.haian.strata.analytics.figures.contribution;

import java.util.List;

import org.haian.strata.analytics.engine.Cell;
import org.haian.strata.analytics.engine.EventCounting;
import org.haian.strata.analytics.engine.Figure;
import org.haian.strata.analytics.engine.RecordedEvent;
import org.haian.strata.analytics.engine.Tally;
import org.haian.strata.contract.contribution.SuggestionAccepted;
import org.haian.strata.contract.contribution.SuggestionAdopted;
import org.haian.strata.contract.contribution.SuggestionImplemented;
import org.haian.strata.contract.contribution.SuggestionRejected;
import org.haian.strata.contract.contribution.SuggestionSubmitted;
import org.haian.strata.contract.contribution.SuggestionWrittenIntoPlan;
import org.springframework.stereotype.Component;

import static org.haian.strata.analytics.figures.contribution.ContributionFigures.AGREEMENT_SUGGESTIONS_ACCEPTED;
import static org.haian.strata.analytics.figures.contribution.ContributionFigures.AGREEMENT_SUGGESTIONS_ADOPTED;
import static org.haian.strata.analytics.figures.contribution.ContributionFigures.AGREEMENT_SUGGESTIONS_IMPLEMENTED;
import static org.haian.strata.analytics.figures.contribution.ContributionFigures.AGREEMENT_SUGGESTIONS_IN_PLAN;
import static org.haian.strata.analytics.figures.contribution.ContributionFigures.AGREEMENT_SUGGESTIONS_REJECTED;
import static org.haian.strata.analytics.figures.contribution.ContributionFigures.AGREEMENT_SUGGESTIONS_SUBMITTED;
import static org.haian.strata.analytics.figures.contribution.ContributionFigures.SUGGESTIONS_ACCEPTED;
import static org.haian.strata.analytics.figures.contribution.ContributionFigures.SUGGESTIONS_ADOPTED;
import static org.haian.strata.analytics.figures.contribution.ContributionFigures.SUGGESTIONS_IMPLEMENTED;
import static org.haian.strata.analytics.figures.contribution.ContributionFigures.SUGGESTIONS_IN_PLAN;
import static org.haian.strata.analytics.figures.contribution.ContributionFigures.SUGGESTIONS_REJECTED;
import static org.haian.strata.analytics.figures.contribution.ContributionFigures.SUGGESTIONS_SUBMITTED;

/**
 * The suggestion funnel (建言献策): each step's event counts one in its step's figure, and one more in the same
 * step's figure for two-way service suggestions when the suggestion came from an agreement. The suggestion keeps
 * its township and category through its steps, so every step of one suggestion counts in one cell.
 */
@Component
public class SuggestionFunnelFigures implements EventCounting {

    @Override
    public String name() {
        return "contribution-suggestions";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public List<Figure> figures() {
        return List.of(SUGGESTIONS_SUBMITTED, SUGGESTIONS_ACCEPTED, SUGGESTIONS_REJECTED, SUGGESTIONS_ADOPTED,
                SUGGESTIONS_IMPLEMENTED, SUGGESTIONS_IN_PLAN, AGREEMENT_SUGGESTIONS_SUBMITTED,
                AGREEMENT_SUGGESTIONS_ACCEPTED, AGREEMENT_SUGGESTIONS_REJECTED, AGREEMENT_SUGGESTIONS_ADOPTED,
                AGREEMENT_SUGGESTIONS_IMPLEMENTED, AGREEMENT_SUGGESTIONS_IN_PLAN);
    }

    @Override
    public void count(RecordedEvent event, Tally tally) {
        Object payload = event.payload();
        if (payload instanceof SuggestionSubmitted submitted) {
            step(new Cell(submitted.township(), submitted.category()), submitted.agreementId() != null,
                    SUGGESTIONS_SUBMITTED, AGREEMENT_SUGGESTIONS_SUBMITTED, event, tally);
        } else if (payload instanceof SuggestionAccepted accepted) {
            step(new Cell(accepted.township(), accepted.category()), accepted.fromAgreement(),
                    SUGGESTIONS_ACCEPTED, AGREEMENT_SUGGESTIONS_ACCEPTED, event, tally);
        } else if (payload instanceof SuggestionRejected rejected) {
            step(new Cell(rejected.township(), rejected.category()), rejected.fromAgreement(),
                    SUGGESTIONS_REJECTED, AGREEMENT_SUGGESTIONS_REJECTED, event, tally);
        } else if (payload instanceof SuggestionAdopted adopted) {
            step(new Cell(adopted.township(), adopted.category()), adopted.fromAgreement(),
                    SUGGESTIONS_ADOPTED, AGREEMENT_SUGGESTIONS_ADOPTED, event, tally);
        } else if (payload instanceof SuggestionImplemented implemented) {
            step(new Cell(implemented.township(), implemented.category()), implemented.fromAgreement(),
                    SUGGESTIONS_IMPLEMENTED, AGREEMENT_SUGGESTIONS_IMPLEMENTED, event, tally);
        } else if (payload instanceof SuggestionWrittenIntoPlan planned) {
            step(new Cell(planned.township(), planned.category()), planned.fromAgreement(),
                    SUGGESTIONS_IN_PLAN, AGREEMENT_SUGGESTIONS_IN_PLAN, event, tally);
        }
    }

    private static void step(Cell cell, boolean fromAgreement, Figure all, Figure ofAgreements, RecordedEvent event,
                             Tally tally) {
        tally.add(cell, all, event.recordedDay(), 1);
        if (fromAgreement) {
            tally.add(cell, ofAgreements, event.recordedDay(), 1);
        }
    }
}
