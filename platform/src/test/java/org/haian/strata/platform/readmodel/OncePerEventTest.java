package org.haian.strata.platform.readmodel;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.Document;
import org.haian.strata.testsupport.EmbeddedInfraExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** On the real MongoDB-wire server. */
@ExtendWith(EmbeddedInfraExtension.class)
class OncePerEventTest {

    private MongoCollection<Document> counts;

    @BeforeEach
    void setUp(MongoDatabase readModels) {
        counts = readModels.getCollection("counts");
    }

    @Test
    void anEventIsAppliedOnceHoweverOftenItIsDelivered() {
        assertThat(OncePerEvent.apply(counts, "libao", "p-1", 0, Updates.inc("people", 1))).isTrue();
        assertThat(OncePerEvent.apply(counts, "libao", "p-1", 0, Updates.inc("people", 1))).isFalse();

        assertThat(people("libao")).isEqualTo(1);
    }

    @Test
    void anOlderEventOfTheSameAggregateArrivingAgainAfterANewerOneChangesNothing() {
        OncePerEvent.apply(counts, "libao", "p-1", 0, Updates.inc("people", 1));
        OncePerEvent.apply(counts, "libao", "p-1", 1, Updates.inc("people", 1));

        assertThat(OncePerEvent.apply(counts, "libao", "p-1", 0, Updates.inc("people", 1))).isFalse();
        assertThat(people("libao")).isEqualTo(2);
    }

    @Test
    void eventsOfDifferentAggregatesAllCountOnTheSameDocument() {
        OncePerEvent.apply(counts, "libao", "p-1", 0, Updates.inc("people", 1));
        OncePerEvent.apply(counts, "libao", "p-2", 0, Updates.inc("people", 1));
        OncePerEvent.apply(counts, "libao", "p-3", 5, Updates.inc("people", 1));

        assertThat(people("libao")).isEqualTo(3);
    }

    @Test
    void anAggregateIdThatCannotBeAFieldNameIsRefused() {
        assertThatThrownBy(() -> OncePerEvent.apply(counts, "libao", "zhang.wei", 0, Updates.inc("people", 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private int people(String id) {
        return counts.find(Filters.eq("_id", id)).first().getInteger("people");
    }

    @Test
    void aBatchsChangesAreWrittenWhenItCommitsEachOnce() {
        OncePerEvent.apply(counts, "libao", "p-1", 0, Updates.inc("people", 1));
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(null);

        OncePerEvent.applyAtEndOfBatch(counts, "libao", "p-1", 0, Updates.inc("people", 1));
        OncePerEvent.applyAtEndOfBatch(counts, "libao", "p-1", 1, Updates.inc("people", 1));
        OncePerEvent.applyAtEndOfBatch(counts, "libao", "p-1", 1, Updates.inc("people", 1));
        OncePerEvent.applyAtEndOfBatch(counts, "libao", "p-2", 0, Updates.inc("people", 1));
        OncePerEvent.applyAtEndOfBatch(counts, "qutang", "p-3", 0, Updates.inc("people", 1));
        assertThat(people("libao")).as("before the batch commits").isEqualTo(1);
        assertThat(counts.find(Filters.eq("_id", "qutang")).first()).isNull();
        batch.commit();

        assertThat(people("libao")).as("p-1's second event and p-2's first; p-1's first was in before").isEqualTo(3);
        assertThat(people("qutang")).isEqualTo(1);
    }

    @Test
    void aBatchThatRollsBackWritesNothingOfWhatItHadPending() {
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(null);
        OncePerEvent.applyAtEndOfBatch(counts, "libao", "p-1", 0, Updates.inc("people", 1));

        batch.rollback();

        assertThat(counts.find(Filters.eq("_id", "libao")).first()).isNull();
    }

    @Test
    void aHandlerThatReadsBackWritesWhatIsPendingFirst() {
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(null);
        OncePerEvent.applyAtEndOfBatch(counts, "libao", "p-1", 0, Updates.inc("people", 1));

        OncePerEvent.writePending();
        assertThat(people("libao")).isEqualTo(1);
        OncePerEvent.applyAtEndOfBatch(counts, "libao", "p-1", 1, Updates.inc("people", 1));
        batch.commit();

        assertThat(people("libao")).isEqualTo(2);
    }

    @Test
    void withoutAUnitOfWorkAChangeIsWrittenRightAway() {
        OncePerEvent.applyAtEndOfBatch(counts, "libao", "p-1", 0, Updates.inc("people", 1));

        assertThat(people("libao")).isEqualTo(1);
    }
}
