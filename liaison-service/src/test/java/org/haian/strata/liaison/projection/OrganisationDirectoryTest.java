package org.haian.strata.liaison.projection;

import java.time.Instant;

import com.mongodb.client.MongoDatabase;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.liaison.OrganisationKind;
import org.haian.strata.contract.liaison.OrganisationRegistered;
import org.haian.strata.contract.liaison.OrganisationUpdated;
import org.haian.strata.liaison.api.organisations.FindOrganisation;
import org.haian.strata.liaison.api.organisations.ListOrganisations;
import org.haian.strata.liaison.api.organisations.OrganisationPage;
import org.haian.strata.liaison.api.organisations.OrganisationView;
import org.haian.strata.testsupport.EmbeddedInfraExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/** Organisation events in, the registry's read model of organisations out, on the real MongoDB-wire server. */
@ExtendWith(EmbeddedInfraExtension.class)
class OrganisationDirectoryTest {

    private static final Instant REGISTERED = Instant.parse("2026-03-01T08:00:00Z");
    private static final Instant UPDATED = Instant.parse("2026-03-02T08:00:00Z");

    private OrganisationDirectory directory;

    @BeforeEach
    void setUp(MongoDatabase readModels) {
        directory = new OrganisationDirectory(readModels);
    }

    @Test
    void aRegisteredOrganisationIsFoundWithItsDetails() {
        directory.on(new OrganisationRegistered("o1", "Haian Online", OrganisationKind.MEDIA_OUTLET,
                Category.NEW_MEDIA, "libao", 12, 70, 52_000), 0, REGISTERED);

        assertThat(directory.handle(new FindOrganisation("o1"))).contains(new OrganisationView("o1", "Haian Online",
                OrganisationKind.MEDIA_OUTLET, Category.NEW_MEDIA, "libao", 12, 70, 52_000, REGISTERED, REGISTERED));
        assertThat(directory.handle(new FindOrganisation("o2"))).isEmpty();
    }

    @Test
    void anUpdateReplacesTheDetailsAndKeepsTheRegistrationTime() {
        directory.on(registered("o1", "Zhongrui Tax Agents", "libao"), 0, REGISTERED);

        directory.on(updated("o1", "Zhongrui Tax Agents Ltd", "qutang", 40), 1, UPDATED);

        OrganisationView view = directory.handle(new FindOrganisation("o1")).orElseThrow();
        assertThat(view.name()).isEqualTo("Zhongrui Tax Agents Ltd");
        assertThat(view.township()).isEqualTo("qutang");
        assertThat(view.headcount()).isEqualTo(40);
        assertThat(view.followers()).isNull();
        assertThat(view.registeredAt()).isEqualTo(REGISTERED);
        assertThat(view.updatedAt()).isEqualTo(UPDATED);
    }

    @Test
    void anEventDeliveredAgainAfterALaterOneChangesNothing() {
        OrganisationRegistered registration = registered("o1", "Zhongrui Tax Agents", "libao");
        directory.on(registration, 0, REGISTERED);
        directory.on(updated("o1", "Zhongrui Tax Agents Ltd", "qutang", 40), 1, UPDATED);

        directory.on(registration, 0, REGISTERED);

        assertThat(directory.handle(new FindOrganisation("o1")).orElseThrow().township()).isEqualTo("qutang");
    }

    @Test
    void aListIsFilteredAndPagedByNameThenId() {
        directory.on(registered("o3", "Beta", "libao"), 0, REGISTERED);
        directory.on(registered("o1", "Alpha", "libao"), 0, REGISTERED);
        directory.on(registered("o2", "Alpha", "libao"), 0, REGISTERED);
        directory.on(registered("o4", "Aardvark", "qutang"), 0, REGISTERED);
        directory.on(new OrganisationRegistered("o5", "Able Studio", OrganisationKind.STUDIO, Category.FREELANCER,
                "libao", 3, 10, null), 0, REGISTERED);

        OrganisationPage first = directory.handle(new ListOrganisations("libao", Category.INTERMEDIARY, null, 0, 2));
        OrganisationPage second = directory.handle(new ListOrganisations("libao", Category.INTERMEDIARY, null, 1, 2));

        assertThat(first.items()).extracting(OrganisationView::organisationId).containsExactly("o1", "o2");
        assertThat(second.items()).extracting(OrganisationView::organisationId).containsExactly("o3");
        assertThat(first.total()).isEqualTo(3);
        assertThat(second.total()).isEqualTo(3);
        assertThat(directory.handle(new ListOrganisations(null, null, OrganisationKind.STUDIO, 0, 10)).items())
                .extracting(OrganisationView::organisationId).containsExactly("o5");
        assertThat(directory.handle(new ListOrganisations(null, null, null, 0, 10)).items())
                .extracting(OrganisationView::organisationId).containsExactly("o4", "o5", "o1", "o2", "o3");
    }

    private static OrganisationRegistered registered(String id, String name, String township) {
        return new OrganisationRegistered(id, name, OrganisationKind.INTERMEDIARY_FIRM, Category.INTERMEDIARY,
                township, 20, 50, null);
    }

    private static OrganisationUpdated updated(String id, String name, String township, int headcount) {
        return new OrganisationUpdated(id, name, OrganisationKind.INTERMEDIARY_FIRM, Category.INTERMEDIARY, township,
                headcount, 50, null, Category.INTERMEDIARY, "libao", 20, null);
    }
}
