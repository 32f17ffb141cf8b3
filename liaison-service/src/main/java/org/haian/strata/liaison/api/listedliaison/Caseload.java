package org.haian.strata.liaison.api.listedliaison;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.haian.strata.contract.Category;

/**
 * A cadre's list: the people they befriend, sorted by name, and which of them are overdue for a contact.
 *
 * @param overdueAfter how long a person may go without a contact before they are flagged
 */
public record Caseload(String cadreId, Period overdueAfter, List<Entry> people) {

    /**
     * @param since       the first day of the assignment
     * @param lastContact the latest contact this cadre logged with the person since then; null when none yet
     * @param overdue     not contacted within {@code overdueAfter}, counted from {@code since} when never contacted
     */
    public record Entry(String personId, String name, String township, Category category, LocalDate since,
                        LocalDate lastContact, boolean overdue) {
    }
}
