package org.haian.strata.analytics.projection;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoClient;
import org.haian.strata.analytics.engine.RecordedEvent;
import org.haian.strata.analytics.figures.liaison.LiaisonFigures;
import org.haian.strata.testsupport.EmbeddedInfraExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haian.strata.analytics.projection.Events.admitted;
import static org.haian.strata.analytics.projection.Events.archived;
import static org.haian.strata.analytics.projection.Events.arrangement;
import static org.haian.strata.analytics.projection.Events.assigned;
import static org.haian.strata.analytics.projection.Events.baseClosed;
import static org.haian.strata.analytics.projection.Events.baseEstablished;
import static org.haian.strata.analytics.projection.Events.contact;
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

/**
 * Forty liaison events across three townships and the four categories, as the liaison domain would write them over
 * half a year, and every figure of every township, category and township-and-category afterwards, worked out by hand
 * (see {@link #byHand()}). "Today" is 2025-06-30 and a contact is overdue after 90 days, so an assignment whose last
 * contact (or start, without one) is before 2025-04-01 is overdue.
 */
@ExtendWith(EmbeddedInfraExtension.class)
class ScriptedSequenceTest {

    private static final String LIBAO = "libao";
    private static final String QUTANG = "qutang";
    private static final String CHENGDONG = "chengdong";

    private MongoClient client;
    private Analytics analytics;

    @BeforeEach
    void setUp(MongoClient client) {
        this.client = client;
        analytics = new Analytics(client);
    }

    static List<Object> script() {
        return List.of(
                /* 1 */ registered("p1", LIBAO, ENTERPRISE_STAFF),
                /* 2 */ registered("p2", LIBAO, NEW_MEDIA),
                /* 3 */ registered("p3", QUTANG, INTERMEDIARY),
                /* 4 */ registered("p4", QUTANG, FREELANCER),
                /* 5 */ registered("p5", CHENGDONG, ENTERPRISE_STAFF),
                /* 6 */ registered("p6", CHENGDONG, NEW_MEDIA),
                /* 7 */ registered("p7", LIBAO, INTERMEDIARY),
                /* 8 */ designated("p1", LIBAO, ENTERPRISE_STAFF),
                /* 9 */ designated("p3", QUTANG, INTERMEDIARY),
                /* 10 */ designated("p6", CHENGDONG, NEW_MEDIA),
                /* 11 */ arrangement("p1", LIBAO, ENTERPRISE_STAFF, 1),
                /* 12 */ arrangement("p1", LIBAO, ENTERPRISE_STAFF, 2),
                /* 13 */ arrangement("p5", CHENGDONG, ENTERPRISE_STAFF, 1),
                /* 14 */ arrangement("p6", CHENGDONG, NEW_MEDIA, 1),
                /* 15 */ assigned("p1", LIBAO, ENTERPRISE_STAFF, "cadre-a", day(1, 1), 1),
                /* 16 */ assigned("p1", LIBAO, ENTERPRISE_STAFF, "cadre-b", day(2, 1), 2),
                /* 17 */ contact("p1", LIBAO, ENTERPRISE_STAFF, "cadre-a", day(5, 1)),
                /* 18 */ assigned("p3", QUTANG, INTERMEDIARY, "cadre-c", day(3, 1), 1),
                /* 19 */ assigned("p6", CHENGDONG, NEW_MEDIA, "cadre-d", day(1, 15), 1),
                /* 20 */ admitted("p2", LIBAO, NEW_MEDIA),
                /* 21 */ admitted("p3", QUTANG, INTERMEDIARY),
                /* 22 */ admitted("p5", CHENGDONG, ENTERPRISE_STAFF),
                /* 23 */ admitted("p6", CHENGDONG, NEW_MEDIA),
                /* 24 */ baseEstablished("b1", LIBAO, ENTERPRISE_STAFF),
                /* 25 */ baseEstablished("b2", QUTANG, INTERMEDIARY),
                /* 26 */ baseEstablished("b3", CHENGDONG, NEW_MEDIA),
                /* 27 */ unitJoined("Federation of Industry and Commerce", ENTERPRISE_STAFF),
                /* 28 */ unitJoined("Science and Technology Bureau", ENTERPRISE_STAFF),
                /* 29 */ unitJoined("Tax Bureau", INTERMEDIARY),
                /* 30 */ unitJoined("Internet News Centre", NEW_MEDIA),
                /* 31 */ moved("p3", QUTANG, CHENGDONG, INTERMEDIARY, 1, true, 0),
                /* 32 */ recategorised("p2", LIBAO, NEW_MEDIA, FREELANCER, 0, false, 0),
                /* 33 */ withdrawn("p1", LIBAO, ENTERPRISE_STAFF),
                /* 34 */ ended("p1", LIBAO, ENTERPRISE_STAFF, "cadre-b", 1),
                /* 35 */ removed("p5", CHENGDONG, ENTERPRISE_STAFF),
                /* 36 */ baseClosed("b2", QUTANG, INTERMEDIARY),
                /* 37 */ unitLeft("Science and Technology Bureau", ENTERPRISE_STAFF),
                /* 38 */ ended("p6", CHENGDONG, NEW_MEDIA, "cadre-d", 0),
                /* 39 */ archived("p6", CHENGDONG, NEW_MEDIA, true, 1),
                /* 40 */ assigned("p4", QUTANG, FREELANCER, "cadre-e", day(3, 31), 1));
    }

