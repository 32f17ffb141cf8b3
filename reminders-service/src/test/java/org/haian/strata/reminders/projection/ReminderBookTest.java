package org.haian.strata.reminders.projection;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.axonframework.eventhandling.DomainEventMessage;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.contribution.SuggestionAccepted;
import org.haian.strata.contract.contribution.SuggestionLevel;
import org.haian.strata.contract.contribution.SuggestionRejected;
import org.haian.strata.contract.contribution.SuggestionSubmitted;
import org.haian.strata.contract.contribution.SupervisorAppointed;
import org.haian.strata.contract.contribution.VillageKind;
import org.haian.strata.contract.contribution.VillageRegistered;
import org.haian.strata.contract.liaison.CadreLevel;
import org.haian.strata.contract.liaison.ContactChannel;
import org.haian.strata.contract.liaison.ContactLogged;
import org.haian.strata.contract.liaison.LiaisonAssigned;
import org.haian.strata.contract.liaison.LiaisonEnded;
import org.haian.strata.contract.liaison.OrganisationKind;
import org.haian.strata.contract.liaison.OrganisationRegistered;
import org.haian.strata.contract.liaison.PersonForgotten;
import org.haian.strata.contract.liaison.PersonMovedToTownship;
import org.haian.strata.contract.outreach.ProblemRaised;
import org.haian.strata.contract.outreach.ProblemResolved;
import org.haian.strata.contract.outreach.VisitLogged;
import org.haian.strata.contract.outreach.VisitPlanned;
import org.haian.strata.platform.time.ContactOverdue;
import org.haian.strata.platform.township.Townships;
import org.haian.strata.reminders.RemindersSettings;
import org.haian.strata.reminders.api.FindReminders;
import org.haian.strata.reminders.api.Reminder;
import org.haian.strata.reminders.api.ReminderFeed;
import org.haian.strata.reminders.api.ReminderKind;
import org.haian.strata.testsupport.DomainEvents;
import org.haian.strata.testsupport.EmbeddedInfraExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events of the three contexts in, the feed out, on the real MongoDB-wire server, along a scripted timeline: the
 * clock moves from day to day, events arrive late and twice, and each reminder appears on its day and clears as the
 * event that settles it arrives.
 */
