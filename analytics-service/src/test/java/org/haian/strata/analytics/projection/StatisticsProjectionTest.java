package org.haian.strata.analytics.projection;

import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.haian.strata.analytics.api.CategoryStatistics;
import org.haian.strata.analytics.api.CategoryStatisticsQuery;
import org.haian.strata.analytics.api.TownshipStatistics;
import org.haian.strata.analytics.api.TownshipStatisticsQuery;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.liaison.PersonRegistered;
import org.haian.strata.infra.junit.EmbeddedInfraExtension;
import org.haian.strata.platform.township.Townships;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/** Events in, read model out, on the real MongoDB-wire server. */
@ExtendWith(EmbeddedInfraExtension.class)
class StatisticsProjectionTest {

    private MongoClient client;
    private StatisticsProjection projection;

    @BeforeEach
    void setUp() {
        client = MongoClients.create(System.getProperty("MONGODB_URI"));
        Townships townships = new Townships();
        townships.getTownships().put("libao", "李堡镇");
        townships.getTownships().put("qutang", "曲塘镇");
        projection = new StatisticsProjection(client.getDatabase("projection-test-" + UUID.randomUUID()), townships);
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    @Test
    void registeredPeopleAreCountedPerTownshipPerCategoryAndPerBoth() {
        projection.on(registered("p1", Category.ENTERPRISE_STAFF, "libao"), "p1", 0);
        projection.on(registered("p2", Category.NEW_MEDIA, "libao"), "p2", 0);
        projection.on(registered("p3", Category.NEW_MEDIA, "qutang"), "p3", 0);

        TownshipStatistics libao = projection.handle(new TownshipStatisticsQuery("libao")).orElseThrow();
        assertThat(libao.figures()).containsEntry("people", 2L);
        assertThat(libao.byCategory().get(Category.ENTERPRISE_STAFF)).containsEntry("people", 1L);
        assertThat(libao.byCategory().get(Category.NEW_MEDIA)).containsEntry("people", 1L);
        assertThat(libao.byCategory().get(Category.FREELANCER)).containsEntry("people", 0L);

        CategoryStatistics newMedia = projection.handle(new CategoryStatisticsQuery(Category.NEW_MEDIA, null));
        assertThat(newMedia.figures()).containsEntry("people", 2L);
        assertThat(newMedia.byTownship().get("libao")).containsEntry("people", 1L);
        assertThat(newMedia.byTownship().get("qutang")).containsEntry("people", 1L);
    }

    @Test
    void aCategoryReadForOneTownshipShowsOnlyThatTownship() {
        projection.on(registered("p1", Category.NEW_MEDIA, "libao"), "p1", 0);
        projection.on(registered("p2", Category.NEW_MEDIA, "qutang"), "p2", 0);

        CategoryStatistics libaoOnly = projection.handle(new CategoryStatisticsQuery(Category.NEW_MEDIA, "libao"));

        assertThat(libaoOnly.figures()).containsEntry("people", 1L);
        assertThat(libaoOnly.byTownship()).containsOnlyKeys("libao");
    }

    @Test
    void anEventDeliveredTwiceIsCountedOnce() {
        PersonRegistered event = registered("p1", Category.FREELANCER, "qutang");

        projection.on(event, "p1", 0);
        projection.on(event, "p1", 0);

        assertThat(projection.handle(new TownshipStatisticsQuery("qutang")).orElseThrow().figures())
                .containsEntry("people", 1L);
        assertThat(projection.handle(new CategoryStatisticsQuery(Category.FREELANCER, null)).figures())
                .containsEntry("people", 1L);
    }

    @Test
    void aTownshipWithNobodyYetReadsZeroAndAnUnknownOneReadsNothing() {
        assertThat(projection.handle(new TownshipStatisticsQuery("libao")).orElseThrow().figures())
                .containsEntry("people", 0L);
        assertThat(projection.handle(new TownshipStatisticsQuery("atlantis"))).isEmpty();
    }

    private static PersonRegistered registered(String id, Category category, String township) {
        return new PersonRegistered(id, "Name of " + id, category, township, "Org", "Role");
    }
}
