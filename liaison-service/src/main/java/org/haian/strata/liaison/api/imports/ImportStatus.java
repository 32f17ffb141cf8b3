package org.haian.strata.liaison.api.imports;

import java.time.Instant;
import java.util.List;

/**
 * A bulk import (批量导入) of people or organisations: what the file held, how far the import is, and everything it
 * could not register, row by row. The dashboard's progress bar reads {@code progress}.
 *
 * @param batchId           the import's id; {@code null} for a dry run, which keeps nothing
 * @param kind              {@code people} or {@code organisations}
 * @param township          the township the import was confined to (a township officer's); {@code null} for the city
 * @param requestedBy       who sent the file
 * @param dryRun            whether it only checked the file
 * @param state             where it stands
 * @param format            {@code CSV} or {@code XLSX}
 * @param encoding          the encoding a CSV file was read in; {@code null} for a workbook
 * @param progress          rows taken, rate and time left
 * @param errors            every row not registered for a reason of its own, in file order (at most
 *                          {@value #LISTED} listed; {@code progress.errors} counts them all)
 * @param alreadyRegistered every row whose person or organisation is registered already (at most {@value #LISTED})
 * @param undo              how far undoing it went; {@code null} until it is undone
 * @param startedAt         when the file was taken
 * @param finishedAt        when the last row was taken; {@code null} until then
 */
public record ImportStatus(String batchId, String kind, String township, String requestedBy, boolean dryRun,
                           ImportState state, String format, String encoding, Progress progress,
                           List<RowProblem> errors, List<RowProblem> alreadyRegistered, Undo undo,
                           Instant startedAt, Instant finishedAt) {

    public static final int LISTED = 1000;

    /**
     * @param rows              rows under the header that hold anything
     * @param rowsDone          rows taken so far, whatever became of them
     * @param registered        rows registered
     * @param alreadyRegistered rows found registered already, and not registered again
     * @param errors            rows refused
     * @param rowsPerSecond     rows taken a second since the import began
     * @param secondsLeft       how long the rest will take at that rate; {@code null} before it can be told
     * @param percent           {@code rowsDone} of {@code rows}, 0 to 100
     */
    public record Progress(int rows, int rowsDone, int registered, int alreadyRegistered, int errors,
                           double rowsPerSecond, Long secondsLeft, int percent) {
    }

    /**
     * @param records   the registrations the import made
     * @param done      those taken so far
     * @param withdrawn those withdrawn, each by its compensating event
     * @param kept      those kept, with why (someone has built on them since: archive by hand if need be)
     */
    public record Undo(int records, int done, int withdrawn, List<Kept> kept, Instant startedAt,
                       Instant finishedAt) {
    }

    /** A registration an undo did not withdraw. */
    public record Kept(int row, String id, String reason) {
    }
}
