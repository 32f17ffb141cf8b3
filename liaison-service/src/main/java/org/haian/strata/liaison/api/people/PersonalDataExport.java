package org.haian.strata.liaison.api.people;

import java.util.List;

import org.haian.strata.liaison.api.association.PersonMembership;
import org.haian.strata.platform.history.HistoryEntry;

/**
 * Everything the registry holds about one person, as one document for a subject-access request (查询个人信息): their
 * page (profile, representative flag, political arrangements, cadres, contacts), their memberships of the
 * association, and every event of their record with who recorded it and when.
 */
public record PersonalDataExport(PersonView person, List<PersonMembership> memberships, List<HistoryEntry> history) {
}
