package org.haian.strata.analytics.figures.outreach;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.haian.strata.analytics.engine.Cell;
import org.haian.strata.analytics.engine.Figure;
import org.haian.strata.analytics.engine.KeyedCounting;
import org.haian.strata.analytics.engine.RecordedEvent;
import org.haian.strata.analytics.engine.Tally;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.liaison.CadreLevel;
import org.haian.strata.contract.outreach.ActivityKind;
import org.haian.strata.contract.outreach.ActivityOrganised;
import org.haian.strata.contract.outreach.AppealHeard;
import org.haian.strata.contract.outreach.AppraisalAwarded;
import org.haian.strata.contract.outreach.AttendanceRecorded;
import org.haian.strata.contract.outreach.ContactSummaryFiled;
import org.haian.strata.contract.outreach.NomineeNominated;
import org.haian.strata.contract.outreach.OpinionFormIssued;
import org.haian.strata.contract.outreach.OpinionFormReturned;
import org.haian.strata.contract.outreach.ProblemRaised;
import org.haian.strata.contract.outreach.ProblemResolved;
import org.haian.strata.contract.outreach.VisitLogged;
import org.haian.strata.contract.outreach.VoteCast;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haian.strata.analytics.figures.outreach.OutreachFigures.ACTIVITIES;
import static org.haian.strata.analytics.figures.outreach.OutreachFigures.APPEALS_HEARD;
import static org.haian.strata.analytics.figures.outreach.OutreachFigures.AWARDS;
import static org.haian.strata.analytics.figures.outreach.OutreachFigures.CONTACT_SUMMARIES;
import static org.haian.strata.analytics.figures.outreach.OutreachFigures.NOMINATIONS;
import static org.haian.strata.analytics.figures.outreach.OutreachFigures.OPINION_FORMS_RETURNED;
import static org.haian.strata.analytics.figures.outreach.OutreachFigures.OPINION_FORMS_SENT;
import static org.haian.strata.analytics.figures.outreach.OutreachFigures.ORGANISATIONS_EVER_VISITED;
import static org.haian.strata.analytics.figures.outreach.OutreachFigures.ORGANISATIONS_VISITED;
import static org.haian.strata.analytics.figures.outreach.OutreachFigures.ORGANISATIONS_VISITED_BY_CITY_LEADERSHIP;
import static org.haian.strata.analytics.figures.outreach.OutreachFigures.ORGANISATIONS_VISITED_BY_TOWNSHIP_CADRE;
import static org.haian.strata.analytics.figures.outreach.OutreachFigures.PARTICIPANTS;
import static org.haian.strata.analytics.figures.outreach.OutreachFigures.PROBLEMS_OVERDUE;
import static org.haian.strata.analytics.figures.outreach.OutreachFigures.PROBLEMS_RAISED;
import static org.haian.strata.analytics.figures.outreach.OutreachFigures.PROBLEMS_RESOLVED;
import static org.haian.strata.analytics.figures.outreach.OutreachFigures.VISITS;
import static org.haian.strata.analytics.figures.outreach.OutreachFigures.VISITS_LED_BY_CITY_LEADERSHIP;
import static org.haian.strata.analytics.figures.outreach.OutreachFigures.VISITS_LED_BY_TOWNSHIP_CADRE;
import static org.haian.strata.analytics.figures.outreach.OutreachFigures.VOTES;

/** Each outreach event in, what the sources put in the tally out: figure, cell and business day. */
class OutreachFiguresTest {

    private static final ZoneId HAIAN = ZoneId.of("Asia/Shanghai");
    private static final Cell LIBAO = new Cell("libao", Category.INTERMEDIARY);
    private static final LocalDate MAR_3 = LocalDate.of(2025, 3, 3);
    private static final LocalDate MAR_20 = LocalDate.of(2025, 3, 20);
    private static final LocalDate APR_2 = LocalDate.of(2025, 4, 2);

