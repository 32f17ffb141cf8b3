package org.haian.strata.analytics.projection;

import java.util.Map;

import com.mongodb.client.MongoClient;
import org.haian.strata.analytics.api.CategoryStatistics;
import org.haian.strata.analytics.api.TownshipStatistics;
import org.haian.strata.contract.Category;
import org.haian.strata.testsupport.EmbeddedInfraExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haian.strata.analytics.figures.liaison.LiaisonFigures.BASES;
import static org.haian.strata.analytics.figures.liaison.LiaisonFigures.MEMBERS;
import static org.haian.strata.analytics.figures.liaison.LiaisonFigures.MEMBER_UNITS;
import static org.haian.strata.analytics.figures.liaison.LiaisonFigures.OVERDUE_CONTACTS;
import static org.haian.strata.analytics.figures.liaison.LiaisonFigures.PEOPLE;
import static org.haian.strata.analytics.figures.liaison.LiaisonFigures.PEOPLE_UNDER_DEPARTMENT_LIAISON;
import static org.haian.strata.analytics.figures.liaison.LiaisonFigures.PEOPLE_UNDER_LIAISON;
import static org.haian.strata.analytics.figures.liaison.LiaisonFigures.PEOPLE_WITH_POLITICAL_ARRANGEMENT;
import static org.haian.strata.analytics.figures.liaison.LiaisonFigures.REPRESENTATIVES;
import static org.haian.strata.analytics.figures.liaison.LiaisonFigures.REPRESENTATIVES_UNDER_LIAISON;
import static org.haian.strata.analytics.projection.Analytics.TODAY;
import static org.haian.strata.analytics.projection.Events.admitted;
import static org.haian.strata.analytics.projection.Events.archived;
import static org.haian.strata.analytics.projection.Events.arrangement;
import static org.haian.strata.analytics.projection.Events.assigned;
import static org.haian.strata.analytics.projection.Events.baseClosed;
import static org.haian.strata.analytics.projection.Events.baseEstablished;
import static org.haian.strata.analytics.projection.Events.designated;
import static org.haian.strata.analytics.projection.Events.ended;
import static org.haian.strata.analytics.projection.Events.moved;
import static org.haian.strata.analytics.projection.Events.recategorised;
import static org.haian.strata.analytics.projection.Events.registered;
import static org.haian.strata.analytics.projection.Events.removed;
import static org.haian.strata.analytics.projection.Events.unitJoined;
import static org.haian.strata.analytics.projection.Events.unitLeft;
import static org.haian.strata.analytics.projection.Events.withdrawn;
import static org.haian.strata.contract.Category.ENTERPRISE_STAFF;
import static org.haian.strata.contract.Category.FREELANCER;
import static org.haian.strata.contract.Category.INTERMEDIARY;
import static org.haian.strata.contract.Category.NEW_MEDIA;

/** Events in, figures out, on the real MongoDB-wire server: one test per rule of a figure. */
@ExtendWith(EmbeddedInfraExtension.class)
class StatisticsProjectionTest {

    private static final String LIBAO = "libao";
    private static final String QUTANG = "qutang";

    private MongoClient client;
    private Analytics analytics;

    @BeforeEach
    void setUp(MongoClient client) {
        this.client = client;
        analytics = new Analytics(client);
    }

    @Test
    void registeredPeopleAreCountedPerTownshipPerCategoryAndPerBoth() {
        analytics.deliver(registered("p1", LIBAO, ENTERPRISE_STAFF), registered("p2", LIBAO, NEW_MEDIA),
                registered("p3", QUTANG, NEW_MEDIA));

        TownshipStatistics libao = analytics.township(LIBAO);
        assertThat(libao.figures()).containsEntry(PEOPLE.name(), 2L);
        assertThat(libao.byCategory().get(ENTERPRISE_STAFF)).containsEntry(PEOPLE.name(), 1L);
        assertThat(libao.byCategory().get(NEW_MEDIA)).containsEntry(PEOPLE.name(), 1L);
        assertThat(libao.byCategory().get(FREELANCER)).containsEntry(PEOPLE.name(), 0L);

        CategoryStatistics newMedia = analytics.category(NEW_MEDIA, null);
        assertThat(newMedia.figures()).containsEntry(PEOPLE.name(), 2L);
        assertThat(newMedia.byTownship().get(LIBAO)).containsEntry(PEOPLE.name(), 1L);
        assertThat(newMedia.byTownship().get(QUTANG)).containsEntry(PEOPLE.name(), 1L);
    }

