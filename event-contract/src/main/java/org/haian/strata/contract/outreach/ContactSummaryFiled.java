package org.haian.strata.contract.outreach;

import java.time.LocalDate;
import java.util.Map;

import org.axonframework.serialization.Revision;
import org.haian.strata.contract.TownshipEvent;

/**
 * A township filed its half-year contact summary (每半年联系小结) of professional connection: its figures as of the
 * period's end, frozen here, and its narrative. A correction is a later filing of the same period with the next
 * number; the earlier ones stay in the summary's history.
 *
 * @param summaryId the summary's aggregate id, {@code <township>-<year>-h<half>}
 * @param township  the township
 * @param year      the year
 * @param half      1 for January to June, 2 for July to December
 * @param filing    1 for the first filing, 2 for its first correction, ...
 * @param periodEnd the last day of the half-year, as of which the figures were taken
 * @param figures   the figures of the period, by name, as outreach's read side counted them on filing
 * @param narrative what the township says of the half-year
 */
@Revision("1")
public record ContactSummaryFiled(String summaryId, String township, int year, int half, int filing,
                                  LocalDate periodEnd, Map<String, Long> figures, String narrative)
        implements TownshipEvent {
}
