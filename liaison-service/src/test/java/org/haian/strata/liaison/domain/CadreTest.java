package org.haian.strata.liaison.domain;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.haian.strata.contract.liaison.CadreLevel;
import org.haian.strata.contract.liaison.CadreRegistered;
import org.haian.strata.liaison.api.listedliaison.RegisterCadre;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.haian.strata.platform.domain.CommandRefused.Kind.INVALID;
import static org.haian.strata.platform.domain.Refusal.refused;

class CadreTest {

    private AggregateTestFixture<Cadre> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Cadre.class);
    }

    @Test
    void aCityLeaderIsRegisteredWithoutATownship() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCadre("c-1", " Chen Ming ", CadreLevel.CITY_LEADERSHIP, " ", "Deputy mayor"))
                .expectEvents(new CadreRegistered("c-1", "Chen Ming", CadreLevel.CITY_LEADERSHIP, null,
                        "Deputy mayor"));
    }

    @Test
    void aTownshipCadreIsRegisteredWithTheirTownship() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCadre("c-2", "Zhang Wei", CadreLevel.TOWNSHIP, "libao", null))
                .expectEvents(new CadreRegistered("c-2", "Zhang Wei", CadreLevel.TOWNSHIP, "libao", null));
    }

    @Test
    void aTownshipCadreRequiresATownship() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCadre("c-2", "Zhang Wei", CadreLevel.TOWNSHIP, null, "Deputy head"))
                .expectException(refused(INVALID, "township", "is required for a township cadre"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @EnumSource(value = CadreLevel.class, names = {"CITY_LEADERSHIP", "DEPARTMENT"})
    void aCityLevelCadreBelongsToNoTownship(CadreLevel level) {
        fixture.givenNoPriorActivity()
                .when(new RegisterCadre("c-1", "Chen Ming", level, "libao", null))
                .expectException(refused(INVALID, "township"))
                .expectNoEvents();
    }

    @Test
    void aCadreNeedsAName() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCadre("c-1", " ", CadreLevel.DEPARTMENT, null, null))
                .expectException(refused(INVALID, "name"))
                .expectNoEvents();
    }

    @Test
    void aCadreNeedsALevel() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCadre("c-1", "Chen Ming", null, null, null))
                .expectException(refused(INVALID, "level"))
                .expectNoEvents();
    }
}
