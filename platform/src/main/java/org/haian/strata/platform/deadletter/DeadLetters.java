package org.haian.strata.platform.deadletter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.StreamSupport;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.haian.strata.platform.web.FieldError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service's dead-letter queues, one per processing group of its projections: what waits in them, and an
 * administrator's retry (after a fix) or skip (an event given up on) of what waits.
 */
public class DeadLetters {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);
    /** A sequence is listed by its first letter (the one that failed); so many sequences are listed per group. */
    static final int LISTED_SEQUENCES = 200;

    private final EventProcessingConfiguration processing;

    public DeadLetters(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    /** How many events wait, in all and in each processing group's queue, for every group that has one. */
    public Counts counts() {
        Map<String, Long> groups = new TreeMap<>();
        groups().forEach(group -> groups.put(group, count(group)));
        return new Counts(groups.values().stream().mapToLong(Long::longValue).sum(), groups);
    }

    /** How many events wait in the group's queue. */
    public long count(String group) {
        return queue(group).size();
    }

    public Report report() {
        List<GroupReport> groups = new ArrayList<>();
        long total = 0;
        for (String group : groups()) {
            SequencedDeadLetterQueue<EventMessage<?>> queue = queue(group);
            long letters = queue.size();
            total += letters;
            if (letters == 0) {
                continue;
            }
            List<SequenceReport> sequences = StreamSupport.stream(queue.deadLetters().spliterator(), false)
                    .limit(LISTED_SEQUENCES)
                    .map(DeadLetters::sequence)
                    .flatMap(Optional::stream)
                    .toList();
            groups.add(new GroupReport(group, letters, queue.amountOfSequences(), sequences));
        }
        return new Report(total, groups);
    }

    /**
     * Handles each waiting sequence of the group again, in order, or only the one named; a letter that fails again
     * stays in the queue (with the new cause) and so does the rest of its sequence.
     *
     * @param sequence {@code null} for every sequence
     * @throws UnknownDeadLetter if the group has no queue
     */
    public Retry retry(String group, String sequence, String actingUser) {
        SequencedDeadLetterProcessor<EventMessage<?>> processor = processor(group);
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(group);
        long before = queue.size();
        long sequences = sequence == null ? queue.amountOfSequences() : 1;
        int handled = 0;
        for (long i = 0; i < sequences; i++) {
            if (processor.process(letter -> sequence == null || sequence.equals(sequenceOf(letter)))) {
                handled++;
            }
        }
        long after = queue.size();
        log.warn("{} retried the dead letters of {}{}: {} sequences handled, {} of {} letters still wait", actingUser,
                group, sequence == null ? "" : " sequence " + sequence, handled, after, before);
        return new Retry(group, handled, before - after, after);
    }

    /**
     * Gives up on one letter: it leaves the queue unhandled, so the read model never counts that event. The rest of
     * its sequence stays queued until retried.
     *
     * @throws UnknownDeadLetter if the group or the letter is unknown
     */
    public void skip(String group, String letterId, String actingUser) {
        processor(group);
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(group);
        DeadLetter<? extends EventMessage<?>> letter = StreamSupport.stream(queue.deadLetters().spliterator(), false)
                .flatMap(letters -> StreamSupport.stream(letters.spliterator(), false))
                .filter(candidate -> letterId.equals(idOf(candidate)))
                .findFirst()
                .orElseThrow(() -> new UnknownDeadLetter("letterId", "no dead letter '" + letterId + "' in " + group));
        queue.evict(letter);
        log.warn("{} skipped dead letter {} of {}: {} {} will not be handled", actingUser, letterId, group,
                letter.message().getPayloadType().getSimpleName(), letter.message().getIdentifier());
    }

    /** @throws UnknownDeadLetter if the group has no queue */
    private SequencedDeadLetterProcessor<EventMessage<?>> processor(String group) {
        return processing.sequencedDeadLetterProcessor(group)
                .orElseThrow(() -> new UnknownDeadLetter("processingGroup", "no dead-letter queue '" + group + "'"));
    }

    /**
     * The processing groups whose handlers dead-letter: every one but Kafka publication's and the subscribing ones
     * ({@link DeadLetterConfiguration}).
     */
    private List<String> groups() {
        return processing.eventProcessors().keySet().stream()
                .filter(group -> processing.sequencedDeadLetterProcessor(group).isPresent())
                .sorted()
                .toList();
    }

    private SequencedDeadLetterQueue<EventMessage<?>> queue(String group) {
        return processing.deadLetterQueue(group).orElseThrow(() -> new IllegalStateException(
                "Processing group " + group + " dead-letters but has no queue"));
    }

    private static Optional<SequenceReport> sequence(Iterable<DeadLetter<? extends EventMessage<?>>> letters) {
        List<DeadLetter<? extends EventMessage<?>>> all = new ArrayList<>();
        letters.forEach(all::add);
        if (all.isEmpty()) {
            return Optional.empty();
        }
        DeadLetter<? extends EventMessage<?>> first = all.get(0);
        EventMessage<?> event = first.message();
        DomainEventMessage<?> domain = event instanceof DomainEventMessage<?> d ? d : null;
        return Optional.of(new SequenceReport(sequenceOf(first), all.size() - 1, new Letter(idOf(first),
                event.getPayloadType().getSimpleName(), event.getIdentifier(),
                domain == null ? null : domain.getAggregateIdentifier(),
                domain == null ? null : domain.getSequenceNumber(), event.getTimestamp(),
                first.cause().map(Cause::type).orElse(null), first.cause().map(Cause::message).orElse(null),
                first.enqueuedAt(), first.lastTouched())));
    }

    private static String sequenceOf(DeadLetter<?> letter) {
        return letter instanceof JdbcDeadLetter<?> jdbc ? jdbc.getSequenceIdentifier() : null;
    }

    private static String idOf(DeadLetter<?> letter) {
        return letter instanceof JdbcDeadLetter<?> jdbc ? jdbc.getIdentifier() : null;
    }

    /** @param processingGroups the letters waiting per processing group, every group listed */
    public record Counts(long letters, Map<String, Long> processingGroups) {
    }

    /** Every queue of the service: how many letters wait in all, and per group its waiting sequences. */
    public record Report(long letters, List<GroupReport> processingGroups) {
    }

    /** @param sequences the first {@value #LISTED_SEQUENCES} waiting sequences */
    public record GroupReport(String processingGroup, long letters, long sequenceCount,
                              List<SequenceReport> sequences) {
    }

    /** @param waitingBehind how many later events of the sequence wait behind the failed one */
    public record SequenceReport(String sequence, int waitingBehind, Letter failed) {
    }

    /** A dead-lettered event and why its handler failed on it. */
    public record Letter(String letterId, String event, String eventId, String aggregateId, Long aggregateSequence,
                         Instant recordedAt, String causeType, String causeMessage, Instant enqueuedAt,
                         Instant lastTouched) {
    }

    /**
     * @param handled   sequences handled to their end
     * @param letters   letters that left the queue
     * @param remaining letters still waiting in the group
     */
    public record Retry(String processingGroup, int handled, long letters, long remaining) {
    }

    /** A group or letter the request names that is not there: answered 404 naming the field. */
    public static final class UnknownDeadLetter extends RuntimeException {

        private final FieldError error;

        UnknownDeadLetter(String field, String reason) {
            super(field + ": " + reason);
            this.error = new FieldError(field, reason);
        }

        public FieldError error() {
            return error;
        }
    }
}
