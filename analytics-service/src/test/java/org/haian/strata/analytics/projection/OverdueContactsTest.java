package org.haian.strata.analytics.projection;

import java.time.LocalDate;
import java.time.Period;

import com.mongodb.client.MongoClient;
import org.haian.strata.contract.Category;
import org.haian.strata.testsupport.EmbeddedInfraExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haian.strata.analytics.figures.liaison.LiaisonFigures.OVERDUE_CONTACTS;
import static org.haian.strata.analytics.figures.liaison.LiaisonFigures.PEOPLE_UNDER_LIAISON;
import static org.haian.strata.analytics.projection.Events.assigned;
import static org.haian.strata.analytics.projection.Events.contact;
import static org.haian.strata.analytics.projection.Events.ended;
import static org.haian.strata.analytics.projection.Events.moved;
import static org.haian.strata.analytics.projection.Events.recategorised;
import static org.haian.strata.analytics.projection.Events.registered;
import static org.haian.strata.contract.Category.FREELANCER;
import static org.haian.strata.contract.Category.NEW_MEDIA;

/**
 * Overdue contacts (列名联系: keep in touch) with a fixed "today": an active assignment is overdue once 90 days (the
 * default of {@code haian.contact-overdue-after}) have passed since the last contact, or since the assignment began
 * while there was none.
 */
@ExtendWith(EmbeddedInfraExtension.class)
class OverdueContactsTest {

    private static final String LIBAO = "libao";
    private static final String QUTANG = "qutang";
    private static final LocalDate NEW_YEAR = LocalDate.of(2025, 1, 1);

    private MongoClient client;
    private Analytics analytics;

    @BeforeEach
    void setUp(MongoClient client) {
        this.client = client;
        analytics = new Analytics(client);
    }

    @Test
    void anAssignmentWithoutAnyContactIsOverdueOnceNinetyDaysHavePassedSinceItBegan() {
        analytics.deliver(registered("p1", LIBAO, NEW_MEDIA), assigned("p1", LIBAO, NEW_MEDIA, "cadre-a", NEW_YEAR, 1));

        assertOverdue(NEW_YEAR.plusDays(90), LIBAO, NEW_MEDIA, 0);
        assertOverdue(NEW_YEAR.plusDays(91), LIBAO, NEW_MEDIA, 1);
    }

    @Test
    void aContactStartsTheNinetyDaysAgain() {
        LocalDate contacted = LocalDate.of(2025, 3, 1);
        analytics.deliver(registered("p1", LIBAO, NEW_MEDIA), assigned("p1", LIBAO, NEW_MEDIA, "cadre-a", NEW_YEAR, 1),
                contact("p1", LIBAO, NEW_MEDIA, "cadre-a", contacted));

        assertOverdue(NEW_YEAR.plusDays(91), LIBAO, NEW_MEDIA, 0);
        assertOverdue(contacted.plusDays(90), LIBAO, NEW_MEDIA, 0);
        assertOverdue(contacted.plusDays(91), LIBAO, NEW_MEDIA, 1);
    }

    @Test
    void aContactLoggedLateForAnEarlierDayDoesNotBringTheDeadlineForward() {
        LocalDate contacted = LocalDate.of(2025, 3, 1);
        analytics.deliver(registered("p1", LIBAO, NEW_MEDIA), assigned("p1", LIBAO, NEW_MEDIA, "cadre-a", NEW_YEAR, 1),
                contact("p1", LIBAO, NEW_MEDIA, "cadre-a", contacted),
                contact("p1", LIBAO, NEW_MEDIA, "cadre-a", LocalDate.of(2025, 1, 15)));

        assertOverdue(contacted.plusDays(90), LIBAO, NEW_MEDIA, 0);
    }

