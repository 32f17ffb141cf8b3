package org.haian.strata.liaison.projection;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.haian.strata.contract.liaison.PersonArchived;
import org.haian.strata.contract.liaison.PersonForgotten;
import org.haian.strata.contract.liaison.PersonMovedToTownship;
import org.haian.strata.contract.liaison.PersonProfileUpdated;
import org.haian.strata.contract.liaison.PersonRegistered;
import org.haian.strata.contract.liaison.PersonRegistrationWithdrawn;
import org.haian.strata.platform.domain.CommandRefused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "A person is registered once" (same name, organisation and township): a table in the event store's own database
 * whose unique key decides it, kept by a <em>subscribing</em> processor ({@code application.yml}), so each change is
 * written in the same transaction as the event that causes it. A registration, a profile change or a move that
 * would collide with someone in active work stores nothing and is refused as a conflict naming the person already
 * there, even when two registrations race. Archiving frees the key, and so does withdrawing an imported
 * registration. A person without an organisation holds no key
 * (the column is null, and nulls never collide): a name alone does not tell namesakes apart.
 *
 * <p>Being subscribing, it sees only events stored while it runs. So at start-up it compares the table with the
 * event store, person by person (the sequence number of the newest event that changes the key), and fills in
 * whoever is missing or behind: data that predates the table, or a restored event store, is checked too.
 */
