package org.haian.strata.contribution.api.mutualaid;

import java.util.List;

/** One page of consultations and how many match the filters in all. */
public record ConsultationPage(List<ConsultationView> items, int page, int size, long total) {
}
