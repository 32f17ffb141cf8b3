package org.haian.strata.liaison.projection;

import java.time.Instant;

import com.mongodb.client.MongoDatabase;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.liaison.WorkBaseClosed;
import org.haian.strata.contract.liaison.WorkBaseEstablished;
import org.haian.strata.liaison.api.bases.FindWorkBase;
import org.haian.strata.liaison.api.bases.ListWorkBases;
import org.haian.strata.liaison.api.bases.WorkBasePage;
import org.haian.strata.liaison.api.bases.WorkBaseView;
import org.haian.strata.testsupport.EmbeddedInfraExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/** Work-base events in, the work-base read model out, on the real MongoDB-wire server. */
@ExtendWith(EmbeddedInfraExtension.class)
class WorkBaseDirectoryTest {

    private static final Instant ESTABLISHED = Instant.parse("2026-03-01T08:00:00Z");
    private static final Instant CLOSED = Instant.parse("2026-04-01T08:00:00Z");

    private WorkBaseDirectory directory;

    @BeforeEach
    void setUp(MongoDatabase readModels) {
        directory = new WorkBaseDirectory(readModels);
    }

    @Test
    void anEstablishedBaseIsOpenOnItsAnchorOrganisation() {
        directory.on(established("b1", "Entrepreneurs' circle", Category.ENTERPRISE_STAFF, "libao"), 0, ESTABLISHED);

        assertThat(directory.handle(new FindWorkBase("b1"))).contains(new WorkBaseView("b1", "Entrepreneurs' circle",
                Category.ENTERPRISE_STAFF, "libao", "org-b1", false, null, ESTABLISHED, null));
        assertThat(directory.handle(new FindWorkBase("b2"))).isEmpty();
    }

    @Test
    void aClosedBaseStaysWithWhyAndWhenItClosed() {
        WorkBaseEstablished establishment = established("b1", "Creative workshop", Category.FREELANCER, "libao");
        directory.on(establishment, 0, ESTABLISHED);
        directory.on(new WorkBaseClosed("b1", "libao", Category.FREELANCER, "Workshop moved away"), 1, CLOSED);

        directory.on(establishment, 0, ESTABLISHED);

        WorkBaseView view = directory.handle(new FindWorkBase("b1")).orElseThrow();
        assertThat(view.closed()).isTrue();
        assertThat(view.closedReason()).isEqualTo("Workshop moved away");
        assertThat(view.closedAt()).isEqualTo(CLOSED);
    }

    @Test
    void aListIsFilteredByTownshipAndCategoryAndSortedByName() {
        directory.on(established("b1", "Tax agents base", Category.INTERMEDIARY, "libao"), 0, ESTABLISHED);
        directory.on(established("b2", "Accountants base", Category.INTERMEDIARY, "libao"), 0, ESTABLISHED);
        directory.on(established("b3", "Media centre", Category.NEW_MEDIA, "libao"), 0, ESTABLISHED);
        directory.on(established("b4", "Law firms base", Category.INTERMEDIARY, "qutang"), 0, ESTABLISHED);

        WorkBasePage page = directory.handle(new ListWorkBases("libao", Category.INTERMEDIARY, 0, 20));

        assertThat(page.items()).extracting(WorkBaseView::baseId).containsExactly("b2", "b1");
        assertThat(page.total()).isEqualTo(2);
        assertThat(directory.handle(new ListWorkBases(null, null, 0, 20)).total()).isEqualTo(4);
    }

    private static WorkBaseEstablished established(String id, String name, Category category, String township) {
        return new WorkBaseEstablished(id, name, category, township, "org-" + id);
    }
}
