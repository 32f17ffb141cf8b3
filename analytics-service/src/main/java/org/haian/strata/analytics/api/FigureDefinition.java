package org.haian.strata.analytics.api;

/**
 * One figure, as a dashboard labels it.
 *
 * @param figure its key in every {@code figures} map
 * @param kind   {@code STOCK} (a standing count; a month's value is its value on the month's last day) or
 *               {@code FLOW} (a count of happenings; a month's value is what happened within it)
 * @param source the source that counts it
 * @param byCategory {@code false} for a figure of a township that no category divides (its villages): it is in the
 *                   township's and the city's totals and in no category's
 */
public record FigureDefinition(String figure, String kind, String chinese, String english, String source,
                               boolean byCategory) {
}