@Component
@ProcessingGroup("person-identity")
public class PersonIdentities implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(PersonIdentities.class);

    // Plain SQL that H2 and PostgreSQL both take; unquoted names, so each database folds them its own way.
    private static final String TABLE = """
            CREATE TABLE IF NOT EXISTS person_identity (
                person_id VARCHAR(64) NOT NULL PRIMARY KEY,
                township VARCHAR(64) NOT NULL,
                organisation_key VARCHAR(400),
                name_key VARCHAR(400) NOT NULL,
                CONSTRAINT person_identity_unique UNIQUE (township, organisation_key, name_key))""";
    /** The events that change a person's row; {@code last_sequence} is the newest of these taken in. */
    private static final List<Class<?>> KEYED = List.of(PersonRegistered.class, PersonProfileUpdated.class,
            PersonMovedToTownship.class, PersonArchived.class, PersonForgotten.class,
            PersonRegistrationWithdrawn.class);
    /** Added after the table first shipped: how far in the person's events the row is; null means unknown. */
    private static final String LAST_SEQUENCE =
            "ALTER TABLE person_identity ADD COLUMN IF NOT EXISTS last_sequence BIGINT";

    private final JdbcTemplate jdbc;
    private final EventStore eventStore;
    private final TransactionTemplate nested;
    private final TransactionTemplate transaction;

    public PersonIdentities(JdbcTemplate jdbc, EventStore eventStore, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.eventStore = eventStore;
        this.transaction = new TransactionTemplate(transactions);
        // A savepoint, so that after a refused key the command's transaction can still read who holds it
        // (PostgreSQL refuses every further statement in a transaction whose statement failed).
        this.nested = new TransactionTemplate(transactions);
        this.nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        jdbc.execute(TABLE);
        jdbc.execute(LAST_SEQUENCE);
    }

    @EventHandler
    void on(PersonRegistered event, @SequenceNumber long sequence) {
        Key wanted = new Key(event.township(), IdentityKey.of(event.organisation()), IdentityKey.of(event.name()));
        keyed("name", wanted, () -> jdbc.update("INSERT INTO person_identity "
                        + "(person_id, township, organisation_key, name_key, last_sequence) VALUES (?, ?, ?, ?, ?)",
                event.personId(), wanted.township(), wanted.organisation(), wanted.name(), sequence));
    }

    @EventHandler
    void on(PersonProfileUpdated event, @SequenceNumber long sequence) {
        Key wanted = current(event.personId()).withOrganisation(IdentityKey.of(event.organisation()));
        keyed("organisation", wanted, () -> jdbc.update(
                "UPDATE person_identity SET organisation_key = ?, last_sequence = ? WHERE person_id = ?",
                wanted.organisation(), sequence, event.personId()));
    }

    @EventHandler
    void on(PersonMovedToTownship event, @SequenceNumber long sequence) {
        Key wanted = current(event.personId()).withTownship(event.toTownship());
        keyed("township", wanted, () -> jdbc.update(
                "UPDATE person_identity SET township = ?, last_sequence = ? WHERE person_id = ?",
                wanted.township(), sequence, event.personId()));
    }

    /** The name leaves the table too; the person's id stands in for it, which collides with no one. */
    @EventHandler
    void on(PersonForgotten event, @SequenceNumber long sequence) {
        jdbc.update("UPDATE person_identity SET organisation_key = NULL, name_key = person_id, last_sequence = ? "
                + "WHERE person_id = ?", sequence, event.personId());
    }

    /** The row stays, without a key: it still says how far this person's events are taken in. */
    @EventHandler
    void on(PersonArchived event, @SequenceNumber long sequence) {
        jdbc.update("UPDATE person_identity SET organisation_key = NULL, last_sequence = ? WHERE person_id = ?",
                sequence, event.personId());
    }

    /** A registration withdrawn with its import frees the key as an archive does: the same row may come again. */
    @EventHandler
    void on(PersonRegistrationWithdrawn event, @SequenceNumber long sequence) {
        jdbc.update("UPDATE person_identity SET organisation_key = NULL, last_sequence = ? WHERE person_id = ?",
                sequence, event.personId());
    }

    /** Makes a change of the key; a collision is the domain's refusal, pointing at the person already there. */
    private void keyed(String field, Key wanted, Runnable change) {
        try {
            nested.executeWithoutResult(status -> change.run());
        } catch (DuplicateKeyException collision) {
            String holder = jdbc.queryForList("SELECT person_id FROM person_identity "
                            + "WHERE township = ? AND organisation_key = ? AND name_key = ?", String.class,
                    wanted.township(), wanted.organisation(), wanted.name()).stream().findFirst()
                    .orElseThrow(() -> collision);
            throw CommandRefused.conflictWith(field,
                    "a person with this name and organisation is registered in this township already", "personId",
                    holder);
        }
    }

    /**
     * Who holds the key of this township, organisation and name now, if anyone: what a bulk import's dry run reports
     * a row as found already by. Read from the table the registrations themselves are decided by.
     */
    public Optional<String> holder(String township, String organisation, String name) {
        String organisationKey = IdentityKey.of(organisation);
        if (organisationKey == null) {
            return Optional.empty();
        }
        return jdbc.queryForList("SELECT person_id FROM person_identity "
                        + "WHERE township = ? AND organisation_key = ? AND name_key = ?", String.class,
                township, organisationKey, IdentityKey.of(name)).stream().findFirst();
    }

    private Key current(String personId) {
        return jdbc.queryForObject(
                "SELECT township, organisation_key, name_key FROM person_identity WHERE person_id = ?",
                (row, n) -> new Key(row.getString(1), row.getString(2), row.getString(3)), personId);
    }

    /** Fills in every person whom the table misses or holds at an older event than the event store. */
    @Override
    public void afterSingletonsInstantiated() {
        Map<String, Long> held = new HashMap<>();
        jdbc.query("SELECT person_id, last_sequence FROM person_identity", row -> {
            long last = row.getLong(2);
            held.put(row.getString(1), row.wasNull() ? -1 : last);
        });
        Map<String, Long> stored = new HashMap<>();
        jdbc.query("SELECT aggregateIdentifier, MAX(sequenceNumber) FROM DomainEventEntry WHERE payloadType IN "
                + "(?, ?, ?, ?, ?, ?) GROUP BY aggregateIdentifier", row -> {
            stored.put(row.getString(1), row.getLong(2));
        }, KEYED.stream().map(Class::getName).toArray());
        List<String> behind = stored.entrySet().stream()
                .filter(person -> held.getOrDefault(person.getKey(), -1L) < person.getValue())
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
        if (behind.isEmpty()) {
            return;
        }
        log.info("person_identity misses or lags behind {} of {} people in the event store; filling it in",
                behind.size(), stored.size());
        behind.forEach(personId -> transaction.executeWithoutResult(status -> refill(personId)));
    }

    /** The person's row as their events leave it, written anew. */
    private void refill(String personId) {
        Row replayed = null;
        for (DomainEventMessage<?> event : eventStore.readEvents(personId).asStream().toList()) {
            replayed = Row.after(replayed, event.getPayload(), event.getSequenceNumber());
        }
        if (replayed == null) {
            return;
        }
        Row row = replayed;
        jdbc.update("DELETE FROM person_identity WHERE person_id = ?", personId);
        try {
            nested.executeWithoutResult(status -> insert(personId, row));
        } catch (DuplicateKeyException collision) {
            // Registered twice before the rule held: both stay in the registry, but only one can hold the key.
            log.warn("Person {} has the same name, organisation and township as someone registered earlier; "
                    + "kept without a key (merge or archive one of them)", personId);
            insert(personId, row.withoutKey());
        }
    }

    private void insert(String personId, Row row) {
        jdbc.update("INSERT INTO person_identity (person_id, township, organisation_key, name_key, last_sequence) "
                + "VALUES (?, ?, ?, ?, ?)", personId, row.key().township(), row.key().organisation(),
                row.key().name(), row.lastSequence());
    }

    /** What the unique key compares: township, organisation and name, each as {@link IdentityKey} folds it. */
    private record Key(String township, String organisation, String name) {

        Key withOrganisation(String organisation) {
            return new Key(township, organisation, name);
        }

        Key withTownship(String township) {
            return new Key(township, organisation, name);
        }
    }

    /** A person's row while their events are replayed. */
    private record Row(Key key, long lastSequence) {

        static Row after(Row row, Object event, long sequence) {
            if (event instanceof PersonRegistered registered) {
                return new Row(new Key(registered.township(), IdentityKey.of(registered.organisation()),
                        IdentityKey.of(registered.name())), sequence);
            }
            if (row == null) {
                return null;
            }
            if (event instanceof PersonProfileUpdated updated) {
                return new Row(row.key().withOrganisation(IdentityKey.of(updated.organisation())), sequence);
            }
            if (event instanceof PersonMovedToTownship moved) {
                return new Row(row.key().withTownship(moved.toTownship()), sequence);
            }
            if (event instanceof PersonArchived || event instanceof PersonRegistrationWithdrawn) {
                return new Row(row.withoutKey().key(), sequence);
            }
            if (event instanceof PersonForgotten forgotten) {
                return new Row(new Key(row.key().township(), null, forgotten.personId()), sequence);
            }
            return row;
        }

        Row withoutKey() {
            return new Row(key.withOrganisation(null), lastSequence);
        }
    }
}
