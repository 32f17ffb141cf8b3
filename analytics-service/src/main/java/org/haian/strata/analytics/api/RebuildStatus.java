package org.haian.strata.analytics.api;

import java.time.Instant;
import java.util.List;

/**
 * How far a rebuild has come.
 *
 * @param state           {@code COUNTING} every event from the beginning of the topics, while the old collections keep
 *                        serving; {@code WRITING} what it counted into new collections; {@code SWITCHING} from the
 *                        live processors' positions onto the new collections (they pause meanwhile); {@code DONE};
 *                        or {@code FAILED} (the old collections stay live)
 * @param eventsPerSecond over the rebuild so far
 * @param eventsLeft      events between the rebuild's positions and the ends of the partitions
 * @param secondsLeft     at the rate so far; {@code null} while unknown
 * @param partitions      per Kafka partition: the next offset to count, the end, and the lag between them
 */
public record RebuildStatus(String id, State state, List<String> sources, String startedBy, Instant startedAt,
                            Instant finishedAt, long eventsDone, long eventsPerSecond, long eventsLeft,
                            Long secondsLeft, List<PartitionLag> partitions, String error) {

    public enum State {
        COUNTING, WRITING, SWITCHING, DONE, FAILED;

        public boolean isOver() {
            return this == DONE || this == FAILED;
        }
    }

    public record PartitionLag(String partition, long position, long end, long lag) {
    }
}
