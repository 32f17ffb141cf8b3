package org.haian.strata.liaison.imports;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.haian.strata.liaison.api.imports.ImportState;
import org.haian.strata.liaison.api.imports.ImportStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Where each import is kept, in the event store's own database: its last reported status, and every record it set
 * out to register, written <em>before</em> the commands are sent, so that an undo finds every registration even after
 * a crash in the middle (a record whose registration never happened is simply not found then). A batch that was
 * running when the service stopped is interrupted: nothing resumes it, and it can be undone.
 */
@Component
class ImportBatchStore {

    // Plain SQL that H2 and PostgreSQL both take, as person_identity's.
    private static final String BATCHES = """
            CREATE TABLE IF NOT EXISTS import_batch (
                batch_id VARCHAR(64) NOT NULL PRIMARY KEY,
                township VARCHAR(64),
                state VARCHAR(32) NOT NULL,
                status VARCHAR(1000000) NOT NULL)""";
    private static final String RECORDS = """
            CREATE TABLE IF NOT EXISTS import_record (
                batch_id VARCHAR(64) NOT NULL,
                record_id VARCHAR(64) NOT NULL,
                row_no INTEGER NOT NULL,
                PRIMARY KEY (batch_id, record_id))""";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    ImportBatchStore(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
        jdbc.execute(BATCHES);
        jdbc.execute(RECORDS);
        jdbc.update("UPDATE import_batch SET state = ? WHERE state IN (?, ?)", ImportState.INTERRUPTED.name(),
                ImportState.RUNNING.name(), ImportState.UNDOING.name());
    }

    void save(ImportStatus status) {
        String text = write(status);
        int updated = jdbc.update("UPDATE import_batch SET state = ?, status = ? WHERE batch_id = ?",
                status.state().name(), text, status.batchId());
        if (updated == 0) {
            jdbc.update("INSERT INTO import_batch (batch_id, township, state, status) VALUES (?, ?, ?, ?)",
                    status.batchId(), status.township(), status.state().name(), text);
        }
    }

    /** The batch as last saved; its state is the table's, which start-up sets to interrupted where it ran. */
    Optional<ImportStatus> find(String batchId) {
        return jdbc.query("SELECT state, status FROM import_batch WHERE batch_id = ?", (row, n) -> {
            ImportStatus saved = read(row.getString(2));
            ImportState state = ImportState.valueOf(row.getString(1));
            return new ImportStatus(saved.batchId(), saved.kind(), saved.township(), saved.requestedBy(),
                    saved.dryRun(), state, saved.format(), saved.encoding(), saved.progress(), saved.errors(),
                    saved.alreadyRegistered(), saved.undo(), saved.startedAt(), saved.finishedAt());
        }, batchId).stream().findFirst();
    }

    void intend(String batchId, List<ImportChecks.Planned> planned) {
        jdbc.batchUpdate("INSERT INTO import_record (batch_id, record_id, row_no) VALUES (?, ?, ?)",
                planned.stream().map(p -> new Object[] {batchId, p.id(), p.row()}).toList());
    }

    /** Every record the batch set out to register, in file order. */
    List<ImportChecks.Planned> records(String batchId) {
        return jdbc.query("SELECT record_id, row_no FROM import_record WHERE batch_id = ? ORDER BY row_no",
                (row, n) -> new ImportChecks.Planned(row.getInt(2), row.getString(1), null), batchId);
    }

    private String write(ImportStatus status) {
        try {
            return json.writeValueAsString(status);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An import's status cannot be written", e);
        }
    }

    private ImportStatus read(String text) {
        try {
            return json.readValue(text, ImportStatus.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An import's stored status cannot be read", e);
        }
    }
}
