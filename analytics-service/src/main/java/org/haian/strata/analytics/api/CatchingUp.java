package org.haian.strata.analytics.api;

import java.util.List;

/**
 * Figures that are being counted over every past event (a new figure, or a source whose rules changed) and are not
 * shown until they are complete, with how far that has come.
 *
 * @param rebuild     the rebuild counting them ({@code GET /api/analytics/rebuilds/{id}}); {@code null} until one
 *                    has started
 * @param eventsDone  events counted so far
 * @param eventsLeft  events still to count
 * @param secondsLeft at the rate so far; {@code null} while unknown
 */
public record CatchingUp(String source, List<String> figures, String rebuild, long eventsDone, long eventsLeft,
                         Long secondsLeft) {
}
