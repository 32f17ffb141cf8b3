package org.haian.strata.analytics.projection;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.mongodb.client.MongoClient;
import org.haian.strata.analytics.api.PointInTime;
import org.haian.strata.analytics.api.Scorecard;
import org.haian.strata.analytics.api.ScorecardSeries;
import org.haian.strata.analytics.api.ScorecardSeriesQuery;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.contribution.AgreementSigned;
import org.haian.strata.contract.contribution.VillageKind;
import org.haian.strata.contract.contribution.VillageRegistered;
import org.haian.strata.contract.liaison.CadreLevel;
import org.haian.strata.contract.outreach.OpinionFormIssued;
import org.haian.strata.contract.outreach.OpinionFormReturned;
import org.haian.strata.contract.outreach.VisitLogged;
import org.haian.strata.testsupport.EmbeddedInfraExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haian.strata.analytics.projection.Analytics.TODAY;
import static org.haian.strata.analytics.projection.Events.assigned;
import static org.haian.strata.analytics.projection.Events.designated;
import static org.haian.strata.analytics.projection.Events.registered;
import static org.haian.strata.contract.Category.ENTERPRISE_STAFF;
import static org.haian.strata.contract.Category.INTERMEDIARY;

/**
 * The "3+4+N" scorecard, events in and scorecard out: its headlines are the very figures the other answers show,
 * its coverage ratios the shares of two of them, a township's the sum of its own cells and the city's of all, as of a
 * day, as known at another, and per month.
 */
@ExtendWith(EmbeddedInfraExtension.class)
class ScorecardTest {

    private static final String LIBAO = "libao";
    private static final LocalDate MARCH = LocalDate.of(2025, 3, 10);
    private static final LocalDate MAY = LocalDate.of(2025, 5, 10);

    private Analytics analytics;

    @BeforeEach
    void setUp(MongoClient client) {
        analytics = new Analytics(client, true);
    }

    @Test
    void coverageIsTheShareOfTwoCountedFiguresAndEveryHeadlineIsTheFigureOtherAnswersShow() {
        analytics.recordedOn(MARCH).deliver(
                registered("p1", LIBAO, ENTERPRISE_STAFF), designated("p1", LIBAO, ENTERPRISE_STAFF),
                assigned("p1", LIBAO, ENTERPRISE_STAFF, "cadre-a", MARCH, 1),
                registered("p2", LIBAO, ENTERPRISE_STAFF), designated("p2", LIBAO, ENTERPRISE_STAFF),
                new VillageRegistered("v1", LIBAO, "东楼村", VillageKind.VILLAGE),
                new VillageRegistered("v2", LIBAO, "新庄社区", VillageKind.COMMUNITY),
                new VillageRegistered("v3", LIBAO, "黄桥村", VillageKind.VILLAGE),
                new VillageRegistered("v4", LIBAO, "丁庄村", VillageKind.VILLAGE),
                new AgreementSigned("v1", "a1", "p1", LIBAO, ENTERPRISE_STAFF, MARCH, 1),
                new AgreementSigned("v1", "a2", "p2", LIBAO, Category.NEW_MEDIA, MARCH, 1),
                new OpinionFormIssued("f1", LIBAO, ENTERPRISE_STAFF, MARCH, List.of("p1", "p2", "p3")),
                new OpinionFormReturned("f1", LIBAO, ENTERPRISE_STAFF, "p2", MARCH, List.of("意见")),
                visit("visit-1", "o1", MARCH), visit("visit-2", "o1", MARCH), visit("visit-3", "o2", MARCH));

        Scorecard libao = analytics.scorecard(LIBAO, new PointInTime(TODAY, null));

        assertThat(coverage(libao, "representativesUnderLiaison")).isEqualTo(new Share(1L, 2L, 0.5));
        assertThat(coverage(libao, "villagesServedShare")).isEqualTo(new Share(1L, 4L, 0.25));
        assertThat(coverage(libao, "opinionFormsReturnedShare")).isEqualTo(new Share(1L, 3L, 0.3333));
        assertThat(coverage(libao, "problemsResolvedShare").ratio()).isNull();
        assertThat(headline(libao, "organisationsEverVisited")).isEqualTo(2L);
        assertThat(headline(libao, "visits")).isEqualTo(3L);

        Map<String, Long> township = analytics.township(LIBAO).figures();
        headlines(libao).filter(h -> h.category() == null)
                .forEach(h -> assertThat(h.value()).as(h.key()).isEqualTo(township.get(h.figure())));
        headlines(libao).filter(h -> h.category() != null)
                .forEach(h -> assertThat(h.value()).as(h.key())
                        .isEqualTo(analytics.figures(LIBAO, h.category()).get(h.figure())));
    }

