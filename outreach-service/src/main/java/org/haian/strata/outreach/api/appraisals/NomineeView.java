package org.haian.strata.outreach.api.appraisals;

import org.haian.strata.contract.Category;

/** A nominee with the votes it has so far and, once awarded, its rank ({@code null} if none). */
public record NomineeView(String nomineeId, String township, Category category, String personId,
                          String organisationId, String articleTitle, String articleLink, int votes, Integer rank) {
}
