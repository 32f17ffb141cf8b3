package org.haian.strata.liaison.domain;

import java.util.Map;
import java.util.stream.Stream;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.liaison.OrganisationKind;
import org.haian.strata.contract.liaison.OrganisationRegistered;
import org.haian.strata.contract.liaison.OrganisationUpdated;
import org.haian.strata.liaison.api.organisations.RegisterOrganisation;
import org.haian.strata.liaison.api.organisations.UpdateOrganisation;
import org.haian.strata.platform.domain.CommandRefused;
import org.haian.strata.platform.domain.TownshipScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.haian.strata.platform.domain.CommandRefused.Kind.CONFLICT;
import static org.haian.strata.platform.domain.CommandRefused.Kind.INVALID;
import static org.haian.strata.platform.domain.Refusal.refused;

class OrganisationTest {

    private static final OrganisationRegistered MEDIA_OUTLET = new OrganisationRegistered("o-1", "Haian Online",
            OrganisationKind.MEDIA_OUTLET, Category.NEW_MEDIA, "haian-subdistrict", 12, 80, 56000);
    private static final OrganisationRegistered LAW_FIRM = new OrganisationRegistered("o-2", "Haian Law Firm",
            OrganisationKind.INTERMEDIARY_FIRM, Category.INTERMEDIARY, "chengdong", 30, 40, null);

