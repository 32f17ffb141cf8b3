package org.haian.strata.contribution.api.twoway;

import java.time.LocalDate;
import java.util.List;

import org.haian.strata.contract.Category;
import org.haian.strata.contract.contribution.VillageKind;

/** A village or community (村/居) of the two-way service and everything the association's people do for it. */
public record VillageView(String villageId, String township, String name, VillageKind kind,
                          List<Agreement> agreements, List<Supervisor> supervisors, List<Project> projects,
                          List<Household> households) {

    /** An agreement, active until it has an end day. */
    public record Agreement(String agreementId, String personId, Category category, LocalDate signedOn,
                            LocalDate endedOn, String endReason) {
    }

    /** A disclosure supervisor's term: from {@code termStart} up to, not including, {@code termEnd}. */
    public record Supervisor(String personId, LocalDate termStart, LocalDate termEnd) {
    }

    public record Project(String linkId, String personId, String project) {
    }

    /** A pairing, by the household's register code only. */
    public record Household(String pairingId, String personId, String householdCode, LocalDate pairedOn) {
    }
}
