package org.haian.strata.analytics.projection;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoClient;
import org.assertj.core.groups.Tuple;
import org.haian.strata.analytics.api.CityStatistics;
import org.haian.strata.analytics.api.FigureSeries;
import org.haian.strata.analytics.api.FigureSeriesQuery;
import org.haian.strata.analytics.api.PointInTime;
import org.haian.strata.testsupport.EmbeddedInfraExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haian.strata.analytics.figures.liaison.LiaisonFigures.CONTACTS_LOGGED;
import static org.haian.strata.analytics.figures.liaison.LiaisonFigures.OVERDUE_CONTACTS;
import static org.haian.strata.analytics.figures.liaison.LiaisonFigures.PEOPLE;
import static org.haian.strata.analytics.figures.liaison.LiaisonFigures.PEOPLE_UNDER_LIAISON;
import static org.haian.strata.analytics.projection.Events.archived;
import static org.haian.strata.analytics.projection.Events.assigned;
import static org.haian.strata.analytics.projection.Events.contact;
import static org.haian.strata.analytics.projection.Events.moved;
import static org.haian.strata.analytics.projection.Events.registered;
import static org.haian.strata.contract.Category.ENTERPRISE_STAFF;
import static org.haian.strata.contract.Category.FREELANCER;
import static org.haian.strata.contract.Category.NEW_MEDIA;

/**
 * A scripted half-year, each event recorded on its own day, read as of three days and as it was known before and
 * after a contact that was entered weeks after it happened. By hand (a contact is overdue after 90 days):
 * <pre>
 * recorded   event
 * 01-10      p1 registered in Libao (enterprise staff), p2 in Libao (new media)
 * 01-15      cadre-a befriends p1 from 01-15                 first overdue day 04-16 unless contacted
 * 02-20      p3 registered in Qutang (freelancer)
 * 03-05      contact with p1 on 03-01                        next overdue day 05-31
 * 05-10      p2 moves to Qutang
 * 07-01      contact with p1 on 04-10, entered late          next overdue day 07-10, instead of 05-31
 * 08-01      p3 archived
 * </pre>
 */
@ExtendWith(EmbeddedInfraExtension.class)
class TimeTravelTest {

    private static final String LIBAO = "libao";
    private static final String QUTANG = "qutang";
    private static final LocalDate LATE_ENTRY = day(7, 1);

    private Analytics analytics;

    @BeforeEach
    void setUp(MongoClient client) {
        analytics = new Analytics(client).on(day(12, 31));
        analytics.recordedOn(day(1, 10)).deliver(registered("p1", LIBAO, ENTERPRISE_STAFF),
                registered("p2", LIBAO, NEW_MEDIA));
        analytics.recordedOn(day(1, 15)).deliver(assigned("p1", LIBAO, ENTERPRISE_STAFF, "cadre-a", day(1, 15), 1));
        analytics.recordedOn(day(2, 20)).deliver(registered("p3", QUTANG, FREELANCER));
        analytics.recordedOn(day(3, 5)).deliver(contact("p1", LIBAO, ENTERPRISE_STAFF, "cadre-a", day(3, 1)));
        analytics.recordedOn(day(5, 10)).deliver(moved("p2", LIBAO, QUTANG, NEW_MEDIA, 0, false, 0));
        analytics.recordedOn(LATE_ENTRY).deliver(contact("p1", LIBAO, ENTERPRISE_STAFF, "cadre-a", day(4, 10)));
        analytics.recordedOn(day(8, 1)).deliver(archived("p3", QUTANG, FREELANCER, false, 0));
    }