    @Test
    void overdueCountsAssignmentsSoAPersonTwoCadresNeglectCountsTwice() {
        analytics.deliver(registered("p1", LIBAO, NEW_MEDIA),
                assigned("p1", LIBAO, NEW_MEDIA, "cadre-a", NEW_YEAR, 1),
                assigned("p1", LIBAO, NEW_MEDIA, "cadre-b", NEW_YEAR, 2),
                assigned("p1", LIBAO, NEW_MEDIA, "cadre-c", NEW_YEAR, 3),
                contact("p1", LIBAO, NEW_MEDIA, "cadre-c", LocalDate.of(2025, 4, 1)));

        assertOverdue(LocalDate.of(2025, 5, 1), LIBAO, NEW_MEDIA, 2);
        assertThat(analytics.figures(LIBAO)).containsEntry(PEOPLE_UNDER_LIAISON.name(), 1L);
    }

    @Test
    void anEndedLiaisonIsNeverOverdue() {
        analytics.deliver(registered("p1", LIBAO, NEW_MEDIA),
                assigned("p1", LIBAO, NEW_MEDIA, "cadre-a", NEW_YEAR, 1),
                assigned("p1", LIBAO, NEW_MEDIA, "cadre-b", NEW_YEAR, 2),
                ended("p1", LIBAO, NEW_MEDIA, "cadre-a", 1));

        assertOverdue(LocalDate.of(2026, 1, 1), LIBAO, NEW_MEDIA, 1);
    }

    @Test
    void aCadreAssignedAgainCountsFromTheNewStartNotFromTheirOldContacts() {
        LocalDate again = LocalDate.of(2025, 6, 1);
        analytics.deliver(registered("p1", LIBAO, NEW_MEDIA),
                assigned("p1", LIBAO, NEW_MEDIA, "cadre-a", NEW_YEAR, 1),
                contact("p1", LIBAO, NEW_MEDIA, "cadre-a", LocalDate.of(2025, 1, 10)),
                ended("p1", LIBAO, NEW_MEDIA, "cadre-a", 0),
                assigned("p1", LIBAO, NEW_MEDIA, "cadre-a", again, 1));

        assertOverdue(again.plusDays(90), LIBAO, NEW_MEDIA, 0);
        assertOverdue(again.plusDays(91), LIBAO, NEW_MEDIA, 1);
    }

    @Test
    void overdueContactsFollowAPersonWhoMovesAndChangesCategory() {
        LocalDate today = LocalDate.of(2026, 1, 1);
        analytics.deliver(registered("p1", LIBAO, NEW_MEDIA), assigned("p1", LIBAO, NEW_MEDIA, "cadre-a", NEW_YEAR, 1),
                moved("p1", LIBAO, QUTANG, NEW_MEDIA, 1, false, 0));

        assertOverdue(today, QUTANG, NEW_MEDIA, 1);
        assertThat(analytics.figures(LIBAO)).containsEntry(OVERDUE_CONTACTS.name(), 0L);

        analytics.deliver(recategorised("p1", QUTANG, NEW_MEDIA, FREELANCER, 1, false, 0));

        assertOverdue(today, QUTANG, FREELANCER, 1);
        assertThat(analytics.figures(NEW_MEDIA)).containsEntry(OVERDUE_CONTACTS.name(), 0L);
        assertThat(analytics.figures(QUTANG, NEW_MEDIA)).containsEntry(OVERDUE_CONTACTS.name(), 0L);
    }

    @Test
    void theOverduePeriodIsTheConfiguredOne() {
        analytics.overdueAfter(Period.ofDays(30));
        analytics.deliver(registered("p1", LIBAO, NEW_MEDIA), assigned("p1", LIBAO, NEW_MEDIA, "cadre-a", NEW_YEAR, 1));

        assertOverdue(NEW_YEAR.plusDays(30), LIBAO, NEW_MEDIA, 0);
        assertOverdue(NEW_YEAR.plusDays(31), LIBAO, NEW_MEDIA, 1);
    }

    /** On that day the figure reads {@code expected} for the township, the category and both together. */
    private void assertOverdue(LocalDate today, String township, Category category, long expected) {
        assertThat(analytics.on(today).figure(OVERDUE_CONTACTS.name(), township, category)).as("%s, %s on %s", township,
                category, today).containsOnly(expected);
    }
}
