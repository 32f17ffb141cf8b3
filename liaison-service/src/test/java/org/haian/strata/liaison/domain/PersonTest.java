package org.haian.strata.liaison.domain;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.liaison.PersonRegistered;
import org.haian.strata.liaison.api.RegisterPerson;
import org.haian.strata.platform.domain.CommandRefused;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PersonTest {

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
}
