package org.haian.strata.platform.readmodel;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
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
}