    @Test
    void aCategoryReadForOneTownshipShowsOnlyThatTownship() {
        analytics.deliver(registered("p1", LIBAO, NEW_MEDIA), registered("p2", QUTANG, NEW_MEDIA),
                assigned("p2", QUTANG, NEW_MEDIA, "cadre-qutang", TODAY.minusYears(1), 1));

        CategoryStatistics libaoOnly = analytics.category(NEW_MEDIA, LIBAO);

        assertThat(libaoOnly.figures()).containsEntry(PEOPLE.name(), 1L).containsEntry(OVERDUE_CONTACTS.name(), 0L);
        assertThat(libaoOnly.byTownship()).containsOnlyKeys(LIBAO);
    }

    @Test
    void aTownshipWithNobodyYetReadsZeroInEveryFigureAndAnUnknownOneReadsNothing() {
        TownshipStatistics libao = analytics.township(LIBAO);

        assertThat(libao.figures()).isEqualTo(Analytics.complete(Map.of()));
        assertThat(libao.byCategory()).containsOnlyKeys(Category.values())
                .allSatisfy((category, figures) -> assertThat(figures).isEqualTo(Analytics.complete(Map.of())));
        assertThat(analytics.find("atlantis")).isEmpty();
    }

    @Test
    void aRepresentativeFigureCountsFromDesignationUntilWithdrawal() {
        analytics.deliver(registered("p1", LIBAO, ENTERPRISE_STAFF), designated("p1", LIBAO, ENTERPRISE_STAFF));
        assertThat(analytics.figure(REPRESENTATIVES.name(), LIBAO, ENTERPRISE_STAFF)).containsOnly(1L);

        analytics.deliver(withdrawn("p1", LIBAO, ENTERPRISE_STAFF));
        assertThat(analytics.figure(REPRESENTATIVES.name(), LIBAO, ENTERPRISE_STAFF)).containsOnly(0L);
    }

    @Test
    void aRepresentativeFigureIsUnderLiaisonOnlyWhileBothDesignatedAndBefriended() {
        analytics.deliver(registered("p1", LIBAO, ENTERPRISE_STAFF),
                assigned("p1", LIBAO, ENTERPRISE_STAFF, "cadre-a", TODAY, 1));
        assertThat(analytics.figure(REPRESENTATIVES_UNDER_LIAISON.name(), LIBAO, ENTERPRISE_STAFF)).containsOnly(0L);

        analytics.deliver(designated("p1", LIBAO, ENTERPRISE_STAFF));
        assertThat(analytics.figure(REPRESENTATIVES_UNDER_LIAISON.name(), LIBAO, ENTERPRISE_STAFF)).containsOnly(1L);

        analytics.deliver(ended("p1", LIBAO, ENTERPRISE_STAFF, "cadre-a", 0));
        assertThat(analytics.figure(REPRESENTATIVES_UNDER_LIAISON.name(), LIBAO, ENTERPRISE_STAFF)).containsOnly(0L);
        assertThat(analytics.figure(REPRESENTATIVES.name(), LIBAO, ENTERPRISE_STAFF)).containsOnly(1L);
    }

    @Test
    void aPersonIsUnderLiaisonFromTheirFirstCadreUntilTheirLastOneLeaves() {
        analytics.deliver(registered("p1", LIBAO, INTERMEDIARY),
                assigned("p1", LIBAO, INTERMEDIARY, "cadre-a", TODAY, 1),
                assigned("p1", LIBAO, INTERMEDIARY, "cadre-b", TODAY, 2));
        assertThat(analytics.figure(PEOPLE_UNDER_LIAISON.name(), LIBAO, INTERMEDIARY)).containsOnly(1L);

        analytics.deliver(ended("p1", LIBAO, INTERMEDIARY, "cadre-a", 1));
        assertThat(analytics.figure(PEOPLE_UNDER_LIAISON.name(), LIBAO, INTERMEDIARY)).containsOnly(1L);

        analytics.deliver(ended("p1", LIBAO, INTERMEDIARY, "cadre-b", 0));
        assertThat(analytics.figure(PEOPLE_UNDER_LIAISON.name(), LIBAO, INTERMEDIARY)).containsOnly(0L);
    }

