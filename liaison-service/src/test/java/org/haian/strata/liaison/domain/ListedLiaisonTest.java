package org.haian.strata.liaison.domain;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.liaison.CadreLevel;
import org.haian.strata.contract.liaison.ContactChannel;
import org.haian.strata.contract.liaison.ContactLogged;
import org.haian.strata.contract.liaison.LiaisonAssigned;
import org.haian.strata.contract.liaison.LiaisonEnded;
import org.haian.strata.contract.liaison.PersonArchived;
import org.haian.strata.contract.liaison.PersonRegistered;
import org.haian.strata.contract.liaison.RepresentativeFigureDesignated;
import org.haian.strata.liaison.api.listedliaison.AssignLiaison;
import org.haian.strata.liaison.api.listedliaison.EndLiaison;
import org.haian.strata.liaison.api.listedliaison.LogContact;
import org.haian.strata.liaison.api.people.ArchivePerson;
import org.haian.strata.platform.domain.CadreScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.haian.strata.platform.domain.CommandRefused.Kind.CONFLICT;
import static org.haian.strata.platform.domain.CommandRefused.Kind.INVALID;
import static org.haian.strata.platform.domain.CommandRefused.Kind.NOT_FOUND;
import static org.haian.strata.platform.domain.Refusal.refused;

/** Listed liaison (列名联系): cadres assigned to befriend a person, and the contacts they log. */
class ListedLiaisonTest {

    private static final LocalDate MARCH_1 = LocalDate.of(2019, 3, 1);
    private static final PersonRegistered REGISTERED = new PersonRegistered("p-1", "Lu Kehu",
            Category.ENTERPRISE_STAFF, "libao", "Libao Elites", "CTO");
    private static final LiaisonAssigned MAYOR_ASSIGNED = new LiaisonAssigned("p-1", "libao",
            Category.ENTERPRISE_STAFF, "mayor", CadreLevel.CITY_LEADERSHIP, MARCH_1, 1);

