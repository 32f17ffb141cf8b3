package org.haian.strata.platform.history;

import java.util.List;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.haian.strata.platform.domain.CommandRefused;
import org.haian.strata.platform.security.Tenancy;

/**
 * Who did what when to one record, read straight from the event store: the events are the audit trail. Every
 * aggregate of a service shares that store, so a record is recognised by the event that began it: the id of a
 * person asked for as an organisation is as unknown as an id that never existed, and answers the same 404.
 */
public class AggregateHistory {

    private final EventStore eventStore;

    public AggregateHistory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /**
     * The events of a record of this kind, oldest first, for whoever may read the record at all.
     *
     * @param firstEvent the event that begins a record of this kind ({@code PersonRegistered})
     * @param idField    the name of the id, for the not-found answer
     */
    public List<HistoryEntry> of(String id, Class<?> firstEvent, String idField) {
        List<HistoryEntry> entries = eventStore.readEvents(id).asStream().map(HistoryEntry::of).toList();
        if (entries.isEmpty() || !entries.get(0).event().equals(firstEvent.getSimpleName())) {
            throw CommandRefused.notFound(idField);
        }
        return entries;
    }

    /**
     * The events of a record that belongs to one township, or 404 if the caller may not see the township it
     * belongs to now, so that its existence does not leak.
     */
    public List<HistoryEntry> ofTownshipRecord(String id, Class<?> firstEvent, String idField) {
        List<HistoryEntry> entries = of(id, firstEvent, idField);
        if (!Tenancy.visible(currentTownship(entries))) {
            throw CommandRefused.notFound(idField);
        }
        return entries;
    }

    /**
     * The events of a city-wide record (the association, the joint conference) as far as the caller may see them:
     * its own events, and of the events that concern a township only those of townships the caller may see.
     */
    public List<HistoryEntry> ofCityRecord(String id, Class<?> firstEvent, String idField) {
        return of(id, firstEvent, idField).stream()
                .filter(entry -> entry.township() == null || Tenancy.visible(entry.township()))
                .toList();
    }

    /** The township the record belongs to now: the one its newest event names, or {@code null} if none does. */
    public static String currentTownship(List<HistoryEntry> history) {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).township() != null) {
                return history.get(i).township();
            }
        }
        return null;
    }
}
