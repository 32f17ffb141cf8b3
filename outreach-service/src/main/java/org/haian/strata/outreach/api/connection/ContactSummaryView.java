package org.haian.strata.outreach.api.connection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A township's half-year summary: every filing, the current (latest) first. */
public record ContactSummaryView(String summaryId, String township, int year, int half, List<Filing> filings) {

    public record Filing(int filing, LocalDate periodEnd, Map<String, Long> figures, String narrative,
                         Instant filedAt) {
    }
}
