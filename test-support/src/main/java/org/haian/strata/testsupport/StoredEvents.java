package org.haian.strata.testsupport;

import java.util.function.Supplier;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The service's own event store, watched from the test: a refused call must leave it as it was. */
public final class StoredEvents {

    private final JdbcTemplate jdbc;

    public StoredEvents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** How many events the store holds, of every aggregate. */
    public long count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry", Long.class);
    }

    /** How many events one aggregate has. */
    public long of(String aggregateId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry WHERE aggregateIdentifier = ?", Long.class,
                aggregateId);
    }

    /** Makes a call that must change nothing, and checks that it stored no event. */
    public <T> T unchangedBy(Supplier<T> call) {
        long before = count();
        T result = call.get();
        assertThat(count()).as("events stored by a call that should change nothing").isEqualTo(before);
        return result;
    }
}