    /** What a source added: "figure|township|category|day" to the sum. */
    private static final class Counted implements Tally {
        final Map<String, Long> sums = new TreeMap<>();

        @Override
        public void add(Cell cell, Figure figure, LocalDate businessDay, long amount) {
            sums.merge(figure.name() + "|" + cell.township() + "|" + cell.category() + "|" + businessDay, amount,
                    Long::sum);
            sums.values().removeIf(sum -> sum == 0);
        }
    }

    private static RecordedEvent recorded(Object payload, LocalDate on) {
        Instant at = on.atTime(12, 0).atZone(HAIAN).toInstant();
        return new RecordedEvent(payload, "haian.outreach.events-0", 0, "a", 0, at, on);
    }

    private static VisitLogged visit(String visitId, String organisationId, LocalDate day, CadreLevel level) {
        return new VisitLogged(visitId, "libao", Category.INTERMEDIARY, organisationId, day, "cadre", level,
                List.of(), List.of(), "findings");
    }

    private static String key(Figure figure, Cell cell, LocalDate day) {
        return figure.name() + "|" + cell.township() + "|" + cell.category() + "|" + day;
    }

    @Test
    void aVisitCountsOnItsDayAndByItsLeadingCadresLevel() {
        Counted tally = new Counted();
        new OutreachActivityFigures().count(recorded(visit("v1", "o1", MAR_3, CadreLevel.CITY_LEADERSHIP), MAR_20),
                tally);

        assertThat(tally.sums).containsOnly(Map.entry(key(VISITS, LIBAO, MAR_3), 1L),
                Map.entry(key(VISITS_LED_BY_CITY_LEADERSHIP, LIBAO, MAR_3), 1L));
    }

    @Test
    void problemsCountWhenRaisedAndResolvedAndAppraisalsInTheNomineesCell() {
        Counted tally = new Counted();
        OutreachActivityFigures source = new OutreachActivityFigures();
        Cell media = new Cell("qutang", Category.NEW_MEDIA);
        source.count(recorded(new ProblemRaised("v1", "pr1", "libao", Category.INTERMEDIARY, "d", "o", MAR_3,
                MAR_20), MAR_3), tally);
        source.count(recorded(new ProblemResolved("v1", "pr1", "libao", Category.INTERMEDIARY, APR_2, MAR_20, "n"),
                APR_2), tally);
        source.count(recorded(new NomineeNominated("2025-netizens", "n1", "qutang", Category.NEW_MEDIA, "p1", null,
                null, null), MAR_3), tally);
        source.count(recorded(new VoteCast("2025-netizens", "b1", "n1", "qutang", Category.NEW_MEDIA), MAR_20),
                tally);
        source.count(recorded(new AppraisalAwarded("2025-netizens", List.of(new AppraisalAwarded.Award(1, "n1", 1,
                "qutang", Category.NEW_MEDIA))), APR_2), tally);

        assertThat(tally.sums).containsOnly(Map.entry(key(PROBLEMS_RAISED, LIBAO, MAR_3), 1L),
                Map.entry(key(PROBLEMS_RESOLVED, LIBAO, APR_2), 1L), Map.entry(key(NOMINATIONS, media, MAR_3), 1L),
                Map.entry(key(VOTES, media, MAR_20), 1L), Map.entry(key(AWARDS, media, APR_2), 1L));
    }

