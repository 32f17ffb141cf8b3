package org.haian.strata.outreach.api.connection;

import java.time.LocalDate;
import java.util.Map;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * 报送每半年联系小结 - file a township's half-year summary for the first time: the figures are what outreach's read
 * side counted for the period ({@link SummaryFigures}), handed in by the edge to be frozen. A second filing of the
 * period collides with the first; a correction is {@link CorrectContactSummary}.
 *
 * @param today the day in Hai'an of the filing: the period must have ended
 */
public record FileContactSummary(@TargetAggregateIdentifier String summaryId, String township, int year, int half,
                                 LocalDate today, Map<String, Long> figures, String narrative) {

    /** One summary per township and half-year. */
    public static String idOf(String township, int year, int half) {
        return township + "-" + year + "-h" + half;
    }

    /** The last day of the half-year. */
    public static LocalDate periodEnd(int year, int half) {
        return half == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
    }

    /** The first day of the half-year. */
    public static LocalDate periodStart(int year, int half) {
        return half == 1 ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 7, 1);
    }
}
