package org.haian.strata.analytics.projection;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.mongodb.client.MongoClient;
import org.haian.strata.analytics.engine.RecordedEvent;
import org.haian.strata.testsupport.EmbeddedInfraExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.haian.strata.analytics.projection.Analytics.TODAY;
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
import static org.haian.strata.contract.Category.INTERMEDIARY;
import static org.haian.strata.contract.Category.NEW_MEDIA;

/**
 * Every kind of event changes the figures once, however often it is delivered, and also when the process died
 * between two of the documents it writes and the event is delivered again (the tracking processor rewinds to its last
 * stored token, so it comes again).
 */
@ExtendWith(EmbeddedInfraExtension.class)
class ExactlyOnceTest {

    private static final String LIBAO = "libao";
    private static final String QUTANG = "qutang";
    private static final LocalDate LONG_AGO = TODAY.minusYears(1);

    private MongoClient client;

    @BeforeEach
    void setUp(MongoClient client) {
        this.client = client;
    }

    /**
     * One event of each kind the figures count, after what it needs to have happened first: a person p1 of Libao
     * who counts in every person figure, where the event is about a person.
     */
    static Stream<Scenario> everyKindOfEvent() {
        List<Object> counted = List.of(registered("p1", LIBAO, NEW_MEDIA), designated("p1", LIBAO, NEW_MEDIA),
                arrangement("p1", LIBAO, NEW_MEDIA, 1), assigned("p1", LIBAO, NEW_MEDIA, "cadre-a", LONG_AGO, 1),
                admitted("p1", LIBAO, NEW_MEDIA));
        List<Object> registered = List.of(registered("p1", LIBAO, NEW_MEDIA));
        return Stream.of(
                new Scenario(List.of(), registered("p1", LIBAO, NEW_MEDIA)),
                new Scenario(counted, moved("p1", LIBAO, QUTANG, NEW_MEDIA, 1, true, 1)),
                new Scenario(counted, recategorised("p1", LIBAO, NEW_MEDIA, INTERMEDIARY, 1, true, 1)),
                new Scenario(append(counted, ended("p1", LIBAO, NEW_MEDIA, "cadre-a", 0)),
                        archived("p1", LIBAO, NEW_MEDIA, true, 1)),
                new Scenario(registered, designated("p1", LIBAO, NEW_MEDIA)),
                new Scenario(append(registered, designated("p1", LIBAO, NEW_MEDIA)),
                        withdrawn("p1", LIBAO, NEW_MEDIA)),
                new Scenario(registered, arrangement("p1", LIBAO, NEW_MEDIA, 1)),
                new Scenario(registered, assigned("p1", LIBAO, NEW_MEDIA, "cadre-a", LONG_AGO, 1)),
                new Scenario(append(registered, assigned("p1", LIBAO, NEW_MEDIA, "cadre-a", LONG_AGO, 1)),
                        ended("p1", LIBAO, NEW_MEDIA, "cadre-a", 0)),
                new Scenario(append(registered, assigned("p1", LIBAO, NEW_MEDIA, "cadre-a", LONG_AGO, 1)),
                        contact("p1", LIBAO, NEW_MEDIA, "cadre-a", TODAY.minusDays(10))),
                new Scenario(registered, admitted("p1", LIBAO, NEW_MEDIA)),
                new Scenario(append(registered, admitted("p1", LIBAO, NEW_MEDIA)), removed("p1", LIBAO, NEW_MEDIA)),
                new Scenario(List.of(), baseEstablished("b1", QUTANG, ENTERPRISE_STAFF)),
                new Scenario(List.of(baseEstablished("b1", QUTANG, ENTERPRISE_STAFF)),
                        baseClosed("b1", QUTANG, ENTERPRISE_STAFF)),
                new Scenario(List.of(), unitJoined("Tax bureau", INTERMEDIARY)),
                new Scenario(List.of(unitJoined("Tax bureau", INTERMEDIARY)), unitLeft("Tax bureau", INTERMEDIARY)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyKindOfEvent")
    void anEventDeliveredTwiceChangesTheFiguresOnce(Scenario scenario) {
        Map<String, Map<String, Long>> before = scenario.before(client).everything();
        Map<String, Map<String, Long>> once = scenario.delivered(client).everything();
        Analytics twice = scenario.before(client);
        RecordedEvent event = twice.message(scenario.event());

        twice.deliver(event);
        twice.deliver(event);

        assertThat(once).as("the event changes some figure").isNotEqualTo(before);
        assertThat(twice.everything()).isEqualTo(once);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyKindOfEvent")
    void aProcessThatDiesAfterAnyOfAnEventsWritesCountsItOnceWhenTheEventComesAgain(Scenario scenario) {
        Map<String, Map<String, Long>> once = scenario.delivered(client).everything();
        int writes = writesOf(scenario.before(client), scenario.event());

        for (int survived = 0; survived < writes; survived++) {
            Analytics analytics = scenario.before(client);
            RecordedEvent event = analytics.message(scenario.event());
            DyingDatabase dying = DyingDatabase.after(survived);
            assertThatThrownBy(() -> analytics.deliver(List.of(event), dying.over(analytics.database())))
                    .isInstanceOf(DyingDatabase.ProcessDied.class);

            analytics.deliver(event);

            assertThat(analytics.everything()).as("died after %d of %d writes", survived, writes).isEqualTo(once);
        }
    }

    /**
     * A person's and the association's events travel in different Kafka partitions: after a crash, the other
     * aggregate's next event may come before the interrupted one comes again.
     */
    static Stream<Interleaving> eventsOfThePersonAndTheAssociationAcrossACrash() {
        List<Object> member = List.of(registered("p1", LIBAO, NEW_MEDIA), admitted("p1", LIBAO, NEW_MEDIA));
        return Stream.of(
                new Interleaving(member, moved("p1", LIBAO, QUTANG, NEW_MEDIA, 0, false, 0),
                        removed("p1", LIBAO, NEW_MEDIA)),
                new Interleaving(member, recategorised("p1", LIBAO, NEW_MEDIA, INTERMEDIARY, 0, false, 0),
                        removed("p1", LIBAO, NEW_MEDIA)),
                new Interleaving(member, archived("p1", LIBAO, NEW_MEDIA, false, 0),
                        removed("p1", LIBAO, NEW_MEDIA)),
                new Interleaving(List.of(registered("p1", LIBAO, NEW_MEDIA)), admitted("p1", LIBAO, NEW_MEDIA),
                        moved("p1", LIBAO, QUTANG, NEW_MEDIA, 0, false, 0)),
                new Interleaving(member, removed("p1", LIBAO, NEW_MEDIA),
                        moved("p1", LIBAO, QUTANG, NEW_MEDIA, 0, false, 0)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventsOfThePersonAndTheAssociationAcrossACrash")
    void anEventInterruptedByACrashCountsOnceEvenWhenTheOtherAggregatesNextEventComesFirst(Interleaving interleaving) {
        Map<String, Map<String, Long>> inOrder = new Analytics(client).deliver(interleaving.before().toArray())
                .deliver(interleaving.interrupted(), interleaving.meanwhile()).everything();
        int writes = writesOf(new Analytics(client).deliver(interleaving.before().toArray()),
                interleaving.interrupted());

        for (int survived = 0; survived < writes; survived++) {
            Analytics analytics = new Analytics(client).deliver(interleaving.before().toArray());
            RecordedEvent interrupted = analytics.message(interleaving.interrupted());
            DyingDatabase dying = DyingDatabase.after(survived);
            assertThatThrownBy(() -> analytics.deliver(List.of(interrupted), dying.over(analytics.database())))
                    .isInstanceOf(DyingDatabase.ProcessDied.class);

            analytics.deliver(interleaving.meanwhile());
            analytics.deliver(interrupted);

            assertThat(analytics.everything()).as("died after %d of %d writes", survived, writes)
                    .isEqualTo(inOrder);
        }
    }

    private static int writesOf(Analytics analytics, Object event) {
        DyingDatabase counting = DyingDatabase.never();
        analytics.deliver(List.of(analytics.message(event)), counting.over(analytics.database()));
        return counting.written();
    }

    private static List<Object> append(List<Object> events, Object event) {
        return Stream.concat(events.stream(), Stream.of(event)).toList();
    }

    record Scenario(List<Object> earlier, Object event) {

        Analytics before(MongoClient client) {
            return new Analytics(client).deliver(earlier.toArray());
        }

        Analytics delivered(MongoClient client) {
            return before(client).deliver(event);
        }

        @Override
        public String toString() {
            return event.getClass().getSimpleName();
        }
    }

    record Interleaving(List<Object> before, Object interrupted, Object meanwhile) {

        @Override
        public String toString() {
            return interrupted.getClass().getSimpleName() + " interrupted, then "
                    + meanwhile.getClass().getSimpleName();
        }
    }
}