    @Test
    void theCityCountsEveryTownshipAndATownshipOnlyItsOwn() {
        analytics.recordedOn(MARCH).deliver(visit("visit-1", "o1", MARCH), new VisitLogged("visit-2", "qutang",
                INTERMEDIARY, "o9", MARCH, "cadre", CadreLevel.TOWNSHIP, List.of(), List.of(), "findings"));

        assertThat(headline(analytics.scorecard(null, new PointInTime(TODAY, null)), "organisationsEverVisited"))
                .isEqualTo(2L);
        assertThat(headline(analytics.scorecard(LIBAO, new PointInTime(TODAY, null)), "organisationsEverVisited"))
                .isEqualTo(1L);
        assertThat(analytics.scorecard(null, new PointInTime(TODAY, null)).name()).isEqualTo("海安市");
    }

    @Test
    void aVisitEnteredLateCountsOnItsOwnDayAndOnlyOnceKnown() {
        analytics.recordedOn(MAY).deliver(visit("visit-1", "o1", MARCH));

        assertThat(headline(analytics.scorecard(LIBAO, new PointInTime(MARCH.minusDays(1), null)), "visits"))
                .isZero();
        assertThat(headline(analytics.scorecard(LIBAO, new PointInTime(MARCH, null)), "visits")).isEqualTo(1L);
        assertThat(headline(analytics.scorecard(LIBAO, new PointInTime(TODAY, MAY.minusDays(1))), "visits")).isZero();
        assertThat(headline(analytics.scorecard(LIBAO, new PointInTime(TODAY, MAY)), "visits")).isEqualTo(1L);
    }

    @Test
    void eachMonthOfTheSeriesIsTheScorecardAsOfItsLastDay() {
        analytics.recordedOn(MARCH).deliver(registered("p1", LIBAO, ENTERPRISE_STAFF),
                designated("p1", LIBAO, ENTERPRISE_STAFF), visit("visit-1", "o1", MARCH));
        analytics.recordedOn(MAY).deliver(assigned("p1", LIBAO, ENTERPRISE_STAFF, "cadre-a", MAY, 1),
                visit("visit-2", "o2", MAY));

        ScorecardSeries series = analytics.scorecardSeries(new ScorecardSeriesQuery(LocalDate.of(2025, 2, 1),
                LocalDate.of(2025, 5, 20), LIBAO, null));

        assertThat(series.months()).extracting(ScorecardSeries.Month::month).containsExactly(YearMonth.of(2025, 2),
                YearMonth.of(2025, 3), YearMonth.of(2025, 4), YearMonth.of(2025, 5));
        assertThat(series.months()).extracting(month -> month.figures().get("organisationsEverVisited"))
                .containsExactly(0L, 1L, 1L, 2L);
        assertThat(series.months()).extracting(month -> month.coverage().get("representativesUnderLiaison"))
                .containsExactly(null, 0.0, 0.0, 1.0);
        ScorecardSeries.Month april = series.months().get(2);
        Scorecard endOfApril = analytics.scorecard(LIBAO, new PointInTime(LocalDate.of(2025, 4, 30), null));
        headlines(endOfApril).forEach(h -> assertThat(april.figures().get(h.key())).as(h.key()).isEqualTo(h.value()));
    }

    private static VisitLogged visit(String visitId, String organisationId, LocalDate day) {
        return new VisitLogged(visitId, LIBAO, INTERMEDIARY, organisationId, day, "cadre", CadreLevel.TOWNSHIP,
                List.of(), List.of(), "findings");
    }

    private record Share(Long part, Long whole, Double ratio) {
    }

    private static Share coverage(Scorecard scorecard, String key) {
        Scorecard.Coverage coverage = scorecard.parts().stream().flatMap(part -> part.items().stream())
                .flatMap(item -> item.coverage().stream()).filter(c -> c.key().equals(key)).findFirst().orElseThrow();
        return new Share(coverage.partValue(), coverage.wholeValue(), coverage.ratio());
    }

    private static Long headline(Scorecard scorecard, String key) {
        return headlines(scorecard).filter(h -> h.key().equals(key)).findFirst().orElseThrow().value();
    }

    private static Stream<Scorecard.Headline> headlines(Scorecard scorecard) {
        return scorecard.parts().stream().flatMap(part -> part.items().stream())
                .flatMap(item -> item.headlines().stream());
    }
}
