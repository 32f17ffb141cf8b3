package org.haian.strata.liaison.imports;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.haian.strata.contract.EventMetadata;
import org.haian.strata.liaison.api.imports.ImportState;
import org.haian.strata.liaison.api.imports.ImportStatus;
import org.haian.strata.liaison.api.imports.RowProblem;
import org.haian.strata.liaison.api.organisations.WithdrawOrganisationRegistration;
import org.haian.strata.liaison.api.people.WithdrawPersonRegistration;
import org.haian.strata.platform.domain.CommandRefused;
import org.haian.strata.platform.security.Actor;
import org.haian.strata.platform.security.Tenancy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import static org.haian.strata.platform.domain.CommandRefused.Kind.CONFLICT;

/**
 * Bulk import (批量导入) of people and organisations, and its undo. A file is read and every row checked in the
 * caller's request ({@link ImportChecks}); a dry run answers with that and keeps nothing. A real run becomes a batch
 * of its own id that registers its rows in the background, a bounded number of commands in flight at a time, each
 * carrying the batch in its metadata into its event, and reports its progress as it goes. Undoing a batch sends one
 * withdrawal per registration it made: compensating events, which every read model and figure reverses; nothing is
 * deleted from history.
 */
@Service
public class Imports {

    private static final Logger log = LoggerFactory.getLogger(Imports.class);
    /** Records written ahead of their commands, and the status saved, once per this many rows. */
    private static final int CHUNK = 200;

    private final SpreadsheetReader reader;
    private final ImportChecks checks;
    private final ImportBatchStore store;
    private final CommandGateway commands;
    private final Clock clock;
    private final ExecutorService runners = Executors.newCachedThreadPool(daemon("import-run"));
    private final ExecutorService senders;
    private final Map<String, Batch> running = new ConcurrentHashMap<>();

    public Imports(ImportChecks checks, ImportBatchStore store, CommandGateway commands, Clock clock,
                   @Value("${haian.imports.max-rows:10000}") int maxRows,
                   @Value("${haian.imports.commands-in-flight:4}") int inFlight) {
        this.reader = new SpreadsheetReader(maxRows);
        this.checks = checks;
        this.store = store;
        this.commands = commands;
        this.clock = clock;
        this.senders = Executors.newFixedThreadPool(inFlight, daemon("import-send"));
    }

    @PreDestroy
    void stop() {
        runners.shutdownNow();
        senders.shutdownNow();
    }

    /**
     * Reads and checks the file, and for a real run starts registering its rows.
     *
     * @param metaData the request's command metadata (who acts, in which request, in which township's scope)
     */
    public ImportStatus start(ImportKind kind, boolean dryRun, String encoding, byte[] file, MetaData metaData) {
        Sheet sheet = reader.read(file, encoding);
        ImportChecks.Checked checked = checks.check(kind, sheet);
        Actor actor = Actor.current();
        String township = Tenancy.writableTownship(null);
        Batch batch = new Batch(dryRun ? null : UUID.randomUUID().toString(), kind, township, actor.userId(),
                sheet, checked, Instant.now(clock));
        if (dryRun) {
            batch.state = ImportState.CHECKED;
            batch.finishedAt = batch.startedAt;
            batch.done.set(batch.rows);
            return batch.status(clock);
        }
        if (checked.planned().isEmpty()) {
            batch.state = ImportState.DONE;
            batch.finishedAt = batch.startedAt;
            store.save(batch.status(clock));
            return batch.status(clock);
        }
        store.save(batch.status(clock));
        running.put(batch.id, batch);
        MetaData withBatch = metaData.and(EventMetadata.IMPORT_BATCH, batch.id);
        runners.submit(() -> run(batch, checked.planned(), withBatch));
        return batch.status(clock);
    }

    /** The batch, if the caller may see it: the city every batch, a township officer their township's. */
    public Optional<ImportStatus> find(String batchId) {
        Batch live = running.get(batchId);
        Optional<ImportStatus> status = live != null ? Optional.of(live.status(clock)) : store.find(batchId);
        return status.filter(Imports::visible);
    }

    /** Starts withdrawing every registration the batch made; a batch still running, or undone, is a conflict. */
    public ImportStatus undo(String batchId, MetaData metaData) {
        ImportStatus saved = find(batchId).orElseThrow(() -> CommandRefused.notFound("batchId"));
        if (running.containsKey(batchId) || saved.state() == ImportState.RUNNING
                || saved.state() == ImportState.UNDOING) {
            throw new CommandRefused(CONFLICT, "batchId", "is still running: undo it once it is done");
        }
        if (saved.state() == ImportState.UNDONE) {
            throw new CommandRefused(CONFLICT, "batchId", "was undone already");
        }
        Batch batch = new Batch(saved);
        List<ImportChecks.Planned> records = store.records(batchId);
        batch.undo = new UndoProgress(records.size(), Instant.now(clock));
        batch.state = ImportState.UNDOING;
        store.save(batch.status(clock));
        running.put(batchId, batch);
        MetaData withBatch = metaData.and(EventMetadata.IMPORT_BATCH, batchId);
        runners.submit(() -> withdraw(batch, records, withBatch));
        return batch.status(clock);
    }

