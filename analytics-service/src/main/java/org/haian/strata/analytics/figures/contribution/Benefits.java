package org.haian.strata.analytics.figures.contribution;

import java.time.LocalDate;

import org.haian.strata.contract.Category;

/**
 * What one key of {@link BenefitFigures} counts: a named member who benefited (once, from the first consultation
 * recorded for them) or one briefing's audience. Ids, a cell and a count only; nothing that names anyone.
 *
 * @param from   the day it counts from: the day the first consultation of the member, or the briefing, was recorded
 * @param people 1 for a member, the audience for a briefing
 */
public record Benefits(String township, Category category, LocalDate from, long people) {
}
