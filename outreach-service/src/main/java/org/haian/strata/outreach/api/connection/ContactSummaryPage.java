package org.haian.strata.outreach.api.connection;

import java.util.List;

public record ContactSummaryPage(List<ContactSummaryView> items, int page, int size, long total) {
}