@ExtendWith(EmbeddedInfraExtension.class)
class ReminderBookTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    private static final String CADRE = "cadre-libao";

    private MongoDatabase readModels;
    private MovableClock clock;
    private ReminderBook book;
    private DomainEvents events;

    @BeforeEach
    void setUp(MongoDatabase readModels) {
        this.readModels = readModels;
        clock = new MovableClock(TODAY);
        Townships townships = new Townships();
        townships.getTownships().putAll(Map.of("libao", "李堡镇", "qutang", "曲塘镇"));
        book = new ReminderBook(readModels, clock, new ContactOverdue(Period.ofDays(90)),
                new RemindersSettings(Period.ofDays(60), Period.ofDays(30),
                        new RemindersSettings.Digest("reminders@haian.local", null, Map.of())), townships);
        events = new DomainEvents(book);
    }

    @Test
    void anOverdueContactAppearsForItsCadreAndTownshipAndALateContactForAnEarlierDayClearsIt() {
        DomainEventMessage<?> assigned = events.message(assigned("p1", "libao", LocalDate.of(2025, 3, 1)));
        events.deliver(assigned);

        Reminder overdue = single(feed(null, CADRE, null));
        assertThat(overdue.kind()).isEqualTo(ReminderKind.OVERDUE_CONTACT);
        assertThat(overdue.subject().personId()).isEqualTo("p1");
        assertThat(overdue.subject().since()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(overdue.dueOn()).isEqualTo(LocalDate.of(2025, 5, 30));
        assertThat(overdue.daysOverdue()).isEqualTo(31);
        assertThat(overdue.link()).isEqualTo("/api/liaison/people/p1");
        assertThat(overdue.township()).isEqualTo("libao");
        assertThat(overdue.cadreId()).isEqualTo(CADRE);
        assertThat(feed("libao", null, null)).containsExactly(overdue);
        assertThat(feed("qutang", null, null)).isEmpty();
        assertThat(feed(null, "cadre-qutang", null)).isEmpty();

        // Logged today for a visit three weeks ago: the reminder goes, and the assignment redelivered keeps it gone.
        events.deliver(contact("p1", "libao", LocalDate.of(2025, 6, 10)));
        events.deliver(assigned);
        assertThat(feed(null, CADRE, null)).isEmpty();

        clock.moveTo(LocalDate.of(2025, 9, 8));
        assertThat(feed(null, CADRE, null)).isEmpty();
        clock.moveTo(LocalDate.of(2025, 9, 9));
        Reminder again = single(feed(null, CADRE, null));
        assertThat(again.dueOn()).isEqualTo(LocalDate.of(2025, 9, 8));
        assertThat(again.daysOverdue()).isEqualTo(1);
        assertThat(again.subject().since()).isEqualTo(LocalDate.of(2025, 6, 10));
    }

    @Test
    void contactsOutOfDateOrderCountByTheLatestDay() {
        events.deliver(assigned("p1", "libao", LocalDate.of(2025, 1, 1)),
                contact("p1", "libao", LocalDate.of(2025, 6, 1)),
                contact("p1", "libao", LocalDate.of(2025, 2, 1)));

        assertThat(feed(null, CADRE, null)).isEmpty();
        clock.moveTo(LocalDate.of(2025, 8, 31));
        assertThat(single(feed(null, CADRE, null)).dueOn()).isEqualTo(LocalDate.of(2025, 8, 30));
    }

    @Test
    void anEndedLiaisonRemindsNobodyAndANewAssignmentCountsFromItsOwnFirstDay() {
        events.deliver(assigned("p1", "libao", LocalDate.of(2025, 1, 1)),
                contact("p1", "libao", LocalDate.of(2025, 6, 20)),
                new LiaisonEnded("p1", "libao", Category.ENTERPRISE_STAFF, CADRE, CadreLevel.TOWNSHIP, 0));
        clock.moveTo(LocalDate.of(2025, 12, 31));
        assertThat(feed(null, CADRE, null)).isEmpty();
        assertThat(feed("libao", null, null)).isEmpty();

        events.deliver(assigned("p1", "libao", LocalDate.of(2025, 7, 1)));
        // The contact of June belonged to the earlier assignment.
        assertThat(single(feed(null, CADRE, null)).subject().since()).isEqualTo(LocalDate.of(2025, 7, 1));
    }

    @Test
    void aPersonWhoMovesTakesTheirReminderToTheNewTownshipsOfficer() {
        events.deliver(assigned("p1", "libao", LocalDate.of(2025, 1, 1)),
                new PersonMovedToTownship("p1", "libao", "qutang", Category.ENTERPRISE_STAFF, 1, false, 0));

        assertThat(feed("libao", null, null)).isEmpty();
        assertThat(single(feed("qutang", null, null)).subject().personId()).isEqualTo("p1");
        assertThat(single(feed(null, CADRE, null)).township()).isEqualTo("qutang");
        assertThat(feed("libao", CADRE, null)).isEmpty();
    }

    @Test
    void aProblemPastItsDueDayRemindsTheVisitsLeadCadreUntilItIsResolved() {
        events.deliver(new OrganisationRegistered("o1", "Libao Tax Agency", OrganisationKind.INTERMEDIARY_FIRM,
                Category.INTERMEDIARY, "libao", 12, 3, null));
        events.deliver(new VisitPlanned("v1", "libao", Category.INTERMEDIARY, "o1", LocalDate.of(2025, 6, 1),
                "cadre-planned"));
        events.deliver(new VisitLogged("v1", "libao", Category.INTERMEDIARY, "o1", LocalDate.of(2025, 6, 1), CADRE,
                CadreLevel.TOWNSHIP, List.of(), List.of(), "findings"));
        events.deliver(problem("v1", "late", LocalDate.of(2025, 6, 20)), problem("v1", "due-today", TODAY),
                problem("v1", "later", LocalDate.of(2025, 7, 15)));

        Reminder late = single(feed(null, CADRE, null));
        assertThat(late.kind()).isEqualTo(ReminderKind.OVERDUE_PROBLEM);
        assertThat(late.subject().problemId()).isEqualTo("late");
        assertThat(late.subject().organisationName()).isEqualTo("Libao Tax Agency");
        assertThat(late.subject().title()).isEqualTo("no parking for the staff");
        assertThat(late.subject().owner()).isEqualTo("Libao housing office");
        assertThat(late.dueOn()).isEqualTo(LocalDate.of(2025, 6, 20));
        assertThat(late.daysOverdue()).isEqualTo(10);
        assertThat(late.link()).isEqualTo("/api/outreach/visits/v1");
        assertThat(feed("libao", null, ReminderKind.OVERDUE_PROBLEM)).containsExactly(late);
        assertThat(feed(null, "cadre-planned", null)).isEmpty();

        events.deliver(new ProblemResolved("v1", "late", "libao", Category.INTERMEDIARY, TODAY,
                LocalDate.of(2025, 6, 20), "parking found"));
        assertThat(feed(null, CADRE, null)).isEmpty();
        clock.moveTo(LocalDate.of(2025, 7, 16));
        assertThat(feed("libao", null, null)).extracting(r -> r.subject().problemId())
                .containsExactly("due-today", "later");
    }

    @Test
    void aSuggestionWithNoStepForTooLongRemindsItsTownshipUntilItsNextStep() {
        events.at(Instant.parse("2025-04-01T17:00:00Z"))
                .deliver(new SuggestionSubmitted("s1", "libao", Category.NEW_MEDIA, List.of("p1"),
                        "a night market on the river", "text", SuggestionLevel.TOWNSHIP, null, null));

        // Recorded at 01:00 on 2 April in Hai'an: sixty days from then end on 1 June.
        Reminder stuck = single(feed("libao", null, null));
        assertThat(stuck.kind()).isEqualTo(ReminderKind.STUCK_SUGGESTION);
        assertThat(stuck.subject().since()).isEqualTo(LocalDate.of(2025, 4, 2));
        assertThat(stuck.subject().step()).isEqualTo("SUBMITTED");
        assertThat(stuck.subject().title()).isEqualTo("a night market on the river");
        assertThat(stuck.dueOn()).isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(stuck.daysOverdue()).isEqualTo(29);
        assertThat(stuck.cadreId()).isNull();
        assertThat(stuck.link()).isEqualTo("/api/contribution/suggestions/s1");
        assertThat(feed(null, CADRE, null)).isEmpty();

        events.at(Instant.parse("2025-06-29T02:00:00Z"))
                .deliver(new SuggestionAccepted("s1", "libao", Category.NEW_MEDIA, false));
        assertThat(feed("libao", null, null)).isEmpty();

        clock.moveTo(LocalDate.of(2025, 8, 29));
        assertThat(single(feed("libao", null, null)).subject().step()).isEqualTo("ACCEPTED");
    }

    @Test
    void aRejectedSuggestionIsSettled() {
        events.at(Instant.parse("2025-01-01T02:00:00Z"))
                .deliver(new SuggestionSubmitted("s1", "libao", Category.NEW_MEDIA, List.of("p1"), "topic", "text",
                        SuggestionLevel.TOWNSHIP, null, null),
                        new SuggestionRejected("s1", "libao", Category.NEW_MEDIA, false, "out of scope"));

        assertThat(feed("libao", null, null)).isEmpty();
    }

    @Test
    void aSupervisorsTermRemindsWithinTheWarningWindowUntilTheTermIsRenewed() {
        events.deliver(new VillageRegistered("village1", "libao", "新华村", VillageKind.VILLAGE));
        events.deliver(supervisor("village1", "p2", LocalDate.of(2023, 7, 20), LocalDate.of(2025, 7, 20)));
        events.deliver(supervisor("village1", "p3", LocalDate.of(2023, 9, 1), LocalDate.of(2025, 9, 1)));

        clock.moveTo(LocalDate.of(2025, 6, 19));
        assertThat(feed("libao", null, null)).isEmpty();
        clock.moveTo(TODAY);
        Reminder ending = single(feed("libao", null, null));
        assertThat(ending.kind()).isEqualTo(ReminderKind.ENDING_SUPERVISOR_TERM);
        assertThat(ending.subject().personId()).isEqualTo("p2");
        assertThat(ending.subject().villageName()).isEqualTo("新华村");
        assertThat(ending.dueOn()).isEqualTo(LocalDate.of(2025, 7, 20));
        assertThat(ending.daysOverdue()).isEqualTo(-20);
        assertThat(ending.link()).isEqualTo("/api/contribution/villages/village1");
        clock.moveTo(LocalDate.of(2025, 7, 20));
        assertThat(feed("libao", null, null)).isEmpty();

        clock.moveTo(TODAY);
        events.deliver(supervisor("village1", "p2", LocalDate.of(2025, 7, 20), LocalDate.of(2027, 7, 20)));
        assertThat(feed("libao", null, null)).isEmpty();
    }

    @Test
    void aForgottenPersonLeavesEveryFeedWhicheverContextSpeaksOfThemLater() {
        DomainEventMessage<?> assigned = events.message(assigned("p3", "libao", LocalDate.of(2025, 1, 1)));
        events.deliver(assigned);
        events.deliver(supervisor("village1", "p3", LocalDate.of(2023, 7, 10), LocalDate.of(2025, 7, 10)));
        assertThat(feed("libao", null, null)).hasSize(2);

        events.deliver(new PersonForgotten("p3", "libao", Category.ENTERPRISE_STAFF, "consent withdrawn"));
        // Contribution's topic is read beside liaison's: its news of the person may come after the forgetting.
        events.deliver(supervisor("village2", "p3", LocalDate.of(2023, 7, 1), LocalDate.of(2025, 7, 1)));
        events.deliver(assigned);

        assertThat(feed("libao", null, null)).isEmpty();
        assertThat(feed(null, CADRE, null)).isEmpty();
        assertThat(feed(null, null, null)).isEmpty();
    }

    @Test
    void anEventDeliveredAgainAfterACrashBetweenItsWritesListsTheWatchWhereItBelongs() {
        DomainEventMessage<?> assigned = events.message(assigned("p1", "libao", LocalDate.of(2025, 1, 1)));
        events.deliver(assigned);
        // As if the process died after the watch was written and before its cadre's inbox was.
        readModels.getCollection(ReminderBook.INBOXES).updateOne(Filters.eq("_id", "cadre|" + CADRE),
                Updates.pull("watches", ReminderBook.contactWatch("p1", CADRE)));
        assertThat(feed(null, CADRE, null)).isEmpty();

        events.deliver(assigned);

        assertThat(single(feed(null, CADRE, null)).subject().personId()).isEqualTo("p1");
        assertThat(feed("libao", null, null)).hasSize(1);
    }

    @Test
    void theCitySeesEveryTownshipAndNarrowsByKind() {
        events.deliver(assigned("p1", "libao", LocalDate.of(2025, 1, 1)));
        events.deliver(assigned("p2", "qutang", LocalDate.of(2025, 2, 1)));
        events.at(Instant.parse("2025-01-01T02:00:00Z"))
                .deliver(new SuggestionSubmitted("s1", "qutang", Category.NEW_MEDIA, List.of("p2"), "topic", "text",
                        SuggestionLevel.TOWNSHIP, null, null));

        assertThat(feed(null, null, null)).extracting(Reminder::id).containsExactly(
                "STUCK_SUGGESTION|s1", "OVERDUE_CONTACT|p1|" + CADRE, "OVERDUE_CONTACT|p2|" + CADRE);
        assertThat(feed(null, null, ReminderKind.OVERDUE_CONTACT)).hasSize(2);
        assertThat(feed("qutang", CADRE, null)).extracting(r -> r.subject().personId()).containsExactly("p2");
    }

    private List<Reminder> feed(String township, String cadreId, ReminderKind kind) {
        ReminderFeed feed = book.handle(new FindReminders(township, cadreId, kind));
        assertThat(feed.asOf()).isEqualTo(LocalDate.now(clock));
        return feed.items();
    }

    private static Reminder single(List<Reminder> items) {
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    private static LiaisonAssigned assigned(String personId, String township, LocalDate since) {
        return new LiaisonAssigned(personId, township, Category.ENTERPRISE_STAFF, CADRE, CadreLevel.TOWNSHIP, since, 1);
    }

    private static ContactLogged contact(String personId, String township, LocalDate date) {
        return new ContactLogged(personId, township, Category.ENTERPRISE_STAFF, CADRE, CadreLevel.TOWNSHIP, date,
                ContactChannel.VISIT, null, List.of());
    }

    private static ProblemRaised problem(String visitId, String problemId, LocalDate dueOn) {
        return new ProblemRaised(visitId, problemId, "libao", Category.INTERMEDIARY, "no parking for the staff",
                "Libao housing office", LocalDate.of(2025, 6, 1), dueOn);
    }

    private static SupervisorAppointed supervisor(String villageId, String personId, LocalDate start, LocalDate end) {
        return new SupervisorAppointed(villageId, personId, "libao", Category.FREELANCER, start, end);
    }
}