    @Test
    void aPersonWithSeveralPoliticalArrangementsCountsOnce() {
        analytics.deliver(registered("p1", QUTANG, FREELANCER), arrangement("p1", QUTANG, FREELANCER, 1),
                arrangement("p1", QUTANG, FREELANCER, 2), registered("p2", QUTANG, FREELANCER),
                arrangement("p2", QUTANG, FREELANCER, 1));

        assertThat(analytics.figure(PEOPLE_WITH_POLITICAL_ARRANGEMENT.name(), QUTANG, FREELANCER)).containsOnly(2L);
    }

    @Test
    void aMemberCountsFromAdmissionUntilRemoval() {
        analytics.deliver(registered("p1", LIBAO, NEW_MEDIA), admitted("p1", LIBAO, NEW_MEDIA));
        assertThat(analytics.figure(MEMBERS.name(), LIBAO, NEW_MEDIA)).containsOnly(1L);

        analytics.deliver(removed("p1", LIBAO, NEW_MEDIA));
        assertThat(analytics.figure(MEMBERS.name(), LIBAO, NEW_MEDIA)).containsOnly(0L);
    }

    @Test
    void aWorkBaseCountsWhileItIsOpen() {
        analytics.deliver(baseEstablished("b1", LIBAO, ENTERPRISE_STAFF),
                baseEstablished("b2", LIBAO, ENTERPRISE_STAFF));
        assertThat(analytics.figure(BASES.name(), LIBAO, ENTERPRISE_STAFF)).containsOnly(2L);

        analytics.deliver(baseClosed("b1", LIBAO, ENTERPRISE_STAFF));
        assertThat(analytics.figure(BASES.name(), LIBAO, ENTERPRISE_STAFF)).containsOnly(1L);
    }

    @Test
    void memberUnitsCountForTheCategoryTheyServeAndInNoTownship() {
        analytics.deliver(unitJoined("Propaganda department", NEW_MEDIA),
                unitJoined("Internet news centre", NEW_MEDIA), unitJoined("Tax bureau", INTERMEDIARY),
                unitLeft("Internet news centre", NEW_MEDIA));

        assertThat(analytics.figures(NEW_MEDIA)).containsEntry(MEMBER_UNITS.name(), 1L);
        assertThat(analytics.figures(INTERMEDIARY)).containsEntry(MEMBER_UNITS.name(), 1L);
        assertThat(analytics.figures(LIBAO)).containsEntry(MEMBER_UNITS.name(), 0L);
        assertThat(analytics.figures(LIBAO, NEW_MEDIA)).containsEntry(MEMBER_UNITS.name(), 0L);
        assertThat(analytics.category(NEW_MEDIA, null).byTownship().get(LIBAO)).containsEntry(MEMBER_UNITS.name(), 0L);
    }

    @Test
    void aMoveTakesEveryFigureOfThePersonToTheNewTownship() {
        analytics.deliver(standingInEveryFigure("p1", LIBAO, ENTERPRISE_STAFF));
        analytics.deliver(registered("p2", LIBAO, ENTERPRISE_STAFF));

        analytics.deliver(moved("p1", LIBAO, QUTANG, ENTERPRISE_STAFF, 1, true, 1));

        assertThat(analytics.figures(QUTANG)).isEqualTo(everyPersonFigureOne());
        assertThat(analytics.figures(QUTANG, ENTERPRISE_STAFF)).isEqualTo(everyPersonFigureOne());
        assertThat(analytics.figures(LIBAO)).isEqualTo(onlyPeople(1));
        assertThat(analytics.figures(LIBAO, ENTERPRISE_STAFF)).isEqualTo(onlyPeople(1));
        assertThat(analytics.figures(ENTERPRISE_STAFF)).isEqualTo(withPeople(everyPersonFigureOne(), 2));
    }

    @Test
    void aCategoryChangeTakesEveryFigureOfThePersonToTheNewCategory() {
        analytics.deliver(standingInEveryFigure("p1", LIBAO, ENTERPRISE_STAFF));
        analytics.deliver(registered("p2", LIBAO, ENTERPRISE_STAFF));

        analytics.deliver(recategorised("p1", LIBAO, ENTERPRISE_STAFF, NEW_MEDIA, 1, true, 1));

        assertThat(analytics.figures(NEW_MEDIA)).isEqualTo(everyPersonFigureOne());
        assertThat(analytics.figures(LIBAO, NEW_MEDIA)).isEqualTo(everyPersonFigureOne());
        assertThat(analytics.figures(ENTERPRISE_STAFF)).isEqualTo(onlyPeople(1));
        assertThat(analytics.figures(LIBAO, ENTERPRISE_STAFF)).isEqualTo(onlyPeople(1));
        assertThat(analytics.figures(LIBAO)).isEqualTo(withPeople(everyPersonFigureOne(), 2));
    }

