package org.haian.strata.liaison.projection;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.DomainEventMessage;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.liaison.ArrangementBody;
import org.haian.strata.contract.liaison.ArrangementLevel;
import org.haian.strata.contract.liaison.CadreLevel;
import org.haian.strata.contract.liaison.ContactChannel;
import org.haian.strata.contract.liaison.ContactLogged;
import org.haian.strata.contract.liaison.LiaisonAssigned;
import org.haian.strata.contract.liaison.LiaisonEnded;
import org.haian.strata.contract.liaison.PersonArchived;
import org.haian.strata.contract.liaison.PersonCategoryChanged;
import org.haian.strata.contract.liaison.PersonForgotten;
import org.haian.strata.contract.liaison.PersonMovedToTownship;
import org.haian.strata.contract.liaison.PersonProfileUpdated;
import org.haian.strata.contract.liaison.PersonRegistered;
import org.haian.strata.contract.liaison.PoliticalArrangementRecorded;
import org.haian.strata.contract.liaison.RepresentativeFigureDesignated;
import org.haian.strata.contract.liaison.RepresentativeFigureWithdrawn;
import org.haian.strata.liaison.api.listedliaison.Caseload;
import org.haian.strata.liaison.api.listedliaison.FindCaseload;
import org.haian.strata.liaison.api.people.FindPerson;
import org.haian.strata.liaison.api.people.PeoplePage;
import org.haian.strata.liaison.api.people.PersonSummary;
import org.haian.strata.liaison.api.people.PersonView;
import org.haian.strata.liaison.api.people.SearchPeople;
import org.haian.strata.platform.time.ContactOverdue;
import org.haian.strata.testsupport.DomainEvents;
import org.haian.strata.testsupport.EmbeddedInfraExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Events in, read model out, on the real MongoDB-wire server. */
@ExtendWith(EmbeddedInfraExtension.class)
class PersonDirectoryTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    private static final Instant AT = Instant.parse("2025-01-02T03:04:05Z");
    private static final String P1 = "11111111-1111-1111-1111-111111111111";
    private static final String P2 = "22222222-2222-2222-2222-222222222222";
    private static final String P3 = "33333333-3333-3333-3333-333333333333";

    private PersonDirectory directory;
    private DomainEvents events;

    @BeforeEach
    void setUp(MongoDatabase readModels) {
        Clock clock = Clock.fixed(TODAY.atTime(12, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(),
                ZoneId.of("Asia/Shanghai"));
        directory = new PersonDirectory(readModels, clock, new ContactOverdue(Period.ofDays(90)));
        events = new DomainEvents(directory).at(AT);
    }

    @Test
    void aRegisteredPersonIsShownWithTheirProfileAndNothingElseYet() {
        events.deliver(registered(P1, "Lu Kehu", "libao", "Libao Elites"));

        PersonView person = find(P1);

        assertThat(person.name()).isEqualTo("Lu Kehu");
        assertThat(person.category()).isEqualTo(Category.ENTERPRISE_STAFF);
        assertThat(person.township()).isEqualTo("libao");
        assertThat(person.organisation()).isEqualTo("Libao Elites");
        assertThat(person.registeredAt()).isEqualTo(AT);
        assertThat(person.representative()).isFalse();
        assertThat(person.archived()).isFalse();
        assertThat(person.politicalArrangements()).isEmpty();
        assertThat(person.cadres()).isEmpty();
        assertThat(person.contacts()).isEmpty();
    }

    @Test
    void everyChangeToAPersonShowsOnTheirPage() {
        events.deliver(registered(P1, "Lu Kehu", "libao", "Libao Elites"));
        events.deliver(new PersonProfileUpdated(P1, "libao", Category.ENTERPRISE_STAFF, "Qutang Works", "CEO",
                "0513-1234567", "lu@example.org", "lukehu"));
        events.deliver(new PersonMovedToTownship(P1, "libao", "qutang", Category.ENTERPRISE_STAFF, 0, false, 0));
        events.deliver(new PersonCategoryChanged(P1, "qutang", Category.ENTERPRISE_STAFF, Category.NEW_MEDIA, 0, false,
                0));
        events.deliver(new RepresentativeFigureDesignated(P1, "qutang", Category.NEW_MEDIA));
        events.deliver(new PoliticalArrangementRecorded(P1, "qutang", Category.NEW_MEDIA, ArrangementBody.CPPCC,
                ArrangementLevel.CITY, "member", LocalDate.of(2022, 1, 1), null, 1));
        events.deliver(new PersonArchived(P1, "qutang", Category.NEW_MEDIA, "left Hai'an", true, 1));

        PersonView person = find(P1);

        assertThat(person.organisation()).isEqualTo("Qutang Works");
        assertThat(person.role()).isEqualTo("CEO");
        assertThat(person.phone()).isEqualTo("0513-1234567");
        assertThat(person.email()).isEqualTo("lu@example.org");
        assertThat(person.wechat()).isEqualTo("lukehu");
        assertThat(person.township()).isEqualTo("qutang");
        assertThat(person.category()).isEqualTo(Category.NEW_MEDIA);
        assertThat(person.representative()).isTrue();
        assertThat(person.politicalArrangements()).containsExactly(new PersonView.Arrangement(ArrangementBody.CPPCC,
                ArrangementLevel.CITY, "member", LocalDate.of(2022, 1, 1), null));
        assertThat(person.archived()).isTrue();
        assertThat(person.archiveReason()).isEqualTo("left Hai'an");
    }

    @Test
    void aWithdrawnDesignationIsNoLongerShown() {
        events.deliver(registered(P1, "Lu Kehu", "libao", "Libao Elites"));
        events.deliver(new RepresentativeFigureDesignated(P1, "libao", Category.ENTERPRISE_STAFF));
        events.deliver(new RepresentativeFigureWithdrawn(P1, "libao", Category.ENTERPRISE_STAFF));

        assertThat(find(P1).representative()).isFalse();
    }

    @Test
    void anEventDeliveredTwiceIsAppliedOnce() {
        events.deliver(registered(P1, "Lu Kehu", "libao", "Libao Elites"));
        PoliticalArrangementRecorded arrangement = new PoliticalArrangementRecorded(P1, "libao",
                Category.ENTERPRISE_STAFF, ArrangementBody.PEOPLES_CONGRESS, ArrangementLevel.TOWNSHIP, null,
                LocalDate.of(2021, 1, 1), LocalDate.of(2026, 1, 1), 1);
        LiaisonAssigned assigned = assigned(P1, "libao", "cadre-libao", LocalDate.of(2025, 1, 1));
        ContactLogged contact = contact(P1, "libao", "cadre-libao", LocalDate.of(2025, 2, 1));

        List<DomainEventMessage<?>> stored = Stream.of(arrangement, assigned, contact).map(events::message).toList();

        stored.forEach(events::deliver);
        stored.forEach(events::deliver);

        PersonView person = find(P1);
        assertThat(person.politicalArrangements()).hasSize(1);
        assertThat(person.cadres()).hasSize(1);
        assertThat(person.contacts()).hasSize(1);
    }

    @Test
    void aPersonsPageShowsTheirCadresWithTheLastContactOfTheCurrentAssignmentAndTheContactsNewestFirst() {
        events.deliver(registered(P1, "Lu Kehu", "libao", "Libao Elites"));
        events.deliver(assigned(P1, "libao", "cadre-libao", LocalDate.of(2024, 1, 1)));
        events.deliver(contact(P1, "libao", "cadre-libao", LocalDate.of(2024, 3, 1)));
        events.deliver(ended(P1, "libao", "cadre-libao"));
        events.deliver(assigned(P1, "libao", "cadre-libao", LocalDate.of(2025, 1, 1)));
        events.deliver(assigned(P1, "libao", "mayor", LocalDate.of(2025, 1, 1)));
        events.deliver(contact(P1, "libao", "mayor", LocalDate.of(2025, 5, 1)));
        events.deliver(contact(P1, "libao", "mayor", LocalDate.of(2025, 4, 1)));

        PersonView person = find(P1);

        assertThat(person.cadres()).extracting(PersonView.Liaison::cadreId, PersonView.Liaison::lastContact)
                .containsExactly(tuple("cadre-libao", null),
                        tuple("mayor", LocalDate.of(2025, 5, 1)));
        assertThat(person.contacts()).extracting(PersonView.Contact::date).containsExactly(
                LocalDate.of(2025, 5, 1), LocalDate.of(2025, 4, 1), LocalDate.of(2024, 3, 1));
        assertThat(person.befriendedBy("cadre-libao")).isTrue();
        assertThat(person.befriendedBy("cadre-qutang")).isFalse();
    }

    @Test
    void aSearchFiltersByTownshipCategoryOrganisationNameFragmentAndRepresentativeFlag() {
        events.deliver(registered(P1, "Lu Kehu", "libao", "Libao Elites"));
        events.deliver(new PersonRegistered(P2, "Xu Min", Category.INTERMEDIARY, "libao", "Zhongrui Tax", null));
        events.deliver(registered(P3, "Lu Min", "qutang", "Libao Elites"));
        events.deliver(new RepresentativeFigureDesignated(P3, "qutang", Category.ENTERPRISE_STAFF));

        assertThat(names(search("libao", null, null, null, null, false))).containsExactly("Lu Kehu", "Xu Min");
        assertThat(names(search(null, Category.INTERMEDIARY, null, null, null, false))).containsExactly("Xu Min");
        assertThat(names(search(null, null, "  libao   ELITES ", null, null, false)))
                .containsExactly("Lu Kehu", "Lu Min");
        assertThat(names(search(null, null, null, "MIN", null, false))).containsExactly("Lu Min", "Xu Min");
        assertThat(names(search(null, null, null, null, true, false))).containsExactly("Lu Min");
        assertThat(names(search(null, null, null, null, false, false))).containsExactly("Lu Kehu", "Xu Min");
    }

    @Test
    void aNameFragmentIsTakenLiterallyNotAsAPattern() {
        events.deliver(registered(P1, "Lu Kehu", "libao", "Libao Elites"));

        assertThat(search(null, null, null, ".*", null, false).total()).isZero();
    }

    @Test
    void aSearchIsSortedByNameThenIdAndPagedWithTheTotalOfAllMatches() {
        events.deliver(registered(P3, "Wang Fang", "libao", null));
        events.deliver(registered(P1, "Wang Fang", "libao", null));
        events.deliver(registered(P2, "Chen Jie", "libao", null));

        PeoplePage first = directory.handle(new SearchPeople(null, null, null, null, null, false, 0, 2));
        PeoplePage second = directory.handle(new SearchPeople(null, null, null, null, null, false, 1, 2));

        assertThat(first.items()).extracting(PersonSummary::personId).containsExactly(P2, P1);
        assertThat(second.items()).extracting(PersonSummary::personId).containsExactly(P3);
        assertThat(first.total()).isEqualTo(3);
        assertThat(second.total()).isEqualTo(3);
        assertThat(second.page()).isEqualTo(1);
        assertThat(second.size()).isEqualTo(2);
    }

    @Test
    void archivedPeopleAreLeftOutOfASearchUnlessAskedFor() {
        events.deliver(registered(P1, "Lu Kehu", "libao", null));
        events.deliver(registered(P2, "Xu Min", "libao", null));
        events.deliver(new PersonArchived(P2, "libao", Category.ENTERPRISE_STAFF, "moved away", false, 0));

        assertThat(names(search("libao", null, null, null, null, false))).containsExactly("Lu Kehu");
        assertThat(names(search("libao", null, null, null, null, true))).containsExactly("Xu Min");
    }

    @Test
    void aCadresListShowsEachOfTheirPeopleWithTheAssignmentsStartAndTheLatestContact() {
        events.deliver(registered(P1, "Lu Kehu", "libao", null));
        events.deliver(registered(P2, "Xu Min", "libao", null));
        events.deliver(assigned(P1, "libao", "cadre-libao", LocalDate.of(2025, 5, 1)));
        events.deliver(assigned(P2, "libao", "cadre-libao", LocalDate.of(2025, 5, 2)));
        events.deliver(contact(P1, "libao", "cadre-libao", LocalDate.of(2025, 6, 20)));
        // Last week's visit logged after today's call: the later date stays the last contact.
        events.deliver(contact(P1, "libao", "cadre-libao", LocalDate.of(2025, 6, 10)));

        Caseload caseload = directory.handle(new FindCaseload("cadre-libao", null));

        assertThat(caseload.overdueAfter()).isEqualTo(Period.ofDays(90));
        assertThat(caseload.people()).containsExactly(
                new Caseload.Entry(P1, "Lu Kehu", "libao", Category.ENTERPRISE_STAFF, LocalDate.of(2025, 5, 1),
                        LocalDate.of(2025, 6, 20), false),
                new Caseload.Entry(P2, "Xu Min", "libao", Category.ENTERPRISE_STAFF, LocalDate.of(2025, 5, 2),
                        null, false));
    }

    @Test
    void aPersonNotContactedWithinThePeriodIsOverdueCountedFromTheAssignmentWhenNeverContacted() {
        events.deliver(registered(P1, "Contacted long ago", "libao", null));
        events.deliver(registered(P2, "Never contacted", "libao", null));
        events.deliver(registered(P3, "Just inside", "libao", null));
        events.deliver(assigned(P1, "libao", "cadre-libao", LocalDate.of(2024, 1, 1)));
        events.deliver(contact(P1, "libao", "cadre-libao", TODAY.minusDays(91)));
        events.deliver(assigned(P2, "libao", "cadre-libao", TODAY.minusDays(91)));
        events.deliver(assigned(P3, "libao", "cadre-libao", TODAY.minusDays(90)));

        Caseload caseload = directory.handle(new FindCaseload("cadre-libao", null));

        assertThat(caseload.people()).extracting(Caseload.Entry::name, Caseload.Entry::overdue).containsExactly(
                tuple("Contacted long ago", true),
                tuple("Just inside", false),
                tuple("Never contacted", true));
    }

    @Test
    void anEndedAssignmentLeavesTheListAndAReassignmentStartsAfresh() {
        events.deliver(registered(P1, "Lu Kehu", "libao", null));
        events.deliver(registered(P2, "Xu Min", "libao", null));
        events.deliver(assigned(P1, "libao", "cadre-libao", LocalDate.of(2024, 1, 1)));
        events.deliver(assigned(P2, "libao", "cadre-libao", LocalDate.of(2024, 1, 1)));
        events.deliver(contact(P1, "libao", "cadre-libao", LocalDate.of(2024, 2, 1)));
        events.deliver(ended(P1, "libao", "cadre-libao"));
        events.deliver(ended(P2, "libao", "cadre-libao"));
        events.deliver(assigned(P1, "libao", "cadre-libao", LocalDate.of(2025, 6, 1)));

        assertThat(directory.handle(new FindCaseload("cadre-libao", null)).people()).containsExactly(
                new Caseload.Entry(P1, "Lu Kehu", "libao", Category.ENTERPRISE_STAFF, LocalDate.of(2025, 6, 1),
                        null, false));
    }

    @Test
    void aForgottenPersonStaysOnTheirCadresListWithoutANameAndComesLast() {
        events.deliver(registered(P1, "Lu Kehu", "libao", null));
        events.deliver(registered(P2, "Xu Min", "libao", null));
        events.deliver(assigned(P1, "libao", "cadre-libao", LocalDate.of(2025, 6, 1)));
        events.deliver(assigned(P2, "libao", "cadre-libao", LocalDate.of(2025, 6, 1)));
        events.deliver(new PersonForgotten(P1, "libao", Category.ENTERPRISE_STAFF, "asked to be forgotten"));

        assertThat(directory.handle(new FindCaseload("cadre-libao", null)).people())
                .extracting(Caseload.Entry::personId, Caseload.Entry::name)
                .containsExactly(tuple(P2, "Xu Min"), tuple(P1, null));
    }

    /**
     * A batch's changes are written when it ends, so a forgetting in the same batch as the contact it erases must
     * see that contact; and a batch delivered again whole, as after a crash before its token was stored, changes
     * nothing.
     */
    @Test
    void aBatchIsWrittenWhenItEndsOnceEvenWhenDeliveredAgainAndAForgettingInItErasesTheBatchsContact() {
        List<DomainEventMessage<?>> batch = Stream.of(registered(P1, "Lu Kehu", "libao", "Libao Elites"),
                assigned(P1, "libao", "cadre-libao", LocalDate.of(2025, 1, 1)),
                contact(P1, "libao", "cadre-libao", LocalDate.of(2025, 2, 1)),
                new PersonForgotten(P1, "libao", Category.ENTERPRISE_STAFF, "asked to be forgotten"))
                .<DomainEventMessage<?>>map(events::message).toList();

        events.deliverAsOneBatch(batch);
        events.deliverAsOneBatch(batch);

        PersonView person = find(P1);
        assertThat(person.forgotten()).isTrue();
        assertThat(person.name()).isNull();
        assertThat(person.cadres()).hasSize(1);
        assertThat(person.contacts()).singleElement().satisfies(contact -> {
            assertThat(contact.notes()).isNull();
            assertThat(contact.issuesRaised()).isEmpty();
        });
    }

    @Test
    void aCadresListReadForOneTownshipShowsOnlyThatTownshipsPeople() {
        events.deliver(registered(P1, "Lu Kehu", "libao", null));
        events.deliver(registered(P2, "Xu Min", "libao", null));
        events.deliver(assigned(P1, "libao", "mayor", LocalDate.of(2025, 6, 1)));
        events.deliver(assigned(P2, "libao", "mayor", LocalDate.of(2025, 6, 1)));
        events.deliver(new PersonMovedToTownship(P2, "libao", "qutang", Category.ENTERPRISE_STAFF, 1, false, 0));

        assertThat(directory.handle(new FindCaseload("mayor", "qutang")).people())
                .extracting(Caseload.Entry::name).containsExactly("Xu Min");
        assertThat(directory.handle(new FindCaseload("mayor", null)).people()).hasSize(2);
        assertThat(directory.handle(new FindCaseload("nobody", null)).people()).isEmpty();
    }

    private PersonView find(String personId) {
        return directory.handle(new FindPerson(personId)).orElseThrow();
    }

    private PeoplePage search(String township, Category category, String organisation, String name,
                              Boolean representative, boolean archived) {
        return directory.handle(new SearchPeople(township, category, organisation, name, representative, archived,
                0, 20));
    }

    private static List<String> names(PeoplePage page) {
        assertThat(page.total()).isEqualTo(page.items().size());
        return page.items().stream().map(PersonSummary::name).toList();
    }

    private static PersonRegistered registered(String id, String name, String township, String organisation) {
        return new PersonRegistered(id, name, Category.ENTERPRISE_STAFF, township, organisation, null);
    }

    private static LiaisonAssigned assigned(String personId, String township, String cadreId, LocalDate since) {
        return new LiaisonAssigned(personId, township, Category.ENTERPRISE_STAFF, cadreId, CadreLevel.TOWNSHIP, since,
                1);
    }

    private static LiaisonEnded ended(String personId, String township, String cadreId) {
        return new LiaisonEnded(personId, township, Category.ENTERPRISE_STAFF, cadreId, CadreLevel.TOWNSHIP, 0);
    }

    private static ContactLogged contact(String personId, String township, String cadreId, LocalDate date) {
        return new ContactLogged(personId, township, Category.ENTERPRISE_STAFF, cadreId, CadreLevel.TOWNSHIP, date,
                ContactChannel.VISIT, "tea", List.of("parking"));
    }
}
