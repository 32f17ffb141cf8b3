package org.haian.strata.outreach.api.connection;

import java.util.List;

public record OpinionFormPage(List<OpinionFormView> items, int page, int size, long total) {
}
