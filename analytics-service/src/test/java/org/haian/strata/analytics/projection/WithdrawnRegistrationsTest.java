package org.haian.strata.analytics.projection;

import java.util.Map;

import com.mongodb.client.MongoClient;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.liaison.OrganisationKind;
import org.haian.strata.contract.liaison.OrganisationRegistered;
import org.haian.strata.contract.liaison.OrganisationRegistrationWithdrawn;
import org.haian.strata.contract.liaison.OrganisationUpdated;
import org.haian.strata.contract.liaison.PersonRegistrationWithdrawn;
import org.haian.strata.testsupport.EmbeddedInfraExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haian.strata.analytics.figures.liaison.LiaisonFigures.ENTERPRISES_300_TO_999_STAFF;
import static org.haian.strata.analytics.figures.liaison.LiaisonFigures.MEDIA_OUTLETS;
import static org.haian.strata.analytics.figures.liaison.LiaisonFigures.MEDIA_OUTLETS_ABOVE_50000_FOLLOWERS;
import static org.haian.strata.analytics.figures.liaison.LiaisonFigures.MEMBERS;
import static org.haian.strata.analytics.figures.liaison.LiaisonFigures.PEOPLE;
import static org.haian.strata.analytics.projection.Events.admitted;
import static org.haian.strata.analytics.projection.Events.registered;
import static org.haian.strata.analytics.projection.Events.removed;
import static org.haian.strata.contract.Category.ENTERPRISE_STAFF;
import static org.haian.strata.contract.Category.NEW_MEDIA;

/**
 * Undoing a bulk import: its compensating events in, every figure out as it was before the import, on the real
 * MongoDB-wire server.
 */
@ExtendWith(EmbeddedInfraExtension.class)
class WithdrawnRegistrationsTest {

    private static final String LIBAO = "libao";
    private static final String QUTANG = "qutang";
    private static final String BATCH = "batch-1";

    private Analytics analytics;

    @BeforeEach
    void setUp(MongoClient client) {
        analytics = new Analytics(client);
    }

    @Test
    void anUndoneImportLeavesEveryFigureAsItWasBeforeIt() {
        analytics.deliver(registered("p0", LIBAO, NEW_MEDIA), outlet("o0", LIBAO, 60_000));
        Map<String, Map<String, Long>> before = analytics.everything();

        analytics.deliver(registered("p1", LIBAO, NEW_MEDIA), registered("p2", QUTANG, ENTERPRISE_STAFF),
                outlet("o1", LIBAO, 70_000), new OrganisationRegistered("o2", "Qutang Textiles",
                        OrganisationKind.PRIVATE_ENTERPRISE, ENTERPRISE_STAFF, QUTANG, 400, 30, null));
        assertThat(analytics.figures(LIBAO)).containsEntry(PEOPLE.name(), 2L).containsEntry(MEDIA_OUTLETS.name(), 2L);
        assertThat(analytics.everything()).isNotEqualTo(before);

        analytics.deliver(new PersonRegistrationWithdrawn("p1", LIBAO, NEW_MEDIA, BATCH),
                new PersonRegistrationWithdrawn("p2", QUTANG, ENTERPRISE_STAFF, BATCH),
                new OrganisationRegistrationWithdrawn("o1", OrganisationKind.MEDIA_OUTLET, NEW_MEDIA, LIBAO, 5,
                        70_000, BATCH),
                new OrganisationRegistrationWithdrawn("o2", OrganisationKind.PRIVATE_ENTERPRISE, ENTERPRISE_STAFF,
                        QUTANG, 400, null, BATCH));

        assertThat(analytics.everything()).isEqualTo(before);
        assertThat(analytics.figures(QUTANG)).containsEntry(ENTERPRISES_300_TO_999_STAFF.name(), 0L);
    }

    /** The withdrawal carries the details as they stood, so an organisation moved since leaves where it is now. */
    @Test
    void anOrganisationUpdatedSinceItsImportLeavesTheCellsItCountsInNow() {
        analytics.deliver(outlet("o1", LIBAO, 70_000), new OrganisationUpdated("o1", "Haian Online",
                OrganisationKind.MEDIA_OUTLET, NEW_MEDIA, QUTANG, 5, 80, 40_000, NEW_MEDIA, LIBAO, 5, 70_000));

        analytics.deliver(new OrganisationRegistrationWithdrawn("o1", OrganisationKind.MEDIA_OUTLET, NEW_MEDIA,
                QUTANG, 5, 40_000, BATCH));

        for (String township : new String[] {LIBAO, QUTANG}) {
            assertThat(analytics.figures(township)).containsEntry(MEDIA_OUTLETS.name(), 0L)
                    .containsEntry(MEDIA_OUTLETS_ABOVE_50000_FOLLOWERS.name(), 0L);
        }
    }

    /** The membership's removal the liaison policy sends after the withdrawal takes nothing more off. */
    @Test
    void aWithdrawnMemberLeavesTheMembersOnceWhicheverComesFirst() {
        analytics.deliver(registered("p1", LIBAO, NEW_MEDIA), admitted("p1", LIBAO, NEW_MEDIA),
                new PersonRegistrationWithdrawn("p1", LIBAO, NEW_MEDIA, BATCH), removed("p1", LIBAO, NEW_MEDIA));

        assertThat(analytics.figure(MEMBERS.name(), LIBAO, NEW_MEDIA)).containsOnly(0L);
        assertThat(analytics.figures(LIBAO)).containsEntry(PEOPLE.name(), 0L);
    }

    private static OrganisationRegistered outlet(String id, String township, int followers) {
        return new OrganisationRegistered(id, "Outlet " + id, OrganisationKind.MEDIA_OUTLET, Category.NEW_MEDIA,
                township, 5, 80, followers);
    }
}
