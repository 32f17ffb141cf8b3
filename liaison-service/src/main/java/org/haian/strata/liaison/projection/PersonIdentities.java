package org.haian.strata.liaison.projection;

import java.util.Optional;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.haian.strata.contract.liaison.PersonArchived;
import org.haian.strata.contract.liaison.PersonMovedToTownship;
import org.haian.strata.contract.liaison.PersonProfileUpdated;
import org.haian.strata.contract.liaison.PersonRegistered;
import org.haian.strata.liaison.api.FindPersonByIdentity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who is registered under which name, organisation and township: the set-based check behind "a person is registered
 * once". A table in the event store's own database with a unique key, kept by a <em>subscribing</em> processor
 * ({@code application.yml}), so each change is written in the same transaction as the event that causes it: a
 * registration that would duplicate someone fails on the key and stores nothing, even when it raced past the
 * web layer's {@link FindPersonByIdentity} lookup. Archiving frees the key. A person without an organisation holds
 * no key (the column is null, and nulls never collide): a name alone does not tell namesakes apart.
 *
 * <p>Being subscribing, it sees only events stored while it runs; it cannot be replayed like a tracking processor.
 */
@Component
@ProcessingGroup("person-identity")
public class PersonIdentities {

    // Plain SQL that H2 and PostgreSQL both take; unquoted names, so each database folds them its own way.
    private static final String TABLE = """
            CREATE TABLE IF NOT EXISTS person_identity (
                person_id VARCHAR(64) NOT NULL PRIMARY KEY,
                township VARCHAR(64) NOT NULL,
                organisation_key VARCHAR(400),
                name_key VARCHAR(400) NOT NULL,
                CONSTRAINT person_identity_unique UNIQUE (township, organisation_key, name_key))""";

    private final JdbcTemplate jdbc;

    public PersonIdentities(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        jdbc.execute(TABLE);
    }

    @EventHandler
    void on(PersonRegistered event) {
        jdbc.update("INSERT INTO person_identity (person_id, township, organisation_key, name_key) VALUES (?, ?, ?, ?)",
                event.personId(), event.township(), IdentityKey.of(event.organisation()), IdentityKey.of(event.name()));
    }

    @EventHandler
    void on(PersonProfileUpdated event) {
        jdbc.update("UPDATE person_identity SET organisation_key = ? WHERE person_id = ?",
                IdentityKey.of(event.organisation()), event.personId());
    }

    @EventHandler
    void on(PersonMovedToTownship event) {
        jdbc.update("UPDATE person_identity SET township = ? WHERE person_id = ?", event.toTownship(), event.personId());
    }

    @EventHandler
    void on(PersonArchived event) {
        jdbc.update("DELETE FROM person_identity WHERE person_id = ?", event.personId());
    }

    @QueryHandler
    Optional<String> handle(FindPersonByIdentity query) {
        String organisation = IdentityKey.of(query.organisation());
        String name = IdentityKey.of(query.name());
        if (organisation == null || name == null) {
            return Optional.empty();
        }
        return jdbc.queryForList("SELECT person_id FROM person_identity "
                        + "WHERE township = ? AND organisation_key = ? AND name_key = ?", String.class,
                query.township(), organisation, name).stream().findFirst();
    }
}