    @Test
    void anOrganisationCountsOnceAMonthOnItsFirstVisitAndOnceByEachLevelThatLedOne() {
        OrganisationsVisitedFigures source = new OrganisationsVisitedFigures();
        OrganisationsVisitedFigures.Visits state = fold(source,
                recorded(visit("v1", "o1", MAR_20, CadreLevel.TOWNSHIP), MAR_20),
                recorded(visit("v2", "o1", MAR_3, CadreLevel.TOWNSHIP), MAR_20),
                recorded(visit("v3", "o1", MAR_20, CadreLevel.CITY_LEADERSHIP), MAR_20),
                recorded(visit("v4", "o1", APR_2, CadreLevel.TOWNSHIP), APR_2));
        Counted tally = new Counted();
        source.contribute(state, APR_2, tally);

        assertThat(tally.sums).containsOnly(Map.entry(key(ORGANISATIONS_VISITED, LIBAO, MAR_3), 1L),
                Map.entry(key(ORGANISATIONS_EVER_VISITED, LIBAO, MAR_3), 1L),
                Map.entry(key(ORGANISATIONS_VISITED_BY_TOWNSHIP_CADRE, LIBAO, MAR_3), 1L),
                Map.entry(key(ORGANISATIONS_VISITED_BY_CITY_LEADERSHIP, LIBAO, MAR_20), 1L),
                Map.entry(key(ORGANISATIONS_VISITED, LIBAO, APR_2), 1L),
                Map.entry(key(ORGANISATIONS_VISITED_BY_TOWNSHIP_CADRE, LIBAO, APR_2), 1L));

        Counted knownInMarch = new Counted();
        source.contribute(state, MAR_20, knownInMarch);
        assertThat(knownInMarch.sums).doesNotContainKey(key(ORGANISATIONS_VISITED, LIBAO, APR_2));
    }

    @Test
    void anOrganisationFirstVisitedLateCountsOnceEverOnItsEarliestVisitAsKnownOnTheDay() {
        OrganisationsVisitedFigures source = new OrganisationsVisitedFigures();
        OrganisationsVisitedFigures.Visits state = fold(source,
                recorded(visit("v1", "o1", APR_2, CadreLevel.TOWNSHIP), APR_2),
                recorded(visit("v2", "o1", MAR_3, CadreLevel.TOWNSHIP), APR_2.plusDays(5)));

        Counted knownFirst = new Counted();
        source.contribute(state, APR_2, knownFirst);
        assertThat(knownFirst.sums).containsEntry(key(ORGANISATIONS_EVER_VISITED, LIBAO, APR_2), 1L)
                .doesNotContainKey(key(ORGANISATIONS_EVER_VISITED, LIBAO, MAR_3));

        Counted knownLater = new Counted();
        source.contribute(state, APR_2.plusDays(5), knownLater);
        assertThat(knownLater.sums).containsEntry(key(ORGANISATIONS_EVER_VISITED, LIBAO, MAR_3), 1L)
                .doesNotContainKey(key(ORGANISATIONS_EVER_VISITED, LIBAO, APR_2));
    }

    @Test
    void opinionFormsCountOncePerPersonSentAndPerReturnAndSummariesUnderEnterpriseStaff() {
        Counted tally = new Counted();
        OutreachActivityFigures source = new OutreachActivityFigures();
        Cell staff = new Cell("libao", Category.ENTERPRISE_STAFF);
        source.count(recorded(new OpinionFormIssued("f1", "libao", Category.ENTERPRISE_STAFF, MAR_3,
                List.of("p1", "p2", "p3")), MAR_3), tally);
        source.count(recorded(new OpinionFormReturned("f1", "libao", Category.ENTERPRISE_STAFF, "p2", MAR_20,
                List.of("意见")), MAR_20), tally);
        source.count(recorded(new ContactSummaryFiled("s1", "libao", 2025, 1, 1, LocalDate.of(2025, 6, 30),
                Map.of(), "小结"), APR_2), tally);

        assertThat(tally.sums).containsOnly(Map.entry(key(OPINION_FORMS_SENT, staff, MAR_3), 3L),
                Map.entry(key(OPINION_FORMS_RETURNED, staff, MAR_20), 1L),
                Map.entry(key(CONTACT_SUMMARIES, staff, APR_2), 1L));
    }

