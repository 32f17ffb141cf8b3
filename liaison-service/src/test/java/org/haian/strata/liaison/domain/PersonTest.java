package org.haian.strata.liaison.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.liaison.ArrangementBody;
import org.haian.strata.contract.liaison.ArrangementLevel;
import org.haian.strata.contract.liaison.CadreLevel;
import org.haian.strata.contract.liaison.ContactChannel;
import org.haian.strata.contract.liaison.LiaisonAssigned;
import org.haian.strata.contract.liaison.PersonArchived;
import org.haian.strata.contract.liaison.PersonCategoryChanged;
import org.haian.strata.contract.liaison.PersonMovedToTownship;
import org.haian.strata.contract.liaison.PersonProfileUpdated;
import org.haian.strata.contract.liaison.PersonRegistered;
import org.haian.strata.contract.liaison.PoliticalArrangementRecorded;
import org.haian.strata.contract.liaison.RepresentativeFigureDesignated;
import org.haian.strata.contract.liaison.RepresentativeFigureWithdrawn;
import org.haian.strata.liaison.api.listedliaison.AssignLiaison;
import org.haian.strata.liaison.api.listedliaison.EndLiaison;
import org.haian.strata.liaison.api.listedliaison.LogContact;
import org.haian.strata.liaison.api.people.ArchivePerson;
import org.haian.strata.liaison.api.people.ChangePersonCategory;
import org.haian.strata.liaison.api.people.DesignateRepresentativeFigure;
import org.haian.strata.liaison.api.people.MovePersonToTownship;
import org.haian.strata.liaison.api.people.RecordPoliticalArrangement;
import org.haian.strata.liaison.api.people.RegisterPerson;
import org.haian.strata.liaison.api.people.UpdatePersonProfile;
import org.haian.strata.liaison.api.people.WithdrawRepresentativeFigure;
import org.haian.strata.platform.domain.CommandRefused;
import org.haian.strata.platform.domain.TownshipScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.haian.strata.platform.domain.CommandRefused.Kind.CONFLICT;
import static org.haian.strata.platform.domain.CommandRefused.Kind.INVALID;
import static org.haian.strata.platform.domain.Refusal.refused;

/** The registry side of a person; the listed-liaison side is in {@link ListedLiaisonTest}. */
class PersonTest {

    private static final PersonRegistered REGISTERED = new PersonRegistered("p-1", "Lu Kehu",
            Category.ENTERPRISE_STAFF, "libao", "Libao Elites", "CTO");
    private static final LocalDate TERM_START = LocalDate.of(2021, 12, 28);
    private static final LocalDate TERM_END = LocalDate.of(2026, 12, 27);