    @Test
    void theFiguresAsOfThreeDaysOfTheScript() {
        CityStatistics january = analytics.city(new PointInTime(day(1, 31), null));
        assertThat(january.byTownship().get(LIBAO)).containsEntry(PEOPLE.name(), 2L)
                .containsEntry(PEOPLE_UNDER_LIAISON.name(), 1L).containsEntry(OVERDUE_CONTACTS.name(), 0L);
        assertThat(january.byTownship().get(QUTANG)).containsEntry(PEOPLE.name(), 0L);

        CityStatistics june = analytics.city(new PointInTime(day(6, 30), null));
        assertThat(june.byTownship().get(LIBAO)).containsEntry(PEOPLE.name(), 1L)
                .containsEntry(OVERDUE_CONTACTS.name(), 0L).containsEntry(CONTACTS_LOGGED.name(), 2L);
        assertThat(june.byTownship().get(QUTANG)).containsEntry(PEOPLE.name(), 2L);

        CityStatistics september = analytics.city(new PointInTime(day(9, 30), null));
        assertThat(september.byTownshipAndCategory().get(LIBAO).get(ENTERPRISE_STAFF))
                .containsEntry(OVERDUE_CONTACTS.name(), 1L).containsEntry(PEOPLE_UNDER_LIAISON.name(), 1L);
        assertThat(september.byTownship().get(QUTANG)).containsEntry(PEOPLE.name(), 1L);

        for (CityStatistics city : List.of(january, june, september)) {
            assertThat(city.figures()).as("the city as of %s", city.asOf())
                    .isEqualTo(sumOf(city.byTownship())).isEqualTo(sumOf(city.byCategory()));
        }
    }

    @Test
    void aContactEnteredLateCountsOnItsOwnDayInEveryLaterAnswer() {
        assertThat(analytics.city(new PointInTime(day(3, 31), null)).figures())
                .containsEntry(CONTACTS_LOGGED.name(), 1L);
        assertThat(analytics.city(new PointInTime(day(4, 30), null)).figures())
                .containsEntry(CONTACTS_LOGGED.name(), 2L);

        FigureSeries perMonth = analytics.series(new FigureSeriesQuery(day(1, 1), day(9, 30), LIBAO,
                ENTERPRISE_STAFF, null));
        assertThat(perMonth.months()).extracting(FigureSeries.Month::month, month -> month.figures()
                        .get(CONTACTS_LOGGED.name()), month -> month.figures().get(OVERDUE_CONTACTS.name()))
                .containsExactly(
                        tuple(1, 0, 0), tuple(2, 0, 0), tuple(3, 1, 0), tuple(4, 1, 0), tuple(5, 0, 0),
                        tuple(6, 0, 0), tuple(7, 0, 1), tuple(8, 0, 1), tuple(9, 0, 1));
    }

    @Test
    void asKnownBeforeTheLateContactTheCadreWasOverdueInJuneAndAfterItNot() {
        PointInTime june = new PointInTime(day(6, 30), LATE_ENTRY.minusDays(1));
        assertThat(analytics.city(june).byTownshipAndCategory().get(LIBAO).get(ENTERPRISE_STAFF))
                .containsEntry(OVERDUE_CONTACTS.name(), 1L).containsEntry(CONTACTS_LOGGED.name(), 1L);

        PointInTime juneAsKnownAfter = new PointInTime(day(6, 30), LATE_ENTRY);
        assertThat(analytics.city(juneAsKnownAfter).byTownshipAndCategory().get(LIBAO).get(ENTERPRISE_STAFF))
                .containsEntry(OVERDUE_CONTACTS.name(), 0L).containsEntry(CONTACTS_LOGGED.name(), 2L);

        FigureSeries asKnownInJune = analytics.series(new FigureSeriesQuery(day(4, 1), day(6, 30), LIBAO,
                ENTERPRISE_STAFF, LATE_ENTRY.minusDays(1)));
        assertThat(asKnownInJune.months()).extracting(month -> month.figures().get(OVERDUE_CONTACTS.name()))
                .containsExactly(0L, 1L, 1L);
    }

    @Test
    void nothingRecordedAfterTheDayKnownAtCounts() {
        PointInTime knownInFebruary = new PointInTime(day(12, 31), day(2, 1));

        assertThat(analytics.city(knownInFebruary).figures()).containsEntry(PEOPLE.name(), 2L)
                .containsEntry(PEOPLE_UNDER_LIAISON.name(), 1L).containsEntry(CONTACTS_LOGGED.name(), 0L);
    }

    private static Tuple tuple(int month, long contacts, long overdue) {
        return Tuple.tuple(YearMonth.of(2025, month), contacts, overdue);
    }

    private static <K> Map<String, Long> sumOf(Map<K, Map<String, Long>> parts) {
        Map<String, Long> sum = new LinkedHashMap<>();
        parts.values().forEach(figures -> figures.forEach((figure, value) -> sum.merge(figure, value, Long::sum)));
        return sum;
    }

    private static LocalDate day(int month, int dayOfMonth) {
        return LocalDate.of(2025, month, dayOfMonth);
    }
}