    private AggregateTestFixture<Organisation> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Organisation.class);
    }

    @Test
    void aTownshipOfficerCannotUpdateAnOrganisationOfAnotherTownship() {
        fixture.given(LAW_FIRM)
                .when(new UpdateOrganisation("o-2", "Haian Law Firm", Category.INTERMEDIARY, "chengdong", 31, 40, null),
                        Map.of(TownshipScope.METADATA, "libao"))
                .expectException(refused(CommandRefused.Kind.NOT_FOUND, "organisationId", "no such record"))
                .expectNoEvents();
    }

    @Test
    void anOrganisationIsRegisteredWithoutFollowers() {
        fixture.givenNoPriorActivity()
                .when(new RegisterOrganisation("o-2", " Haian Law Firm ", OrganisationKind.INTERMEDIARY_FIRM,
                        Category.INTERMEDIARY, "chengdong", 30, 40, null))
                .expectEvents(LAW_FIRM);
    }

    @Test
    void aMediaOutletIsRegisteredWithItsFollowers() {
        fixture.givenNoPriorActivity()
                .when(new RegisterOrganisation("o-1", "Haian Online", OrganisationKind.MEDIA_OUTLET,
                        Category.NEW_MEDIA, "haian-subdistrict", 12, 80, 56000))
                .expectEvents(MEDIA_OUTLET);
    }

    @Test
    void aMediaOutletRequiresAFollowerCount() {
        fixture.givenNoPriorActivity()
                .when(new RegisterOrganisation("o-1", "Haian Online", OrganisationKind.MEDIA_OUTLET,
                        Category.NEW_MEDIA, "haian-subdistrict", 12, 80, null))
                .expectException(refused(INVALID, "followers", "is required for a media outlet"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @EnumSource(value = OrganisationKind.class, mode = EnumSource.Mode.EXCLUDE, names = "MEDIA_OUTLET")
    void onlyAMediaOutletHasAFollowerCount(OrganisationKind kind) {
        fixture.givenNoPriorActivity()
                .when(new RegisterOrganisation("o-2", "Somewhere", kind, Category.INTERMEDIARY, "chengdong", 30, 40, 0))
                .expectException(refused(INVALID, "followers", "applies to media outlets only"))
                .expectNoEvents();
    }

    @Test
    void aFollowerCountCannotBeNegative() {
        fixture.givenNoPriorActivity()
                .when(new RegisterOrganisation("o-1", "Haian Online", OrganisationKind.MEDIA_OUTLET,
                        Category.NEW_MEDIA, "haian-subdistrict", 12, 80, -1))
                .expectException(refused(INVALID, "followers"))
                .expectNoEvents();
    }

    @Test
    void aHeadcountCannotBeNegative() {
        fixture.givenNoPriorActivity()
                .when(new RegisterOrganisation("o-2", "Haian Law Firm", OrganisationKind.INTERMEDIARY_FIRM,
                        Category.INTERMEDIARY, "chengdong", -1, 40, null))
                .expectException(refused(INVALID, "headcount"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 101})
    void anInfluenceScoreOutside0To100IsRefused(int influence) {
        fixture.givenNoPriorActivity()
                .when(new RegisterOrganisation("o-2", "Haian Law Firm", OrganisationKind.INTERMEDIARY_FIRM,
                        Category.INTERMEDIARY, "chengdong", 30, influence, null))
                .expectException(refused(INVALID, "influence"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 100})
    void anInfluenceScoreOf0Or100AndAHeadcountOf0AreAccepted(int influence) {
        fixture.givenNoPriorActivity()
                .when(new RegisterOrganisation("o-3", "Studio", OrganisationKind.STUDIO, Category.FREELANCER,
                        "qutang", 0, influence, null))
                .expectEvents(new OrganisationRegistered("o-3", "Studio", OrganisationKind.STUDIO,
                        Category.FREELANCER, "qutang", 0, influence, null));
    }

    static Stream<Arguments> incompleteRegistrations() {
        return Stream.of(
                Arguments.of(new RegisterOrganisation("o-2", " ", OrganisationKind.STUDIO, Category.FREELANCER,
                        "qutang", 1, 1, null), "name"),
                Arguments.of(new RegisterOrganisation("o-2", "Studio", null, Category.FREELANCER, "qutang", 1, 1,
                        null), "kind"),
                Arguments.of(new RegisterOrganisation("o-2", "Studio", OrganisationKind.STUDIO, null, "qutang", 1,
                        1, null), "category"),
                Arguments.of(new RegisterOrganisation("o-2", "Studio", OrganisationKind.STUDIO, Category.FREELANCER,
                        null, 1, 1, null), "township"));
    }

    @ParameterizedTest(name = "without {1}")
    @MethodSource("incompleteRegistrations")
    void anOrganisationNeedsANameAKindACategoryAndATownship(RegisterOrganisation command, String field) {
        fixture.givenNoPriorActivity()
                .when(command)
                .expectException(refused(INVALID, field))
                .expectNoEvents();
    }

    @Test
    void anUpdateCarriesTheValuesItReplaces() {
        fixture.given(MEDIA_OUTLET)
                .when(new UpdateOrganisation("o-1", "Haian Online", Category.NEW_MEDIA, "development-zone", 15, 85,
                        61000))
                .expectEvents(new OrganisationUpdated("o-1", "Haian Online", OrganisationKind.MEDIA_OUTLET,
                        Category.NEW_MEDIA, "development-zone", 15, 85, 61000, Category.NEW_MEDIA,
                        "haian-subdistrict", 12, 56000));
    }

    @Test
    void anUpdateThatChangesNothingIsRefused() {
        fixture.given(LAW_FIRM)
                .when(new UpdateOrganisation("o-2", "Haian Law Firm ", Category.INTERMEDIARY, "chengdong", 30, 40,
                        null))
                .expectException(refused(CONFLICT, "organisationId"))
                .expectNoEvents();
    }

    @Test
    void anUpdateKeepsTheFollowerRuleOfTheRegisteredKind() {
        fixture.given(LAW_FIRM)
                .when(new UpdateOrganisation("o-2", "Haian Law Firm", Category.INTERMEDIARY, "chengdong", 30, 40,
                        1000))
                .expectException(refused(INVALID, "followers"))
                .expectNoEvents();
    }

    @Test
    void anUpdateOfAMediaOutletStillRequiresItsFollowers() {
        fixture.given(MEDIA_OUTLET)
                .when(new UpdateOrganisation("o-1", "Haian Online", Category.NEW_MEDIA, "haian-subdistrict", 12, 80,
                        null))
                .expectException(refused(INVALID, "followers"))
                .expectNoEvents();
    }

    @Test
    void anUpdateKeepsTheHeadcountAndInfluenceRules() {
        fixture.given(LAW_FIRM)
                .when(new UpdateOrganisation("o-2", "Haian Law Firm", Category.INTERMEDIARY, "chengdong", 30, 101,
                        null))
                .expectException(refused(INVALID, "influence"))
                .expectNoEvents();
    }
}