    @Test
    void archivingAPersonTakesThemOffEveryFigure() {
        analytics.deliver(standingInEveryFigure("p1", LIBAO, ENTERPRISE_STAFF));

        analytics.deliver(ended("p1", LIBAO, ENTERPRISE_STAFF, "cadre-libao", 0),
                archived("p1", LIBAO, ENTERPRISE_STAFF, true, 1));

        assertThat(analytics.figures(LIBAO)).isEqualTo(onlyPeople(0));
        assertThat(analytics.figures(LIBAO, ENTERPRISE_STAFF)).isEqualTo(onlyPeople(0));
        assertThat(analytics.figures(ENTERPRISE_STAFF)).isEqualTo(onlyPeople(0));
    }

    @Test
    void aMemberRemovedAfterTheirArchiveIsTakenOffOnlyOnce() {
        analytics.deliver(registered("p1", LIBAO, NEW_MEDIA), admitted("p1", LIBAO, NEW_MEDIA),
                archived("p1", LIBAO, NEW_MEDIA, false, 0), removed("p1", LIBAO, NEW_MEDIA));

        assertThat(analytics.figure(MEMBERS.name(), LIBAO, NEW_MEDIA)).containsOnly(0L);
    }

    @Test
    void aMemberWhoMovedIsRemovedFromWhereTheyCountNowAndNotFromWhereTheyWereAdmitted() {
        analytics.deliver(registered("p1", LIBAO, NEW_MEDIA), admitted("p1", LIBAO, NEW_MEDIA),
                moved("p1", LIBAO, QUTANG, NEW_MEDIA, 0, false, 0), removed("p1", LIBAO, NEW_MEDIA));

        assertThat(analytics.figures(LIBAO)).containsEntry(MEMBERS.name(), 0L);
        assertThat(analytics.figures(QUTANG)).containsEntry(MEMBERS.name(), 0L);
        assertThat(analytics.figures(NEW_MEDIA)).containsEntry(MEMBERS.name(), 0L);
    }

    /** The person's and the association's events travel in different Kafka partitions. */
    @Test
    void anAdmissionThatArrivesAfterALaterMoveCountsTheMemberWhereThePersonIsNow() {
        analytics.deliver(registered("p1", LIBAO, NEW_MEDIA), moved("p1", LIBAO, QUTANG, NEW_MEDIA, 0, false, 0),
                admitted("p1", LIBAO, NEW_MEDIA));

        assertThat(analytics.figures(LIBAO)).containsEntry(MEMBERS.name(), 0L);
        assertThat(analytics.figure(MEMBERS.name(), QUTANG, NEW_MEDIA)).containsOnly(1L);
    }

    /** The person's and the association's events travel in different Kafka partitions. */
    @Test
    void anAdmissionThatArrivesAfterTheArchiveCountsNobody() {
        analytics.deliver(registered("p1", LIBAO, NEW_MEDIA), archived("p1", LIBAO, NEW_MEDIA, false, 0),
                admitted("p1", LIBAO, NEW_MEDIA));

        assertThat(analytics.figure(MEMBERS.name(), LIBAO, NEW_MEDIA)).containsOnly(0L);
    }

    /** A person who counts once in every person figure: under liaison of one cadre, and a year without contact. */
    private static Object[] standingInEveryFigure(String person, String township, Category category) {
        return new Object[] {registered(person, township, category), designated(person, township, category),
                arrangement(person, township, category, 1),
                assigned(person, township, category, "cadre-libao", TODAY.minusYears(1), 1),
                admitted(person, township, category)};
    }

    private static Map<String, Long> everyPersonFigureOne() {
        return Analytics.complete(Map.of(PEOPLE.name(), 1L, REPRESENTATIVES.name(), 1L,
                PEOPLE_UNDER_LIAISON.name(), 1L, PEOPLE_UNDER_DEPARTMENT_LIAISON.name(), 1L,
                PEOPLE_WITH_POLITICAL_ARRANGEMENT.name(), 1L, MEMBERS.name(), 1L, OVERDUE_CONTACTS.name(), 1L,
                REPRESENTATIVES_UNDER_LIAISON.name(), 1L));
    }

    private static Map<String, Long> onlyPeople(long people) {
        return Analytics.complete(Map.of(PEOPLE.name(), people));
    }

    private static Map<String, Long> withPeople(Map<String, Long> figures, long people) {
        figures.put(PEOPLE.name(), people);
        return figures;
    }
}