    /**
     * Where each one stands after the script, by hand:
     * <pre>
     * who  counted in         representative  liaisons (last touch: overdue?)           arrangements  member
     * p1   libao ES           no (withdrawn)  cadre-a (contact 05-01: no); b ended    2, counts once  no
     * p2   libao FREELANCER   no              none                                    0             yes, moved with 32
     * p3   chengdong INT      yes             cadre-c (start 03-01, none since: yes)  0             yes, moved with 31
     * p4   qutang FREELANCER  no              cadre-e (start 03-31, none since: yes)  0             no
     * p5   chengdong ES       no              none                                    1             no (removed 35)
     * p6   nowhere: archived (39) after cadre-d ended (38); designation, arrangement, membership go with it
     * p7   libao INT          no              none                                    0             no
     * bases: b1 libao ES open; b2 qutang INT closed (36); b3 chengdong NEW_MEDIA open
     * member units (city-level, per category only): ES 2 joined - 1 left = 1; INT 1; NEW_MEDIA 1; FREELANCER 0
     *
     * cell                      people reps liaison arrang. members bases units overdue
     * libao|ES                    1     0     1       1       0       1     0     0      p1, b1
     * libao|NEW_MEDIA             0     0     0       0       0       0     0     0      p2 left for FREELANCER
     * libao|INT                   1     0     0       0       0       0     0     0      p7
     * libao|FREELANCER            1     0     0       0       1       0     0     0      p2
     * libao                       3     0     1       1       1       1     0     0
     * qutang|ES, |NEW_MEDIA       0     0     0       0       0       0     0     0
     * qutang|INT                  0     0     0       0       0       0     0     0      p3 moved out, b2 closed
     * qutang|FREELANCER           1     0     1       0       0       0     0     1      p4
     * qutang                      1     0     1       0       0       0     0     1
     * chengdong|ES                1     0     0       1       0       0     0     0      p5
     * chengdong|NEW_MEDIA         0     0     0       0       0       1     0     0      p6 archived, b3
     * chengdong|INT               1     1     1       0       1       0     0     1      p3
     * chengdong|FREELANCER        0     0     0       0       0       0     0     0
     * chengdong                   2     1     1       1       1       1     0     1
     * ENTERPRISE_STAFF            2     0     1       2       0       1     1     0      p1, p5, b1
     * NEW_MEDIA                   0     0     0       0       0       1     1     0      b3
     * INTERMEDIARY                2     1     1       0       1       0     1     1      p7, p3
     * FREELANCER                  2     0     1       0       1       0     0     1      p2, p4
     * </pre>
     * People in all: 7 registered - 1 archived = 6, the same summed over the townships (3 + 1 + 2) and over the
     * categories (2 + 0 + 2 + 2).
     */
    static Map<String, Map<String, Long>> byHand() {
        Map<String, Map<String, Long>> expected = new LinkedHashMap<>();
        expected.put("libao", withTheContact(figures(3, 0, 1, 1, 1, 1, 0, 0)));
        expected.put("libao|ENTERPRISE_STAFF", withTheContact(figures(1, 0, 1, 1, 0, 1, 0, 0)));
        expected.put("libao|NEW_MEDIA", figures(0, 0, 0, 0, 0, 0, 0, 0));
        expected.put("libao|INTERMEDIARY", figures(1, 0, 0, 0, 0, 0, 0, 0));
        expected.put("libao|FREELANCER", figures(1, 0, 0, 0, 1, 0, 0, 0));
        expected.put("qutang", figures(1, 0, 1, 0, 0, 0, 0, 1));
        expected.put("qutang|ENTERPRISE_STAFF", figures(0, 0, 0, 0, 0, 0, 0, 0));
        expected.put("qutang|NEW_MEDIA", figures(0, 0, 0, 0, 0, 0, 0, 0));
        expected.put("qutang|INTERMEDIARY", figures(0, 0, 0, 0, 0, 0, 0, 0));
        expected.put("qutang|FREELANCER", figures(1, 0, 1, 0, 0, 0, 0, 1));
        expected.put("chengdong", figures(2, 1, 1, 1, 1, 1, 0, 1));
        expected.put("chengdong|ENTERPRISE_STAFF", figures(1, 0, 0, 1, 0, 0, 0, 0));
        expected.put("chengdong|NEW_MEDIA", figures(0, 0, 0, 0, 0, 1, 0, 0));
        expected.put("chengdong|INTERMEDIARY", figures(1, 1, 1, 0, 1, 0, 0, 1));
        expected.put("chengdong|FREELANCER", figures(0, 0, 0, 0, 0, 0, 0, 0));
        expected.put("ENTERPRISE_STAFF", withTheContact(figures(2, 0, 1, 2, 0, 1, 1, 0)));
        expected.put("NEW_MEDIA", figures(0, 0, 0, 0, 0, 1, 1, 0));
        expected.put("INTERMEDIARY", figures(2, 1, 1, 0, 1, 0, 1, 1));
        expected.put("FREELANCER", figures(2, 0, 1, 0, 1, 0, 0, 1));
        return expected;
    }

