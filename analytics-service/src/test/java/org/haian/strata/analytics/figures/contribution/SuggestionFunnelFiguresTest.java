package org.haian.strata.analytics.figures.contribution;

import java.time.LocalDate;
import java.util.List;

import org.haian.strata.contract.Category;
import org.haian.strata.contract.contribution.SuggestionAccepted;
import org.haian.strata.contract.contribution.SuggestionAdopted;
import org.haian.strata.contract.contribution.SuggestionImplemented;
import org.haian.strata.contract.contribution.SuggestionLevel;
import org.haian.strata.contract.contribution.SuggestionRejected;
import org.haian.strata.contract.contribution.SuggestionSubmitted;
import org.haian.strata.contract.contribution.SuggestionWrittenIntoPlan;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haian.strata.analytics.figures.contribution.ContributionFigures.AGREEMENT_SUGGESTIONS_ADOPTED;
import static org.haian.strata.analytics.figures.contribution.ContributionFigures.AGREEMENT_SUGGESTIONS_SUBMITTED;
import static org.haian.strata.analytics.figures.contribution.ContributionFigures.SUGGESTIONS_ACCEPTED;
import static org.haian.strata.analytics.figures.contribution.ContributionFigures.SUGGESTIONS_ADOPTED;
import static org.haian.strata.analytics.figures.contribution.ContributionFigures.SUGGESTIONS_IMPLEMENTED;
import static org.haian.strata.analytics.figures.contribution.ContributionFigures.SUGGESTIONS_IN_PLAN;
import static org.haian.strata.analytics.figures.contribution.ContributionFigures.SUGGESTIONS_REJECTED;
import static org.haian.strata.analytics.figures.contribution.ContributionFigures.SUGGESTIONS_SUBMITTED;
import static org.haian.strata.analytics.figures.contribution.Counted.recordedOn;

/** The funnel: each step's event counts once in its figure, and again in the two-way figure when it came from one. */
class SuggestionFunnelFiguresTest {

    private static final LocalDate MARCH = LocalDate.of(2025, 3, 10);
    private static final LocalDate APRIL = LocalDate.of(2025, 4, 10);

    private final SuggestionFunnelFigures source = new SuggestionFunnelFigures();
    private final Counted counted = new Counted();

    @Test
    void eachStepCountsOnTheDayItWasRecordedInTheSuggestionsCell() {
        count(MARCH, new SuggestionSubmitted("s1", "libao", Category.NEW_MEDIA, List.of("p1"), "T", "X",
                SuggestionLevel.CITY, null, null));
        count(MARCH, new SuggestionAccepted("s1", "libao", Category.NEW_MEDIA, false));
        count(APRIL, new SuggestionAdopted("s1", "libao", Category.NEW_MEDIA, false, "Bureau"));
        count(APRIL, new SuggestionImplemented("s1", "libao", Category.NEW_MEDIA, false, "Done", MARCH, "Doc"));
        count(APRIL, new SuggestionWrittenIntoPlan("s1", "libao", Category.NEW_MEDIA, false, "Plan"));
        count(APRIL, new SuggestionSubmitted("s2", "libao", Category.NEW_MEDIA, List.of("p1"), "T", "X",
                SuggestionLevel.CITY, null, null));
        count(APRIL, new SuggestionRejected("s2", "libao", Category.NEW_MEDIA, false, "No"));

        assertThat(counted.on("libao", "NEW_MEDIA", SUGGESTIONS_SUBMITTED, MARCH)).isEqualTo(1);
        assertThat(counted.on("libao", "NEW_MEDIA", SUGGESTIONS_ACCEPTED, MARCH)).isEqualTo(1);
        assertThat(counted.on("libao", "NEW_MEDIA", SUGGESTIONS_ADOPTED, MARCH)).isZero();
        assertThat(List.of(SUGGESTIONS_SUBMITTED, SUGGESTIONS_ACCEPTED, SUGGESTIONS_REJECTED, SUGGESTIONS_ADOPTED,
                SUGGESTIONS_IMPLEMENTED, SUGGESTIONS_IN_PLAN))
                .extracting(figure -> counted.on("libao", "NEW_MEDIA", figure, APRIL))
                .containsExactly(2L, 1L, 1L, 1L, 1L, 1L);
        assertThat(counted.amounts().keySet()).noneMatch(key -> key.contains("agreement"));
    }

    @Test
    void aSuggestionFromAnAgreementCountsInBothFunnels() {
        count(MARCH, new SuggestionSubmitted("s1", "qutang", Category.FREELANCER, List.of("p1"), "T", "X",
                SuggestionLevel.VILLAGE, "a1", null));
        count(APRIL, new SuggestionAccepted("s1", "qutang", Category.FREELANCER, true));
        count(APRIL, new SuggestionAdopted("s1", "qutang", Category.FREELANCER, true, "Village committee"));

        assertThat(counted.on("qutang", "FREELANCER", SUGGESTIONS_SUBMITTED, APRIL)).isEqualTo(1);
        assertThat(counted.on("qutang", "FREELANCER", AGREEMENT_SUGGESTIONS_SUBMITTED, APRIL)).isEqualTo(1);
        assertThat(counted.on("qutang", "FREELANCER", SUGGESTIONS_ADOPTED, APRIL)).isEqualTo(1);
        assertThat(counted.on("qutang", "FREELANCER", AGREEMENT_SUGGESTIONS_ADOPTED, APRIL)).isEqualTo(1);
    }

    private void count(LocalDate day, Object event) {
        source.count(recordedOn(day, event, 0), counted);
    }
}
