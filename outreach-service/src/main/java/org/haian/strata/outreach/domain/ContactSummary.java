package org.haian.strata.outreach.domain;

import java.time.LocalDate;
import java.util.Map;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.haian.strata.contract.outreach.ContactSummaryFiled;
import org.haian.strata.outreach.api.connection.CorrectContactSummary;
import org.haian.strata.outreach.api.connection.FileContactSummary;
import org.haian.strata.platform.domain.CommandRefused;
import org.haian.strata.platform.domain.Require;
import org.haian.strata.platform.domain.TownshipRecord;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.haian.strata.platform.domain.CommandRefused.Kind.INVALID;

/**
 * A township's half-year contact summary (每半年联系小结): filed once the half-year is over, with its figures frozen
 * as they were counted on filing; a correction is a new filing that keeps every earlier one in the history. Its id
 * is the township and period ({@link FileContactSummary#idOf}), so the first filing of a period is filed once.
 */
@Aggregate
public class ContactSummary extends TownshipRecord {

    static final int NARRATIVE = 8000;

    @AggregateIdentifier
    private String summaryId;
    private String township;
    private int year;
    private int half;
    private int filings;

    protected ContactSummary() {
        // For Axon, which rebuilds the summary from its filings.
    }

    @CommandHandler
    public ContactSummary(FileContactSummary command) {
        String where = Require.text("township", command.township(), 64);
        if (command.half() != 1 && command.half() != 2) {
            throw new CommandRefused(INVALID, "half", "must be 1 or 2");
        }
        if (!command.summaryId().equals(FileContactSummary.idOf(where, command.year(), command.half()))) {
            throw new CommandRefused(INVALID, "summaryId", "must be "
                    + FileContactSummary.idOf(where, command.year(), command.half()));
        }
        apply(filing(command.summaryId(), where, command.year(), command.half(), 1, command.today(),
                command.figures(), command.narrative()));
    }

    @CommandHandler
    public void handle(CorrectContactSummary command) {
        apply(filing(summaryId, township, year, half, filings + 1, command.today(), command.figures(),
                command.narrative()));
    }

    private static ContactSummaryFiled filing(String summaryId, String township, int year, int half, int number,
                                              LocalDate today, Map<String, Long> figures, String narrative) {
        LocalDate periodEnd = FileContactSummary.periodEnd(year, half);
        if (!Require.present("today", today).isAfter(periodEnd)) {
            throw new CommandRefused(INVALID, "half", "is not over yet: it ends on " + periodEnd);
        }
        return new ContactSummaryFiled(summaryId, township, year, half, number, periodEnd,
                Map.copyOf(Require.present("figures", figures)), Require.text("narrative", narrative, NARRATIVE));
    }

    @Override
    protected String township() {
        return township;
    }

    @Override
    protected String idField() {
        return "summaryId";
    }

    @EventSourcingHandler
    void on(ContactSummaryFiled event) {
        this.summaryId = event.summaryId();
        this.township = event.township();
        this.year = event.year();
        this.half = event.half();
        this.filings = event.filing();
    }
}
