package org.haian.strata.outreach.api.connection;

import java.time.LocalDate;
import java.util.Map;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * 更正 - file a summary again: a new filing with the figures counted now and a new narrative; the earlier filings
 * stay in its history.
 *
 * @param today the day in Hai'an of the filing
 */
public record CorrectContactSummary(@TargetAggregateIdentifier String summaryId, LocalDate today,
                                    Map<String, Long> figures, String narrative) {
}