    @Test
    void everyFigureAfterTheScriptIsTheOneWorkedOutByHand() {
        analytics.deliver(script().toArray());

        assertThat(analytics.everything()).isEqualTo(byHand());
    }

    @Test
    void theScriptDeliveredWithEveryEventTwiceGivesTheSameFigures() {
        for (Object event : script()) {
            RecordedEvent message = analytics.message(event);
            analytics.deliver(message);
            analytics.deliver(message);
        }

        assertThat(analytics.everything()).isEqualTo(byHand());
    }

    /** As after a restart from a tracking token stored long ago: every event comes again, after later ones. */
    @Test
    void theWholeScriptDeliveredAgainAfterItsEndGivesTheSameFigures() {
        List<RecordedEvent> messages = script().stream().<RecordedEvent>map(analytics::message)
                .toList();
        messages.forEach(analytics::deliver);

        messages.forEach(analytics::deliver);

        assertThat(analytics.everything()).isEqualTo(byHand());
    }

    private static LocalDate day(int month, int dayOfMonth) {
        return LocalDate.of(2025, month, dayOfMonth);
    }

    /**
     * The eight figures worked out by hand; every cadre of the script is a department cadre, so the people under a
     * department's liaison are those under liaison, and the script registers no organisation. Its one representative
     * figure (p3) is under liaison wherever they count, so a cell counts one under liaison where it counts both.
     */
    private static Map<String, Long> figures(long people, long representatives, long underLiaison,
                                             long withPoliticalArrangement, long members, long bases,
                                             long memberUnits, long overdueContacts) {
        Map<String, Long> figures = new LinkedHashMap<>();
        figures.put(LiaisonFigures.PEOPLE.name(), people);
        figures.put(LiaisonFigures.REPRESENTATIVES.name(), representatives);
        figures.put(LiaisonFigures.PEOPLE_UNDER_LIAISON.name(), underLiaison);
        figures.put(LiaisonFigures.PEOPLE_UNDER_DEPARTMENT_LIAISON.name(), underLiaison);
        figures.put(LiaisonFigures.REPRESENTATIVES_UNDER_LIAISON.name(), Math.min(representatives, underLiaison));
        figures.put(LiaisonFigures.PEOPLE_WITH_POLITICAL_ARRANGEMENT.name(), withPoliticalArrangement);
        figures.put(LiaisonFigures.MEMBERS.name(), members);
        figures.put(LiaisonFigures.BASES.name(), bases);
        figures.put(LiaisonFigures.MEMBER_UNITS.name(), memberUnits);
        figures.put(LiaisonFigures.OVERDUE_CONTACTS.name(), overdueContacts);
        return Analytics.complete(figures);
    }

    /** The one contact of the script (17: p1, libao, ENTERPRISE_STAFF on 05-01) counted where it belongs. */
    private static Map<String, Long> withTheContact(Map<String, Long> figures) {
        figures.put(LiaisonFigures.CONTACTS_LOGGED.name(), 1L);
        return figures;
    }
}
