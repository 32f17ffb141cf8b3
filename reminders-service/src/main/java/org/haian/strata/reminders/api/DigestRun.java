package org.haian.strata.reminders.api;

import java.time.LocalDate;
import java.util.List;

/** One round of digests, one per configured township officer. */
public record DigestRun(LocalDate asOf, List<DigestOutcome> digests) {
}