    private AggregateTestFixture<Person> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Person.class);
    }

    @Test
    void aCadreIsAssignedToBefriendAPersonWhoIsThenUnderLiaison() {
        fixture.given(REGISTERED)
                .when(new AssignLiaison("p-1", " mayor ", CadreLevel.CITY_LEADERSHIP, MARCH_1))
                .expectEvents(MAYOR_ASSIGNED);
    }

    @Test
    void aPersonMayHaveSeveralCadres() {
        fixture.given(REGISTERED, MAYOR_ASSIGNED)
                .when(new AssignLiaison("p-1", "libao-deputy", CadreLevel.TOWNSHIP, MARCH_1.plusDays(10)))
                .expectEvents(new LiaisonAssigned("p-1", "libao", Category.ENTERPRISE_STAFF, "libao-deputy",
                        CadreLevel.TOWNSHIP, MARCH_1.plusDays(10), 2));
    }

    @Test
    void aCadreCannotBeAssignedTwiceToTheSamePerson() {
        fixture.given(REGISTERED, MAYOR_ASSIGNED)
                .when(new AssignLiaison("p-1", "mayor", CadreLevel.CITY_LEADERSHIP, MARCH_1.plusYears(1)))
                .expectException(refused(CONFLICT, "cadreId", "is already assigned to this person"))
                .expectNoEvents();
    }

    @Test
    void aCadreWhoseAssignmentEndedMayBeAssignedAgain() {
        fixture.given(REGISTERED, MAYOR_ASSIGNED, new LiaisonEnded("p-1", "libao", Category.ENTERPRISE_STAFF,
                        "mayor", CadreLevel.CITY_LEADERSHIP, 0))
                .when(new AssignLiaison("p-1", "mayor", CadreLevel.CITY_LEADERSHIP, MARCH_1.plusYears(1)))
                .expectEvents(new LiaisonAssigned("p-1", "libao", Category.ENTERPRISE_STAFF, "mayor",
                        CadreLevel.CITY_LEADERSHIP, MARCH_1.plusYears(1), 1));
    }

    static Stream<Arguments> incompleteAssignments() {
        return Stream.of(
                Arguments.of(new AssignLiaison("p-1", " ", CadreLevel.TOWNSHIP, MARCH_1), "cadreId"),
                Arguments.of(new AssignLiaison("p-1", "mayor", null, MARCH_1), "cadreLevel"),
                Arguments.of(new AssignLiaison("p-1", "mayor", CadreLevel.CITY_LEADERSHIP, null), "since"));
    }

    @ParameterizedTest(name = "without {1}")
    @MethodSource("incompleteAssignments")
    void anAssignmentNeedsACadreTheirLevelAndAStartDate(AssignLiaison command, String field) {
        fixture.given(REGISTERED)
                .when(command)
                .expectException(refused(INVALID, field))
                .expectNoEvents();
    }

    @Test
    void anArchivedPersonTakesNoNewAssignment() {
        fixture.given(REGISTERED, new PersonArchived("p-1", "libao", Category.ENTERPRISE_STAFF, "Left", false, 0))
                .when(new AssignLiaison("p-1", "mayor", CadreLevel.CITY_LEADERSHIP, MARCH_1))
                .expectException(refused(CONFLICT, "personId", "is archived"))
                .expectNoEvents();
    }

    @Test
    void anEndedAssignmentCountsDownTheCadresLeft() {
        fixture.given(REGISTERED, MAYOR_ASSIGNED, new LiaisonAssigned("p-1", "libao", Category.ENTERPRISE_STAFF,
                        "libao-deputy", CadreLevel.TOWNSHIP, MARCH_1, 2))
                .when(new EndLiaison("p-1", "mayor"))
                .expectEvents(new LiaisonEnded("p-1", "libao", Category.ENTERPRISE_STAFF, "mayor",
                        CadreLevel.CITY_LEADERSHIP, 1));
    }

    @Test
    void endingTheLastAssignmentLeavesThePersonNoLongerUnderLiaison() {
        fixture.given(REGISTERED, MAYOR_ASSIGNED)
                .when(new EndLiaison("p-1", "mayor"))
                .expectEvents(new LiaisonEnded("p-1", "libao", Category.ENTERPRISE_STAFF, "mayor",
                        CadreLevel.CITY_LEADERSHIP, 0));
    }

    @Test
    void endingAnAssignmentThatIsNotActiveIsRefused() {
        fixture.given(REGISTERED, MAYOR_ASSIGNED, new LiaisonEnded("p-1", "libao", Category.ENTERPRISE_STAFF,
                        "mayor", CadreLevel.CITY_LEADERSHIP, 0))
                .when(new EndLiaison("p-1", "mayor"))
                .expectException(refused(CONFLICT, "cadreId", "is not assigned to this person"))
                .expectNoEvents();
    }

    @Test
    void endingAnAssignmentThatNeverExistedIsRefused() {
        fixture.given(REGISTERED, MAYOR_ASSIGNED)
                .when(new EndLiaison("p-1", "someone-else"))
                .expectException(refused(CONFLICT, "cadreId", "is not assigned to this person"))
                .expectNoEvents();
    }

    @Test
    void anAssignedCadreLogsAContactWithTheIssuesRaised() {
        fixture.given(REGISTERED, MAYOR_ASSIGNED)
                .when(new LogContact("p-1", "mayor", MARCH_1.plusDays(20), ContactChannel.VISIT,
                        " Talked about the new workshop ", Arrays.asList(" Land for a second plant ", " ", null,
                                "Talent housing")))
                .expectEvents(new ContactLogged("p-1", "libao", Category.ENTERPRISE_STAFF, "mayor",
                        CadreLevel.CITY_LEADERSHIP, MARCH_1.plusDays(20), ContactChannel.VISIT,
                        "Talked about the new workshop", List.of("Land for a second plant", "Talent housing")));
    }

    @Test
    void aContactWithoutIssuesOrNotesIsLogged() {
        fixture.given(REGISTERED, MAYOR_ASSIGNED)
                .when(new LogContact("p-1", "mayor", MARCH_1, ContactChannel.PHONE, null, null))
                .expectEvents(new ContactLogged("p-1", "libao", Category.ENTERPRISE_STAFF, "mayor",
                        CadreLevel.CITY_LEADERSHIP, MARCH_1, ContactChannel.PHONE, null, List.of()));
    }

    @Test
    void aCadreActingAsThemselvesReachesOnlyAPersonAssignedToThemAndOtherwiseFindsNobody() {
        fixture.given(REGISTERED, MAYOR_ASSIGNED)
                .when(new LogContact("p-1", "deputy", MARCH_1, ContactChannel.PHONE, null, null),
                        Map.of(CadreScope.METADATA, "deputy"))
                .expectException(refused(NOT_FOUND, "personId", "no such record"))
                .expectNoEvents();
    }

    @Test
    void aCadreLogsTheirOwnContactTheMomentTheirAssignmentIsStored() {
        fixture.given(REGISTERED, MAYOR_ASSIGNED)
                .when(new LogContact("p-1", "mayor", MARCH_1, ContactChannel.PHONE, null, null),
                        Map.of(CadreScope.METADATA, "mayor"))
                .expectEvents(new ContactLogged("p-1", "libao", Category.ENTERPRISE_STAFF, "mayor",
                        CadreLevel.CITY_LEADERSHIP, MARCH_1, ContactChannel.PHONE, null, List.of()));
    }

    @Test
    void aContactCanOnlyBeLoggedByACadreCurrentlyAssignedToThePerson() {
        fixture.given(REGISTERED, MAYOR_ASSIGNED)
                .when(new LogContact("p-1", "someone-else", MARCH_1, ContactChannel.PHONE, null, null))
                .expectException(refused(CONFLICT, "cadreId", "is not assigned to this person"))
                .expectNoEvents();
    }

    @Test
    void aCadreWhoseAssignmentEndedCannotLogAContact() {
        fixture.given(REGISTERED, MAYOR_ASSIGNED, new LiaisonEnded("p-1", "libao", Category.ENTERPRISE_STAFF,
                        "mayor", CadreLevel.CITY_LEADERSHIP, 0))
                .when(new LogContact("p-1", "mayor", MARCH_1.plusDays(2), ContactChannel.PHONE, null, null))
                .expectException(refused(CONFLICT, "cadreId"))
                .expectNoEvents();
    }

    @Test
    void aContactCannotBeDatedBeforeTheAssignmentBegan() {
        fixture.given(REGISTERED, MAYOR_ASSIGNED)
                .when(new LogContact("p-1", "mayor", MARCH_1.minusDays(1), ContactChannel.VISIT, null, null))
                .expectException(refused(INVALID, "date"))
                .expectNoEvents();
    }

    static Stream<Arguments> incompleteContacts() {
        return Stream.of(
                Arguments.of(new LogContact("p-1", "mayor", null, ContactChannel.VISIT, null, null), "date"),
                Arguments.of(new LogContact("p-1", "mayor", MARCH_1, null, null, null), "channel"),
                Arguments.of(new LogContact("p-1", null, MARCH_1, ContactChannel.VISIT, null, null), "cadreId"));
    }

    @ParameterizedTest(name = "without {1}")
    @MethodSource("incompleteContacts")
    void aContactNeedsACadreADateAndAChannel(LogContact command, String field) {
        fixture.given(REGISTERED, MAYOR_ASSIGNED)
                .when(command)
                .expectException(refused(INVALID, field))
                .expectNoEvents();
    }

    @Test
    void archivingAPersonEndsEveryAssignmentCountingDownBeforeTheArchive() {
        fixture.given(REGISTERED, MAYOR_ASSIGNED,
                        new LiaisonAssigned("p-1", "libao", Category.ENTERPRISE_STAFF, "libao-deputy",
                                CadreLevel.TOWNSHIP, MARCH_1, 2),
                        new RepresentativeFigureDesignated("p-1", "libao", Category.ENTERPRISE_STAFF))
                .when(new ArchivePerson("p-1", "Moved to Nantong"))
                .expectEvents(
                        new LiaisonEnded("p-1", "libao", Category.ENTERPRISE_STAFF, "mayor",
                                CadreLevel.CITY_LEADERSHIP, 1),
                        new LiaisonEnded("p-1", "libao", Category.ENTERPRISE_STAFF, "libao-deputy",
                                CadreLevel.TOWNSHIP, 0),
                        new PersonArchived("p-1", "libao", Category.ENTERPRISE_STAFF, "Moved to Nantong", true, 0));
    }

    @Test
    void aRefusedArchiveEndsNoAssignment() {
        fixture.given(REGISTERED, MAYOR_ASSIGNED)
                .when(new ArchivePerson("p-1", null))
                .expectException(refused(INVALID, "reason"))
                .expectNoEvents();
    }
}
