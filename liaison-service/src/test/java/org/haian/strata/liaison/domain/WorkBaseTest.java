package org.haian.strata.liaison.domain;

import java.util.stream.Stream;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.liaison.WorkBaseClosed;
import org.haian.strata.contract.liaison.WorkBaseEstablished;
import org.haian.strata.liaison.api.bases.CloseWorkBase;
import org.haian.strata.liaison.api.bases.EstablishWorkBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.haian.strata.platform.domain.CommandRefused.Kind.CONFLICT;
import static org.haian.strata.platform.domain.CommandRefused.Kind.INVALID;
import static org.haian.strata.platform.domain.Refusal.refused;

class WorkBaseTest {

    private static final WorkBaseEstablished ESTABLISHED = new WorkBaseEstablished("b-1", "Libao entrepreneurs' base",
            Category.ENTERPRISE_STAFF, "libao", "o-1");

    private AggregateTestFixture<WorkBase> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(WorkBase.class);
    }

    @Test
    void aWorkBaseIsEstablishedOnAnAnchorOrganisation() {
        fixture.givenNoPriorActivity()
                .when(new EstablishWorkBase("b-1", " Libao entrepreneurs' base ", Category.ENTERPRISE_STAFF, "libao",
                        "o-1"))
                .expectEvents(ESTABLISHED);
    }

    static Stream<Arguments> incompleteBases() {
        return Stream.of(
                Arguments.of(new EstablishWorkBase("b-1", "Base", Category.FREELANCER, "libao", " "),
                        "anchorOrganisationId"),
                Arguments.of(new EstablishWorkBase("b-1", null, Category.FREELANCER, "libao", "o-1"), "name"),
                Arguments.of(new EstablishWorkBase("b-1", "Base", null, "libao", "o-1"), "category"),
                Arguments.of(new EstablishWorkBase("b-1", "Base", Category.FREELANCER, "", "o-1"), "township"));
    }

    @ParameterizedTest(name = "without {1}")
    @MethodSource("incompleteBases")
    void aWorkBaseNeedsANameACategoryATownshipAndAnAnchorOrganisation(EstablishWorkBase command, String field) {
        fixture.givenNoPriorActivity()
                .when(command)
                .expectException(refused(INVALID, field))
                .expectNoEvents();
    }

    @Test
    void aWorkBaseClosesWithItsTownshipAndCategory() {
        fixture.given(ESTABLISHED)
                .when(new CloseWorkBase("b-1", "Merged into the city base"))
                .expectEvents(new WorkBaseClosed("b-1", "libao", Category.ENTERPRISE_STAFF,
                        "Merged into the city base"));
    }

    @Test
    void closingAWorkBaseNeedsAReason() {
        fixture.given(ESTABLISHED)
                .when(new CloseWorkBase("b-1", " "))
                .expectException(refused(INVALID, "reason"))
                .expectNoEvents();
    }

    @Test
    void aClosedWorkBaseCannotBeClosedAgain() {
        fixture.given(ESTABLISHED, new WorkBaseClosed("b-1", "libao", Category.ENTERPRISE_STAFF, "Merged"))
                .when(new CloseWorkBase("b-1", "Merged again"))
                .expectException(refused(CONFLICT, "baseId", "is closed"))
                .expectNoEvents();
    }
}
