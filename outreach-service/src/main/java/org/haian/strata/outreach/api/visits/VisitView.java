package org.haian.strata.outreach.api.visits;

import java.time.LocalDate;
import java.util.List;

import org.haian.strata.contract.Category;
import org.haian.strata.contract.liaison.CadreLevel;

/** A visit as outreach shows it: planned, and once it took place, logged with who went and what they found. */
public record VisitView(String visitId, String township, Category category, String organisationId,
                        String organisationName, LocalDate plannedFor, String plannedLeadCadreId, boolean logged,
                        LocalDate visitedOn, String leadCadreId, CadreLevel leadCadreLevel,
                        List<String> visitingCadreIds, List<String> peopleMetIds, String findings) {
}
