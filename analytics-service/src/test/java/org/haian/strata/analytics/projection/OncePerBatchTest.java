package org.haian.strata.analytics.projection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoClient;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;
import org.haian.strata.analytics.engine.Generation;
import org.haian.strata.analytics.engine.ReadSide;
import org.haian.strata.analytics.engine.RecordedEvent;
import org.haian.strata.analytics.figures.liaison.LiaisonRegistryFigures;
import org.haian.strata.testsupport.EmbeddedInfraExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.haian.strata.analytics.projection.Events.registered;
import static org.haian.strata.contract.Category.ENTERPRISE_STAFF;

/**
 * Batches of many events, as the processors write them: a batch interrupted by a crash anywhere, even in the middle
 * of a bulk write, counts once when it comes again, whole or cut into other batches; an event the publisher sent
 * twice counts once; and what makes each counted once stays the same size however many aggregates there are.
 */
@ExtendWith(EmbeddedInfraExtension.class)
class OncePerBatchTest {

    private MongoClient client;

    @BeforeEach
    void setUp(MongoClient client) {
        this.client = client;
    }

    @Test
    void aBatchInterruptedAnywhereCountsOnceWhenItComesAgain() {
        Analytics counting = new Analytics(client);
        List<RecordedEvent> batch = messagesOfTheScript(counting);
        DyingDatabase never = DyingDatabase.never();
        counting.deliver(batch, never.over(counting.database()));
        assertThat(counting.everything()).isEqualTo(ScriptedSequenceTest.byHand());

        for (int survived = 0; survived < never.written(); survived++) {
            Analytics analytics = new Analytics(client);
            List<RecordedEvent> again = messagesOfTheScript(analytics);
            DyingDatabase dying = DyingDatabase.after(survived);
            assertThatThrownBy(() -> analytics.deliver(again, dying.over(analytics.database())))
                    .isInstanceOf(DyingDatabase.ProcessDied.class);

            if (survived % 2 == 0) {
                analytics.deliver(again, analytics.database());
            } else {
                // After a restart the processor may cut the same events into other batches.
                again.forEach(analytics::deliver);
            }

            assertThat(analytics.everything()).as("died after %d of %d writes", survived, never.written())
                    .isEqualTo(ScriptedSequenceTest.byHand());
        }
    }

    @Test
    void anEventThePublisherSentAgainAtALaterOffsetCountsOnce() {
        Analytics analytics = new Analytics(client);
        Map<String, Map<String, Long>> once = new Analytics(client).deliver(ScriptedSequenceTest.script().toArray())
                .everything();
        List<RecordedEvent> script = messagesOfTheScript(analytics);
        List<RecordedEvent> withRepeats = new ArrayList<>();
        for (RecordedEvent event : script) {
            withRepeats.add(event);
            // The same event of the same aggregate, sent again after a time-out: a new record, a later offset.
            withRepeats.add(new RecordedEvent(event.payload(), event.partition(), event.offset() + 1_000_000,
                    event.aggregateId(), event.sequence(), event.recordedAt(), event.recordedDay()));
        }

        analytics.deliver(withRepeats.subList(0, 40), analytics.database());
        withRepeats.subList(40, withRepeats.size()).forEach(analytics::deliver);

        assertThat(analytics.everything()).isEqualTo(once);
    }

    /** The per-person source's batches, written alternately by two instances, as when its segment moves. */
    @Test
    void anInstanceThatGetsASourceBackTakesInWhatAnotherWroteMeanwhile() {
        Analytics analytics = new Analytics(client);
        List<RecordedEvent> script = messagesOfTheScript(analytics);
        ReadSide one = analytics.instance();
        ReadSide other = analytics.instance();
        for (int i = 0; i < script.size(); i += 5) {
            ReadSide writer = (i / 5) % 2 == 0 ? one : other;
            List<RecordedEvent> batch = script.subList(i, Math.min(script.size(), i + 5));
            writer.sources().forEach(source -> writer.flush(source.name(), batch));
        }
        one.close();
        other.close();

        assertThat(analytics.everything()).isEqualTo(ScriptedSequenceTest.byHand());
    }

    @Test
    void whatMakesAnEventCountOnceDoesNotGrowWithTheAggregates() {
        Analytics analytics = new Analytics(client);
        analytics.deliverAsOneBatch(registrations(0, 10));
        Document tenPeople = libaoEnterpriseStaffInJanuary(analytics);

        for (int from = 10; from < 2_010; from += 500) {
            analytics.deliverAsOneBatch(registrations(from, from + 500));
        }
        Document twoThousandAndTenPeople = libaoEnterpriseStaffInJanuary(analytics);

        assertThat(analytics.figures("libao")).containsEntry("people", 2_010L);
        assertThat(twoThousandAndTenPeople.get("marks", Document.class)).hasSizeLessThanOrEqualTo(3)
                .hasSameSizeAs(tenPeople.get("marks", Document.class));
        assertThat(size(twoThousandAndTenPeople)).isEqualTo(size(tenPeople));
    }

    private static Object[] registrations(int from, int to) {
        List<Object> events = new ArrayList<>();
        for (int i = from; i < to; i++) {
            events.add(registered("person-" + i, "libao", ENTERPRISE_STAFF));
        }
        return events.toArray();
    }

    private static Document libaoEnterpriseStaffInJanuary(Analytics analytics) {
        return analytics.database().getCollection(new Generation(new LiaisonRegistryFigures().name(), 1).cells())
                .find(new Document("_id", "libao|ENTERPRISE_STAFF|2025-01|2025-01")).first();
    }

    private static int size(Document document) {
        return new RawBsonDocument(document, new DocumentCodec()).getByteBuffer().remaining();
    }

    private static List<RecordedEvent> messagesOfTheScript(Analytics analytics) {
        return ScriptedSequenceTest.script().stream().map(analytics::message).toList();
    }
}
