package org.haian.strata.outreach.api.visits;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * The order of "one visit a week" (每周一访): sites chosen by region (the township), industry and function (the
 * category), larger headcount and larger influence first. An organisation never visited comes before every one
 * visited, and among the visited the one visited longest ago first, so the week goes to whoever waited longest;
 * among equals, the larger headcount first, then the larger influence. What is still equal is ordered by name and
 * then id, so the same registry always gives the same suggestion.
 */
public final class VisitPriority {

    /** An organisation as the order weighs it; {@code lastVisitedOn} is {@code null} if never visited. */
    public record Weighed(String organisationId, String name, int headcount, int influence,
                          LocalDate lastVisitedOn) {
    }

    public static final Comparator<Weighed> ORDER = Comparator
            .comparing(Weighed::lastVisitedOn, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(Weighed::headcount, Comparator.reverseOrder())
            .thenComparing(Weighed::influence, Comparator.reverseOrder())
            .thenComparing(Weighed::name)
            .thenComparing(Weighed::organisationId);

    private VisitPriority() {
    }
}
