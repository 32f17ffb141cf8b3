package org.haian.strata.outreach.api.connection;

import java.time.LocalDate;

/**
 * The figures of professional connection (专业相通) for a township's enterprise staff from one day to another, as
 * outreach's own read side counts them: visits, problems raised and resolved, forms issued and returned (by the day
 * each was handed out and came back), and contacts logged by listed cadres (liaison's, read from Kafka).
 */
public record SummaryFigures(String township, LocalDate from, LocalDate to) {

    public static final String VISITS = "visits";
    public static final String PROBLEMS_RAISED = "problemsRaised";
    public static final String PROBLEMS_RESOLVED = "problemsResolved";
    public static final String FORMS_ISSUED = "formsIssued";
    public static final String FORMS_RETURNED = "formsReturned";
    public static final String CONTACTS_LOGGED = "contactsLogged";
}