    @Test
    void aProblemIsOverdueFromTheDayAfterItsDueDayUntilItIsResolved() {
        OverdueProblemsFigures source = new OverdueProblemsFigures();
        ProblemRaised raised = new ProblemRaised("v1", "pr1", "libao", Category.INTERMEDIARY, "d", "o", MAR_3,
                MAR_20);
        OverdueProblemsFigures.Problem open = fold(source, recorded(raised, MAR_3));
        OverdueProblemsFigures.Problem late = fold(source, recorded(raised, MAR_3), recorded(new ProblemResolved(
                "v1", "pr1", "libao", Category.INTERMEDIARY, APR_2, MAR_20, "n"), APR_2));
        OverdueProblemsFigures.Problem inTime = fold(source, recorded(raised, MAR_3), recorded(new ProblemResolved(
                "v1", "pr1", "libao", Category.INTERMEDIARY, MAR_20, MAR_20, "n"), MAR_20));

        Counted stillOpen = new Counted();
        source.contribute(open, APR_2, stillOpen);
        assertThat(stillOpen.sums).containsOnly(Map.entry(key(PROBLEMS_OVERDUE, LIBAO, MAR_20.plusDays(1)), 1L));
        Counted resolvedLate = new Counted();
        source.contribute(late, APR_2, resolvedLate);
        assertThat(resolvedLate.sums).containsOnly(Map.entry(key(PROBLEMS_OVERDUE, LIBAO, MAR_20.plusDays(1)), 1L),
                Map.entry(key(PROBLEMS_OVERDUE, LIBAO, APR_2), -1L));
        Counted resolvedInTime = new Counted();
        source.contribute(inTime, APR_2, resolvedInTime);
        assertThat(resolvedInTime.sums).isEmpty();
        Counted beforeTheResolutionWasKnown = new Counted();
        source.contribute(late, APR_2.minusDays(1), beforeTheResolutionWasKnown);
        assertThat(beforeTheResolutionWasKnown.sums).isEqualTo(stillOpen.sums);
    }

    @Test
    void anActivityAndItsAppealsCountOnItsDayAndEachParticipantOnceAMonth() {
        Counted tally = new Counted();
        Cell studio = new Cell("dagong", Category.FREELANCER);
        new OutreachActivityFigures().count(recorded(new ActivityOrganised("a1", "dagong", Category.FREELANCER,
                ActivityKind.EXHIBITION, "Show", MAR_3, List.of("Federation")), MAR_3), tally);
        new OutreachActivityFigures().count(recorded(new AppealHeard("a1", "ap1", "dagong", Category.FREELANCER, "p1",
                MAR_3, "A studio"), MAR_20), tally);
        assertThat(tally.sums).containsOnly(Map.entry(key(ACTIVITIES, studio, MAR_3), 1L),
                Map.entry(key(APPEALS_HEARD, studio, MAR_3), 1L));

        ParticipantsFigures source = new ParticipantsFigures();
        ParticipantsFigures.Attendances painter = fold(source,
                recorded(new AttendanceRecorded("a1", "dagong", Category.FREELANCER, "p1", MAR_20, true), MAR_20),
                recorded(new AttendanceRecorded("a2", "dagong", Category.FREELANCER, "p1", MAR_3, false), MAR_20),
                recorded(new AttendanceRecorded("a3", "dagong", Category.FREELANCER, "p1", APR_2, false), APR_2));
        Counted participants = new Counted();
        source.contribute(painter, APR_2, participants);
        assertThat(participants.sums).containsOnly(Map.entry(key(PARTICIPANTS, studio, MAR_3), 1L),
                Map.entry(key(PARTICIPANTS, studio, APR_2), 1L));
    }

    private static <S> S fold(KeyedCounting<S> source, RecordedEvent... events) {
        S state = null;
        for (RecordedEvent event : events) {
            assertThat(source.keyOf(event.payload())).isNotNull();
            state = source.apply(state, event);
        }
        return state;
    }
}