    private static boolean visible(ImportStatus status) {
        return Actor.current().seesRecordsOf(status.township());
    }

    private void run(Batch batch, List<ImportChecks.Planned> planned, MetaData metaData) {
        try {
            for (int from = 0; from < planned.size(); from += CHUNK) {
                List<ImportChecks.Planned> chunk = planned.subList(from, Math.min(planned.size(), from + CHUNK));
                store.intend(batch.id, chunk);
                await(chunk.stream().map(row -> senders.submit(() -> register(batch, row, metaData))).toList());
                store.save(batch.status(clock));
            }
            batch.state = ImportState.DONE;
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            batch.state = ImportState.INTERRUPTED;
        } catch (RuntimeException failed) {
            log.error("Import {} stopped after {} rows", batch.id, batch.done.get(), failed);
            batch.state = ImportState.INTERRUPTED;
        } finally {
            finish(batch);
        }
    }

    private void register(Batch batch, ImportChecks.Planned row, MetaData metaData) {
        try {
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(row.command()).andMetaData(metaData));
            batch.registered.incrementAndGet();
        } catch (CommandRefused refused) {
            if (refused.existing() != null) {
                // Registered by someone else since the rows were checked: found already, as a check would have.
                batch.already.incrementAndGet();
                batch.listAlready(new RowProblem(row.row(), null, null, refused.field(), refused.reason(),
                        refused.existing().id()));
            } else {
                batch.refuse(RowProblem.of(row.row(), null, null, refused.field(), refused.reason()));
            }
        } catch (RuntimeException failed) {
            log.warn("Import {}: row {} could not be registered", batch.id, row.row(), failed);
            batch.refuse(RowProblem.of(row.row(), null, null, null, "could not be registered: the service failed "
                    + "on it (it has been logged); import the row again"));
        } finally {
            batch.done.incrementAndGet();
        }
    }

    private void withdraw(Batch batch, List<ImportChecks.Planned> records, MetaData metaData) {
        UndoProgress undo = batch.undo;
        try {
            for (int from = 0; from < records.size(); from += CHUNK) {
                List<ImportChecks.Planned> chunk = records.subList(from, Math.min(records.size(), from + CHUNK));
                await(chunk.stream().map(record -> senders.submit(() -> withdraw(batch, record, metaData)))
                        .toList());
                store.save(batch.status(clock));
            }
            batch.state = ImportState.UNDONE;
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            batch.state = ImportState.INTERRUPTED;
        } catch (RuntimeException failed) {
            log.error("Undoing import {} stopped after {} records", batch.id, undo.done.get(), failed);
            batch.state = ImportState.INTERRUPTED;
        } finally {
            undo.finishedAt = Instant.now(clock);
            running.remove(batch.id);
            store.save(batch.status(clock));
        }
    }

    private void withdraw(Batch batch, ImportChecks.Planned record, MetaData metaData) {
        UndoProgress undo = batch.undo;
        Object command = batch.kind == ImportKind.PEOPLE ? new WithdrawPersonRegistration(record.id(), batch.id)
                : new WithdrawOrganisationRegistration(record.id(), batch.id);
        try {
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
            undo.withdrawn.incrementAndGet();
        } catch (AggregateNotFoundException neverRegistered) {
            // Its row was refused, or the service stopped before it was sent: there is nothing to take back.
        } catch (CommandRefused refused) {
            undo.keep(new ImportStatus.Kept(record.row(), record.id(), refused.field() + ": " + refused.reason()));
        } finally {
            undo.done.incrementAndGet();
        }
    }

    private void finish(Batch batch) {
        batch.finishedAt = Instant.now(clock);
        running.remove(batch.id);
        store.save(batch.status(clock));
        log.info("Import {} of {} {}: {} rows in {} ms, {} registered, {} found already, {} refused", batch.id,
                batch.kind.code(), batch.state, batch.rows, Duration.between(batch.startedAt, batch.finishedAt)
                        .toMillis(), batch.registered.get(), batch.already.get(), batch.errors.get());
    }

    private static void await(List<? extends Future<?>> sent) throws InterruptedException {
        for (Future<?> command : sent) {
            try {
                command.get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("A command of an import failed outside its row", e.getCause());
            }
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger threads = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, name + "-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** A batch while it runs or is undone: counted by several threads, read by any request. */
    private static final class Batch {

        final String id;
        final ImportKind kind;
        final String township;
        final String requestedBy;
        final String format;
        final String encoding;
        final int rows;
        final Instant startedAt;
        /** Rows taken by the checks alone (refused, or found already): no command was sent for them. */
        final int checkedOnly;
        final AtomicInteger done;
        final AtomicInteger registered;
        final AtomicInteger already;
        final AtomicInteger errors;
        final List<RowProblem> errorList;
        final List<RowProblem> alreadyList;
        volatile ImportState state = ImportState.RUNNING;
        volatile Instant finishedAt;
        volatile UndoProgress undo;

        Batch(String id, ImportKind kind, String township, String requestedBy, Sheet sheet,
              ImportChecks.Checked checked, Instant startedAt) {
            this.id = id;
            this.kind = kind;
            this.township = township;
            this.requestedBy = requestedBy;
            this.format = sheet.format();
            this.encoding = sheet.encoding();
            this.rows = sheet.rows().size();
            this.startedAt = startedAt;
            int taken = checked.errors().stream().map(RowProblem::row).distinct().mapToInt(row -> 1).sum()
                    + checked.alreadyRegistered().size();
            this.checkedOnly = taken;
            this.done = new AtomicInteger(taken);
            this.registered = new AtomicInteger();
            this.already = new AtomicInteger(checked.alreadyRegistered().size());
            this.errors = new AtomicInteger(taken - checked.alreadyRegistered().size());
            this.errorList = Collections.synchronizedList(new ArrayList<>(listed(checked.errors())));
            this.alreadyList = Collections.synchronizedList(new ArrayList<>(listed(checked.alreadyRegistered())));
        }

        /** A batch as saved, to be undone. */
        Batch(ImportStatus saved) {
            this.id = saved.batchId();
            this.kind = ImportKind.of(saved.kind()).orElseThrow();
            this.township = saved.township();
            this.requestedBy = saved.requestedBy();
            this.format = saved.format();
            this.encoding = saved.encoding();
            this.rows = saved.progress().rows();
            this.startedAt = saved.startedAt();
            this.checkedOnly = saved.progress().rowsDone();
            this.done = new AtomicInteger(saved.progress().rowsDone());
            this.registered = new AtomicInteger(saved.progress().registered());
            this.already = new AtomicInteger(saved.progress().alreadyRegistered());
            this.errors = new AtomicInteger(saved.progress().errors());
            this.errorList = Collections.synchronizedList(new ArrayList<>(saved.errors()));
            this.alreadyList = Collections.synchronizedList(new ArrayList<>(saved.alreadyRegistered()));
            this.state = saved.state();
            this.finishedAt = saved.finishedAt();
        }

        private static List<RowProblem> listed(List<RowProblem> problems) {
            return problems.subList(0, Math.min(problems.size(), ImportStatus.LISTED));
        }

        void refuse(RowProblem problem) {
            errors.incrementAndGet();
            if (errorList.size() < ImportStatus.LISTED) {
                errorList.add(problem);
            }
        }

        void listAlready(RowProblem problem) {
            if (alreadyList.size() < ImportStatus.LISTED) {
                alreadyList.add(problem);
            }
        }

        ImportStatus status(Clock clock) {
            int taken = done.get();
            Instant until = finishedAt != null ? finishedAt : Instant.now(clock);
            double seconds = Math.max(Duration.between(startedAt, until).toMillis(), 1) / 1000.0;
            // The rate of the rows registered in the background; those the checks took cost no time worth telling.
            double sent = Math.max(taken - checkedOnly, 0) / seconds;
            double rate = Math.round(sent * 10) / 10.0;
            Long left = state != ImportState.RUNNING ? Long.valueOf(0)
                    : sent == 0 ? null : (long) Math.ceil((rows - taken) / sent);
            ImportStatus.Progress progress = new ImportStatus.Progress(rows, taken, registered.get(), already.get(),
                    errors.get(), rate, left, rows == 0 ? 100 : (int) (100L * taken / rows));
            List<RowProblem> sortedErrors;
            List<RowProblem> sortedAlready;
            synchronized (errorList) {
                sortedErrors = new ArrayList<>(errorList);
            }
            synchronized (alreadyList) {
                sortedAlready = new ArrayList<>(alreadyList);
            }
            sortedErrors.sort(Comparator.comparingInt(RowProblem::row));
            sortedAlready.sort(Comparator.comparingInt(RowProblem::row));
            UndoProgress undoing = undo;
            return new ImportStatus(id, kind.code(), township, requestedBy, id == null, state, format, encoding,
                    progress, sortedErrors, sortedAlready, undoing == null ? null : undoing.status(), startedAt,
                    finishedAt);
        }
    }

    private static final class UndoProgress {

        final int records;
        final Instant startedAt;
        final AtomicInteger done = new AtomicInteger();
        final AtomicInteger withdrawn = new AtomicInteger();
        final List<ImportStatus.Kept> kept = Collections.synchronizedList(new ArrayList<>());
        volatile Instant finishedAt;

        UndoProgress(int records, Instant startedAt) {
            this.records = records;
            this.startedAt = startedAt;
        }

        void keep(ImportStatus.Kept record) {
            if (kept.size() < ImportStatus.LISTED) {
                kept.add(record);
            }
        }

        ImportStatus.Undo status() {
            List<ImportStatus.Kept> keptNow;
            synchronized (kept) {
                keptNow = new ArrayList<>(kept);
            }
            keptNow.sort(Comparator.comparingInt(ImportStatus.Kept::row));
            return new ImportStatus.Undo(records, done.get(), withdrawn.get(), keptNow, startedAt, finishedAt);
        }
    }
}
