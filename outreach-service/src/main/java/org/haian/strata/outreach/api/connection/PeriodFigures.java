package org.haian.strata.outreach.api.connection;

import java.util.Map;

/** The figures of a period, by name, as {@link SummaryFigures} counts them. */
public record PeriodFigures(Map<String, Long> figures) {
}
