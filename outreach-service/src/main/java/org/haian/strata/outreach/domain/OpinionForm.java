package org.haian.strata.outreach.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.outreach.OpinionFormDrafted;
import org.haian.strata.contract.outreach.OpinionFormIssued;
import org.haian.strata.contract.outreach.OpinionFormReturned;
import org.haian.strata.outreach.api.connection.DraftOpinionForm;
import org.haian.strata.outreach.api.connection.IssueOpinionForm;
import org.haian.strata.outreach.api.connection.RecordFormReturn;
import org.haian.strata.outreach.api.references.References;
import org.haian.strata.platform.domain.CommandRefused;
import org.haian.strata.platform.domain.Require;
import org.haian.strata.platform.domain.TownshipRecord;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.haian.strata.platform.domain.CommandRefused.Kind.CONFLICT;
import static org.haian.strata.platform.domain.CommandRefused.Kind.INVALID;

/**
 * An opinion-solicitation form (征求意见表) of professional connection: its questions, issued to registered people
 * (each once), and each one's return recorded once, answering every question.
 */
@Aggregate
public class OpinionForm extends TownshipRecord {

    static final int TITLE = 200;
    static final int QUESTION = 500;
    static final int ANSWER = 2000;

    @AggregateIdentifier
    private String formId;
    private String township;
    private int questions;
    private LocalDate firstIssued;
    private final Set<String> issuedTo = new HashSet<>();
    private final Set<String> returned = new HashSet<>();

    protected OpinionForm() {
        // For Axon, which rebuilds the form from its events.
    }

    @CommandHandler
    public OpinionForm(DraftOpinionForm command) {
        List<String> given = Require.present("questions", command.questions());
        if (given.isEmpty()) {
            throw new CommandRefused(INVALID, "questions", "must hold at least one question");
        }
        List<String> questions = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            questions.add(Require.text("questions[" + i + "]", given.get(i), QUESTION));
        }
        apply(new OpinionFormDrafted(command.formId(), Require.text("township", command.township(), 64),
                Category.ENTERPRISE_STAFF, Require.text("title", command.title(), TITLE), questions));
    }

    @CommandHandler
    public void handle(IssueOpinionForm command) {
        List<String> ids = Checks.distinct("personIds", command.personIds());
        if (ids.isEmpty()) {
            throw new CommandRefused(INVALID, "personIds", "must name at least one person");
        }
        References.people("personIds", ids, command.people());
        for (int i = 0; i < ids.size(); i++) {
            if (issuedTo.contains(ids.get(i))) {
                throw new CommandRefused(CONFLICT, "personIds[" + i + "]", "has the form already");
            }
        }
        apply(new OpinionFormIssued(formId, township, Category.ENTERPRISE_STAFF,
                Require.present("issuedOn", command.issuedOn()), ids));
    }

    @CommandHandler
    public void handle(RecordFormReturn command) {
        String person = Require.present("personId", command.personId());
        if (!issuedTo.contains(person)) {
            throw new CommandRefused(CONFLICT, "personId", "was not issued the form");
        }
        if (returned.contains(person)) {
            throw new CommandRefused(CONFLICT, "personId", "returned the form already");
        }
        LocalDate day = Require.present("returnedOn", command.returnedOn());
        if (day.isBefore(firstIssued)) {
            throw new CommandRefused(INVALID, "returnedOn", "must not be before the form was issued, " + firstIssued);
        }
        List<String> given = Require.present("answers", command.answers());
        if (given.size() != questions) {
            throw new CommandRefused(INVALID, "answers", "must hold one answer for each of the " + questions
                    + " questions");
        }
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            answers.add(Require.text("answers[" + i + "]", given.get(i), ANSWER));
        }
        apply(new OpinionFormReturned(formId, township, Category.ENTERPRISE_STAFF, person, day, answers));
    }

    @Override
    protected String township() {
        return township;
    }

    @Override
    protected String idField() {
        return "formId";
    }

    @EventSourcingHandler
    void on(OpinionFormDrafted event) {
        this.formId = event.formId();
        this.township = event.township();
        this.questions = event.questions().size();
    }

    @EventSourcingHandler
    void on(OpinionFormIssued event) {
        issuedTo.addAll(event.personIds());
        if (firstIssued == null || event.issuedOn().isBefore(firstIssued)) {
            firstIssued = event.issuedOn();
        }
    }

    @EventSourcingHandler
    void on(OpinionFormReturned event) {
        returned.add(event.personId());
    }
}
