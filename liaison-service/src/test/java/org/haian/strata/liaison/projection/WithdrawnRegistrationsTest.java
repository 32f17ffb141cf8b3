package org.haian.strata.liaison.projection;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;

import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.liaison.OrganisationKind;
import org.haian.strata.contract.liaison.OrganisationRegistered;
import org.haian.strata.contract.liaison.OrganisationRegistrationWithdrawn;
import org.haian.strata.contract.liaison.PersonRegistered;
import org.haian.strata.contract.liaison.PersonRegistrationWithdrawn;
import org.haian.strata.liaison.api.organisations.FindOrganisation;
import org.haian.strata.liaison.api.organisations.ListOrganisations;
import org.haian.strata.liaison.api.organisations.OrganisationNamesIn;
import org.haian.strata.liaison.api.people.FindPerson;
import org.haian.strata.liaison.api.people.SearchPeople;
import org.haian.strata.platform.time.ContactOverdue;
import org.haian.strata.testsupport.DomainEvents;
import org.haian.strata.testsupport.EmbeddedInfraExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Undoing a bulk import: the compensating events in, the registry's read models out as they were before the import,
 * on the real MongoDB-wire server.
 */
@ExtendWith(EmbeddedInfraExtension.class)
class WithdrawnRegistrationsTest {

    private static final Instant AT = Instant.parse("2026-03-01T08:00:00Z");
    private static final String BATCH = "batch-1";

    private PersonDirectory people;
    private OrganisationDirectory organisations;
    private DomainEvents personEvents;
    private DomainEvents organisationEvents;

    @BeforeEach
    void setUp(MongoDatabase readModels) {
        Clock clock = Clock.fixed(AT, ZoneId.of("Asia/Shanghai"));
        people = new PersonDirectory(readModels, clock, new ContactOverdue(Period.ofDays(90)));
        organisations = new OrganisationDirectory(readModels);
        personEvents = new DomainEvents(people).at(AT);
        organisationEvents = new DomainEvents(organisations).at(AT);
    }

    @Test
    void aWithdrawnPersonLeavesTheirPageAndEverySearchArchivedOnesToo() {
        personEvents.deliver(registered("p1", "Lu Kehu"), registered("p2", "Xu Min"));
        SearchPeople everyone = new SearchPeople("libao", null, null, null, null, false, 0, 20);
        long before = people.handle(everyone).total();

        personEvents.deliver(new PersonRegistrationWithdrawn("p2", "libao", Category.NEW_MEDIA, BATCH));

        assertThat(people.handle(new FindPerson("p2"))).isEmpty();
        assertThat(people.handle(new FindPerson("p1"))).isPresent();
        assertThat(people.handle(everyone).total()).isEqualTo(before - 1);
        assertThat(people.handle(everyone).items()).extracting("personId").containsExactly("p1");
        assertThat(people.handle(new SearchPeople("libao", null, null, null, null, true, 0, 20)).total()).isZero();
    }

    @Test
    void aRegistrationDeliveredAgainAfterItsWithdrawalBringsNobodyBack() {
        PersonRegistered registration = registered("p1", "Lu Kehu");
        personEvents.deliver(registration,
                new PersonRegistrationWithdrawn("p1", "libao", Category.NEW_MEDIA, BATCH));

        personEvents.deliver(new GenericDomainEventMessage<>("PersonRegistered", "p1", 0, registration,
                MetaData.emptyInstance(), "again", AT));

        assertThat(people.handle(new FindPerson("p1"))).isEmpty();
    }

    @Test
    void aWithdrawnOrganisationLeavesItsPageItsListAndTheNamesAnImportFinds() {
        organisationEvents.deliver(organisation("o1", "Zhongrui Tax Agents"), organisation("o2", "Haian Law Firm"));

        organisationEvents.deliver(new OrganisationRegistrationWithdrawn("o2", OrganisationKind.INTERMEDIARY_FIRM,
                Category.INTERMEDIARY, "libao", 30, null, BATCH));

        assertThat(organisations.handle(new FindOrganisation("o2"))).isEmpty();
        assertThat(organisations.handle(new ListOrganisations("libao", null, null, 0, 20)).items())
                .extracting("organisationId").containsExactly("o1");
        assertThat(organisations.handle(new OrganisationNamesIn("libao"))).containsExactly("zhongrui tax agents");
        assertThat(organisations.handle(new OrganisationNamesIn("qutang"))).isEmpty();
    }

    private static PersonRegistered registered(String person, String name) {
        return new PersonRegistered(person, name, Category.NEW_MEDIA, "libao", "Haian Online", "editor");
    }

    private static OrganisationRegistered organisation(String id, String name) {
        return new OrganisationRegistered(id, name, OrganisationKind.INTERMEDIARY_FIRM, Category.INTERMEDIARY,
                "libao", 30, 40, null);
    }
}
