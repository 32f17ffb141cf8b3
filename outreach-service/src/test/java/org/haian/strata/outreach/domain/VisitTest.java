package org.haian.strata.outreach.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.liaison.CadreLevel;
import org.haian.strata.contract.liaison.OrganisationKind;
import org.haian.strata.contract.outreach.ProblemRaised;
import org.haian.strata.contract.outreach.ProblemResolved;
import org.haian.strata.contract.outreach.VisitLogged;
import org.haian.strata.contract.outreach.VisitPlanned;
import org.haian.strata.outreach.api.references.CadreReference;
import org.haian.strata.outreach.api.references.OrganisationReference;
import org.haian.strata.outreach.api.references.PersonReference;
import org.haian.strata.outreach.api.references.UnknownReference;
import org.haian.strata.outreach.api.visits.LogVisit;
import org.haian.strata.outreach.api.visits.PlanVisit;
import org.haian.strata.outreach.api.visits.RaiseProblem;
import org.haian.strata.outreach.api.visits.ResolveProblem;
import org.haian.strata.platform.domain.CommandRefused;
import org.haian.strata.platform.domain.TownshipScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.haian.strata.platform.domain.CommandRefused.Kind.CONFLICT;
import static org.haian.strata.platform.domain.CommandRefused.Kind.INVALID;
import static org.haian.strata.platform.domain.CommandRefused.Kind.NOT_FOUND;
import static org.haian.strata.platform.domain.Refusal.refused;
import static org.hamcrest.Matchers.instanceOf;

class VisitTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 12);
    private static final OrganisationReference FIRM = new OrganisationReference("o-1", "Libao Tax Agents",
            OrganisationKind.INTERMEDIARY_FIRM, Category.INTERMEDIARY, "libao", 40, 60);
    private static final CadreReference LEAD = new CadreReference("c-1", CadreLevel.CITY_LEADERSHIP, null);
    private static final CadreReference TOWN_CADRE = new CadreReference("c-2", CadreLevel.TOWNSHIP, "libao");
    private static final PersonReference MANAGER = new PersonReference("p-1", Category.INTERMEDIARY, "libao", false);
    private static final PersonReference LEFT = new PersonReference("p-2", Category.INTERMEDIARY, "libao", true);
    private static final VisitPlanned PLANNED = new VisitPlanned("v-1", "libao", Category.INTERMEDIARY, "o-1", DAY,
            "c-1");
    private static final VisitLogged LOGGED = new VisitLogged("v-1", "libao", Category.INTERMEDIARY, "o-1", DAY,
            "c-1", CadreLevel.CITY_LEADERSHIP, List.of("c-2"), List.of("p-1"), "Needs a training venue");
    private static final ProblemRaised RAISED = new ProblemRaised("v-1", "pr-1", "libao", Category.INTERMEDIARY,
            "No training venue", "Town HR office", DAY, DAY.plusDays(30));

    private AggregateTestFixture<Visit> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Visit.class);
    }

    @Test
    void aVisitIsPlannedInTheOrganisationsTownshipAndCategory() {
        fixture.givenNoPriorActivity()
                .when(new PlanVisit("v-1", null, "o-1", FIRM, DAY, "c-1", LEAD))
                .expectEvents(PLANNED);
    }

    @Test
    void anUnknownOrganisationIsRefusedNamingTheField() {
        fixture.givenNoPriorActivity()
                .when(new PlanVisit("v-1", "libao", "o-9", null, DAY, "c-1", LEAD))
                .expectException(instanceOf(UnknownReference.class))
                .expectException(refused(INVALID, "organisationId", "is not an organisation of the registry"))
                .expectNoEvents();
    }

    @Test
    void anOrganisationOfAnotherTownshipIsNotOneTheCallerCanVisit() {
        fixture.givenNoPriorActivity()
                .when(new PlanVisit("v-1", "qutang", "o-1", FIRM, DAY, "c-1", LEAD))
                .expectException(refused(INVALID, "organisationId", "is not an organisation of qutang"))
                .expectNoEvents();
    }

    @Test
    void anUnknownLeadingCadreIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new PlanVisit("v-1", "libao", "o-1", FIRM, DAY, "c-9", null))
                .expectException(refused(INVALID, "leadCadreId", "is not a cadre of the registry"))
                .expectNoEvents();
    }

    @Test
    void aPlannedVisitIsLoggedWithWhoWentAndWhomTheyMet() {
        fixture.given(PLANNED)
                .when(new LogVisit("v-1", DAY, "c-1", LEAD, List.of("c-2"), List.of(TOWN_CADRE), List.of("p-1"),
                        List.of(MANAGER), " Needs a training venue "))
                .expectEvents(LOGGED);
    }

    @Test
    void aVisitIsLoggedOnce() {
        fixture.given(PLANNED, LOGGED)
                .when(new LogVisit("v-1", DAY, "c-1", LEAD, List.of(), List.of(), List.of(), List.of(), "Again"))
                .expectException(refused(CONFLICT, "visitId"))
                .expectNoEvents();
    }

    @Test
    void anArchivedPersonMetIsRefusedByIndex() {
        fixture.given(PLANNED)
                .when(new LogVisit("v-1", DAY, "c-1", LEAD, List.of(), List.of(), List.of("p-1", "p-2"),
                        List.of(MANAGER, LEFT), "Findings"))
                .expectException(refused(INVALID, "peopleMetIds[1]", "is archived in the registry"))
                .expectNoEvents();
    }

    @Test
    void anUnknownPersonMetIsRefusedByIndex() {
        fixture.given(PLANNED)
                .when(new LogVisit("v-1", DAY, "c-1", LEAD, List.of(), List.of(), List.of("p-7"), List.of(),
                        "Findings"))
                .expectException(refused(INVALID, "peopleMetIds[0]", "is not a person of the registry"))
                .expectNoEvents();
    }

    @Test
    void theLeadingCadreIsNotAlsoAVisitingCadre() {
        fixture.given(PLANNED)
                .when(new LogVisit("v-1", DAY, "c-1", LEAD, List.of("c-1"), List.of(LEAD), List.of(), List.of(),
                        "Findings"))
                .expectException(refused(INVALID, "visitingCadreIds[0]", "is the leading cadre"))
                .expectNoEvents();
    }

    @Test
    void aPersonMetIsNamedOnce() {
        fixture.given(PLANNED)
                .when(new LogVisit("v-1", DAY, "c-1", LEAD, List.of(), List.of(), List.of("p-1", "p-1"),
                        List.of(MANAGER), "Findings"))
                .expectException(refused(INVALID, "peopleMetIds[1]", "is named twice"))
                .expectNoEvents();
    }

    @Test
    void aTownshipOfficerCannotLogAVisitOfAnotherTownship() {
        fixture.given(PLANNED)
                .when(new LogVisit("v-1", DAY, "c-1", LEAD, List.of(), List.of(), List.of(), List.of(), "Findings"),
                        Map.of(TownshipScope.METADATA, "qutang"))
                .expectException(refused(NOT_FOUND, "visitId", CommandRefused.NO_SUCH_RECORD))
                .expectNoEvents();
    }

    @Test
    void aProblemIsRaisedOnAVisitThatTookPlaceWithItsOwnerAndDueDay() {
        fixture.given(PLANNED, LOGGED)
                .when(new RaiseProblem("v-1", "pr-1", "No training venue", "Town HR office", DAY.plusDays(30)))
                .expectEvents(RAISED);
    }

    @Test
    void aProblemIsNotRaisedOnAVisitOnlyPlanned() {
        fixture.given(PLANNED)
                .when(new RaiseProblem("v-1", "pr-1", "No training venue", "Town HR office", DAY.plusDays(30)))
                .expectException(refused(CONFLICT, "visitId"))
                .expectNoEvents();
    }

    @Test
    void aProblemIsNotDueBeforeTheVisit() {
        fixture.given(PLANNED, LOGGED)
                .when(new RaiseProblem("v-1", "pr-1", "No training venue", "Town HR office", DAY.minusDays(1)))
                .expectException(refused(INVALID, "dueOn"))
                .expectNoEvents();
    }

    @Test
    void aProblemIsResolvedWithANoteOnce() {
        ProblemResolved resolved = new ProblemResolved("v-1", "pr-1", "libao", Category.INTERMEDIARY,
                DAY.plusDays(40), DAY.plusDays(30), "The town's centre hosts it");
        fixture.given(PLANNED, LOGGED, RAISED)
                .when(new ResolveProblem("v-1", "pr-1", DAY.plusDays(40), "The town's centre hosts it"))
                .expectEvents(resolved);
        fixture.given(PLANNED, LOGGED, RAISED, resolved)
                .when(new ResolveProblem("v-1", "pr-1", DAY.plusDays(41), "Again"))
                .expectException(refused(CONFLICT, "problemId", "is resolved already"))
                .expectNoEvents();
    }

    @Test
    void aProblemIsNotResolvedBeforeItWasRaised() {
        fixture.given(PLANNED, LOGGED, RAISED)
                .when(new ResolveProblem("v-1", "pr-1", DAY.minusDays(1), "Note"))
                .expectException(refused(INVALID, "resolvedOn"))
                .expectNoEvents();
    }

    @Test
    void aProblemNotRaisedOnThisVisitIsNotFound() {
        fixture.given(PLANNED, LOGGED)
                .when(new ResolveProblem("v-1", "pr-9", DAY, "Note"))
                .expectException(refused(NOT_FOUND, "problemId"))
                .expectNoEvents();
    }
}