    private AggregateTestFixture<Person> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Person.class);
    }

    @Test
    void aRegisteredPersonIsInTheRegistryOfTheirTownship() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPerson("p-1", "  Lu Kehu ", Category.ENTERPRISE_STAFF, "libao", "Libao Elites", "CTO"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PersonRegistered("p-1", "Lu Kehu", Category.ENTERPRISE_STAFF, "libao",
                        "Libao Elites", "CTO"));
    }

    @Test
    void aPersonWithoutANameIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPerson("p-1", " ", Category.NEW_MEDIA, "libao", null, null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage("must not be blank")
                .expectNoEvents();
    }

    @Test
    void aPersonWithoutATownshipIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPerson("p-1", "Wang Shirong", Category.NEW_MEDIA, null, null, null))
                .expectException(CommandRefused.class)
                .expectNoEvents();
    }

    @Test
    void aPersonWithoutACategoryIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPerson("p-1", "Wang Shirong", null, "libao", null, null))
                .expectException(CommandRefused.class)
                .expectNoEvents();
    }

    @Test
    void blankOptionalDetailsAreRecordedAsAbsent() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPerson("p-1", "Wang Shirong", Category.FREELANCER, "libao", " ", ""))
                .expectEvents(new PersonRegistered("p-1", "Wang Shirong", Category.FREELANCER, "libao", null, null));
    }

    // --- profile ---

    @Test
    void aTownshipOfficerCannotChangeAPersonOfAnotherTownship() {
        fixture.given(REGISTERED)
                .when(new DesignateRepresentativeFigure("p-1"), Map.of(TownshipScope.METADATA, "qutang"))
                .expectException(refused(CommandRefused.Kind.NOT_FOUND, "personId", "no such record"))
                .expectNoEvents();
    }

    @Test
    void aTownshipOfficerChangesAPersonOfTheirOwnTownship() {
        fixture.given(REGISTERED)
                .when(new DesignateRepresentativeFigure("p-1"), Map.of(TownshipScope.METADATA, "libao"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aProfileUpdateReplacesOrganisationRoleAndContactChannels() {
        fixture.given(REGISTERED)
                .when(new UpdatePersonProfile("p-1", "Libao Elites", " Chief engineer ", "+86 138 0013 8000",
                        "lu.kehu@example.com", "lukehu"))
                .expectEvents(new PersonProfileUpdated("p-1", "libao", Category.ENTERPRISE_STAFF, "Libao Elites",
                        "Chief engineer", "+86 138 0013 8000", "lu.kehu@example.com", "lukehu"));
    }

    @Test
    void aProfileUpdateClearsTheFieldsItLeavesEmpty() {
        fixture.given(REGISTERED)
                .when(new UpdatePersonProfile("p-1", null, "", "0513-88881234", null, null))
                .expectEvents(new PersonProfileUpdated("p-1", "libao", Category.ENTERPRISE_STAFF, null, null,
                        "0513-88881234", null, null));
    }

    @Test
    void aProfileUpdateThatChangesNothingIsRefused() {
        fixture.given(REGISTERED)
                .when(new UpdatePersonProfile("p-1", " Libao Elites", "CTO", null, "", null))
                .expectException(refused(CONFLICT, "personId"))
                .expectNoEvents();
    }

    @Test
    void aPhoneNumberMustBeDigitsSpacesOrDashes() {
        fixture.given(REGISTERED)
                .when(new UpdatePersonProfile("p-1", "Libao Elites", "CTO", "call the office", null, null))
                .expectException(refused(INVALID, "phone"))
                .expectNoEvents();
    }

    @Test
    void anEmailMustBeAnEmailAddress() {
        fixture.given(REGISTERED)
                .when(new UpdatePersonProfile("p-1", "Libao Elites", "CTO", null, "lu.kehu at example.com", null))
                .expectException(refused(INVALID, "email"))
                .expectNoEvents();
    }

    // --- township and category ---

    @Test
    void aMoveToAnotherTownshipCarriesBothTownshipsAndWhatThePersonCountsIn() {
        fixture.given(REGISTERED,
                        new RepresentativeFigureDesignated("p-1", "libao", Category.ENTERPRISE_STAFF),
                        new LiaisonAssigned("p-1", "libao", Category.ENTERPRISE_STAFF, "c-1", CadreLevel.TOWNSHIP,
                                LocalDate.of(2019, 3, 1), 1))
                .when(new MovePersonToTownship("p-1", " development-zone "))
                .expectEvents(new PersonMovedToTownship("p-1", "libao", "development-zone",
                        Category.ENTERPRISE_STAFF, 1, true, 0));
    }

    @Test
    void movingToTheSameTownshipIsRefused() {
        fixture.given(REGISTERED)
                .when(new MovePersonToTownship("p-1", "libao"))
                .expectException(refused(CONFLICT, "township"))
                .expectNoEvents();
    }

    @Test
    void aMoveMustNameTheTownship() {
        fixture.given(REGISTERED)
                .when(new MovePersonToTownship("p-1", " "))
                .expectException(refused(INVALID, "township"))
                .expectNoEvents();
    }

    @Test
    void aMovedPersonBelongsToTheirNewTownship() {
        fixture.given(REGISTERED, new PersonMovedToTownship("p-1", "libao", "yazhou", Category.ENTERPRISE_STAFF,
                        0, false, 0))
                .when(new DesignateRepresentativeFigure("p-1"))
                .expectEvents(new RepresentativeFigureDesignated("p-1", "yazhou", Category.ENTERPRISE_STAFF));
    }

    @Test
    void aCategoryChangeCarriesBothCategoriesAndWhatThePersonCountsIn() {
        fixture.given(REGISTERED, new PoliticalArrangementRecorded("p-1", "libao", Category.ENTERPRISE_STAFF,
                        ArrangementBody.CPPCC, ArrangementLevel.CITY, null, TERM_START, TERM_END, 1))
                .when(new ChangePersonCategory("p-1", Category.NEW_MEDIA))
                .expectEvents(new PersonCategoryChanged("p-1", "libao", Category.ENTERPRISE_STAFF,
                        Category.NEW_MEDIA, 0, false, 1));
    }

    @Test
    void changingToTheSameCategoryIsRefused() {
        fixture.given(REGISTERED)
                .when(new ChangePersonCategory("p-1", Category.ENTERPRISE_STAFF))
                .expectException(refused(CONFLICT, "category"))
                .expectNoEvents();
    }

    @Test
    void aCategoryChangeMustNameTheCategory() {
        fixture.given(REGISTERED)
                .when(new ChangePersonCategory("p-1", null))
                .expectException(refused(INVALID, "category"))
                .expectNoEvents();
    }

    // --- representative figure (代表人士) ---

    @Test
    void aPersonIsDesignatedARepresentativeFigure() {
        fixture.given(REGISTERED)
                .when(new DesignateRepresentativeFigure("p-1"))
                .expectEvents(new RepresentativeFigureDesignated("p-1", "libao", Category.ENTERPRISE_STAFF));
    }

    @Test
    void aRepresentativeFigureCannotBeDesignatedTwice() {
        fixture.given(REGISTERED, new RepresentativeFigureDesignated("p-1", "libao", Category.ENTERPRISE_STAFF))
                .when(new DesignateRepresentativeFigure("p-1"))
                .expectException(refused(CONFLICT, "personId", "is already a representative figure"))
                .expectNoEvents();
    }

    @Test
    void aDesignationIsWithdrawn() {
        fixture.given(REGISTERED, new RepresentativeFigureDesignated("p-1", "libao", Category.ENTERPRISE_STAFF))
                .when(new WithdrawRepresentativeFigure("p-1"))
                .expectEvents(new RepresentativeFigureWithdrawn("p-1", "libao", Category.ENTERPRISE_STAFF));
    }

    @Test
    void aDesignationCannotBeWithdrawnFromSomeoneNotDesignated() {
        fixture.given(REGISTERED,
                        new RepresentativeFigureDesignated("p-1", "libao", Category.ENTERPRISE_STAFF),
                        new RepresentativeFigureWithdrawn("p-1", "libao", Category.ENTERPRISE_STAFF))
                .when(new WithdrawRepresentativeFigure("p-1"))
                .expectException(refused(CONFLICT, "personId", "is not a representative figure"))
                .expectNoEvents();
    }

    // --- political arrangement (政治安排) ---

    @Test
    void aPoliticalArrangementIsRecordedAndCounted() {
        fixture.given(REGISTERED, new PoliticalArrangementRecorded("p-1", "libao", Category.ENTERPRISE_STAFF,
                        ArrangementBody.PEOPLES_CONGRESS, ArrangementLevel.TOWNSHIP, null, TERM_START, TERM_END, 1))
                .when(new RecordPoliticalArrangement("p-1", ArrangementBody.CPPCC, ArrangementLevel.CITY,
                        " Member ", TERM_START, TERM_END))
                .expectEvents(new PoliticalArrangementRecorded("p-1", "libao", Category.ENTERPRISE_STAFF,
                        ArrangementBody.CPPCC, ArrangementLevel.CITY, "Member", TERM_START, TERM_END, 2));
    }

    @Test
    void aTermCannotEndBeforeItStarts() {
        fixture.given(REGISTERED)
                .when(new RecordPoliticalArrangement("p-1", ArrangementBody.CPPCC, ArrangementLevel.CITY, null,
                        TERM_START, TERM_START.minusDays(1)))
                .expectException(refused(INVALID, "termEnd"))
                .expectNoEvents();
    }

    @Test
    void aTermMayEndOnItsFirstDayOrBeOpenEnded() {
        fixture.given(REGISTERED)
                .andGivenCommands(new RecordPoliticalArrangement("p-1", ArrangementBody.CPPCC,
                        ArrangementLevel.CITY, null, TERM_START, TERM_START))
                .when(new RecordPoliticalArrangement("p-1", ArrangementBody.OTHER, ArrangementLevel.TOWNSHIP,
                        "Executive committee of the Libao chamber of commerce", TERM_START, null))
                .expectEvents(new PoliticalArrangementRecorded("p-1", "libao", Category.ENTERPRISE_STAFF,
                        ArrangementBody.OTHER, ArrangementLevel.TOWNSHIP,
                        "Executive committee of the Libao chamber of commerce", TERM_START, null, 2));
    }

    @Test
    void anArrangementInAnOtherBodyMustNameThePost() {
        fixture.given(REGISTERED)
                .when(new RecordPoliticalArrangement("p-1", ArrangementBody.OTHER, ArrangementLevel.CITY, " ",
                        TERM_START, TERM_END))
                .expectException(refused(INVALID, "post"))
                .expectNoEvents();
    }

    static Stream<Arguments> incompleteArrangements() {
        return Stream.of(
                Arguments.of(new RecordPoliticalArrangement("p-1", null, ArrangementLevel.CITY, null, TERM_START,
                        TERM_END), "body"),
                Arguments.of(new RecordPoliticalArrangement("p-1", ArrangementBody.CPPCC, null, null, TERM_START,
                        TERM_END), "level"),
                Arguments.of(new RecordPoliticalArrangement("p-1", ArrangementBody.CPPCC, ArrangementLevel.CITY,
                        null, null, TERM_END), "termStart"));
    }

    @ParameterizedTest(name = "without {1}")
    @MethodSource("incompleteArrangements")
    void anArrangementNeedsABodyALevelAndATermStart(RecordPoliticalArrangement command, String field) {
        fixture.given(REGISTERED)
                .when(command)
                .expectException(refused(INVALID, field))
                .expectNoEvents();
    }

    @Test
    void theSameArrangementCannotBeRecordedTwice() {
        fixture.given(REGISTERED, new PoliticalArrangementRecorded("p-1", "libao", Category.ENTERPRISE_STAFF,
                        ArrangementBody.CPPCC, ArrangementLevel.CITY, "Member", TERM_START, TERM_END, 1))
                .when(new RecordPoliticalArrangement("p-1", ArrangementBody.CPPCC, ArrangementLevel.CITY,
                        "Standing committee member", TERM_START, TERM_END))
                .expectException(refused(CONFLICT, "termStart"))
                .expectNoEvents();
    }

    // --- archive ---

    @Test
    void anArchivedPersonLeavesWithWhatTheyCountedIn() {
        fixture.given(REGISTERED,
                        new RepresentativeFigureDesignated("p-1", "libao", Category.ENTERPRISE_STAFF),
                        new PoliticalArrangementRecorded("p-1", "libao", Category.ENTERPRISE_STAFF,
                                ArrangementBody.CPPCC, ArrangementLevel.CITY, null, TERM_START, TERM_END, 1))
                .when(new ArchivePerson("p-1", " Moved to Nantong "))
                .expectEvents(new PersonArchived("p-1", "libao", Category.ENTERPRISE_STAFF, "Moved to Nantong",
                        true, 1));
    }

    @Test
    void archivingNeedsAReason() {
        fixture.given(REGISTERED)
                .when(new ArchivePerson("p-1", " "))
                .expectException(refused(INVALID, "reason"))
                .expectNoEvents();
    }

    static Stream<Object> everyChange() {
        return Stream.of(
                new UpdatePersonProfile("p-1", "Elsewhere", null, null, null, null),
                new MovePersonToTownship("p-1", "yazhou"),
                new ChangePersonCategory("p-1", Category.FREELANCER),
                new DesignateRepresentativeFigure("p-1"),
                new WithdrawRepresentativeFigure("p-1"),
                new RecordPoliticalArrangement("p-1", ArrangementBody.CPPCC, ArrangementLevel.CITY, null,
                        TERM_START, TERM_END),
                new ArchivePerson("p-1", "Archived again"),
                new AssignLiaison("p-1", "c-1", CadreLevel.TOWNSHIP, LocalDate.of(2019, 3, 1)),
                new EndLiaison("p-1", "c-1"),
                new LogContact("p-1", "c-1", LocalDate.of(2019, 3, 1), ContactChannel.PHONE, null, List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyChange")
    void anArchivedPersonRefusesEveryFurtherChange(Object command) {
        fixture.given(REGISTERED, new PersonArchived("p-1", "libao", Category.ENTERPRISE_STAFF, "Left", false, 0))
                .when(command)
                .expectException(refused(CONFLICT, "personId", "is archived"))
                .expectNoEvents();
    }
}
