package org.haian.strata.outreach.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.haian.strata.outreach.api.visits.VisitPriority;
import org.haian.strata.outreach.api.visits.VisitPriority.Weighed;
import org.junit.jupiter.api.RepeatedTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The seed's rule for "one visit a week", on a prepared set of organisations, in whatever order they come. */
class VisitPriorityTest {

    private static final LocalDate JAN = LocalDate.of(2025, 1, 10);
    private static final LocalDate MAR = LocalDate.of(2025, 3, 10);

    /** In the order the rule must give. */
    private static final List<Weighed> EXPECTED = List.of(
            // never visited: larger headcount first
            new Weighed("o-a", "Security and Housekeeping Group", 1000, 70, null),
            new Weighed("o-b", "Chamber of Commerce", 300, 90, null),
            // never visited, same headcount: larger influence first
            new Weighed("o-c", "Law Firm", 30, 80, null),
            new Weighed("o-d", "Accounting Firm", 30, 50, null),
            // never visited, same headcount and influence: by name, then by id
            new Weighed("o-e", "Tax Agents", 30, 50, null),
            new Weighed("o-f", "Tax Agents", 30, 50, null),
            // visited longest ago before visited lately, whatever their size
            new Weighed("o-g", "Small Studio", 2, 5, JAN),
            new Weighed("o-h", "Big Firm", 2000, 100, MAR));

    @RepeatedTest(5)
    void neverVisitedThenLongestAgoThenHeadcountThenInfluenceThenNameAndId() {
        List<Weighed> shuffled = new ArrayList<>(EXPECTED);
        Collections.shuffle(shuffled, new Random());

        shuffled.sort(VisitPriority.ORDER);

        assertThat(shuffled).extracting(Weighed::organisationId)
                .containsExactly("o-a", "o-b", "o-c", "o-d", "o-e", "o-f", "o-g", "o-h");
    }
}
