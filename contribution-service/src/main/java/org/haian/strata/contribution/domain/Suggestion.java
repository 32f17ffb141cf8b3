package org.haian.strata.contribution.domain;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.contribution.SuggestionAccepted;
import org.haian.strata.contract.contribution.SuggestionAdopted;
import org.haian.strata.contract.contribution.SuggestionImplemented;
import org.haian.strata.contract.contribution.SuggestionRejected;
import org.haian.strata.contract.contribution.SuggestionSubmitted;
import org.haian.strata.contract.contribution.SuggestionWrittenIntoPlan;
import org.haian.strata.contribution.api.suggestions.AcceptSuggestion;
import org.haian.strata.contribution.api.suggestions.AdoptSuggestion;
import org.haian.strata.contribution.api.suggestions.RecordImplementation;
import org.haian.strata.contribution.api.suggestions.RejectSuggestion;
import org.haian.strata.contribution.api.suggestions.SubmitSuggestion;
import org.haian.strata.contribution.api.suggestions.SuggestionStatus;
import org.haian.strata.contribution.api.suggestions.WriteIntoPlan;
import org.haian.strata.platform.domain.CommandRefused;
import org.haian.strata.platform.domain.Require;
import org.haian.strata.platform.domain.TownshipRecord;
import org.haian.strata.platform.domain.TownshipScope;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.haian.strata.contribution.api.suggestions.SuggestionStatus.ACCEPTED;
import static org.haian.strata.contribution.api.suggestions.SuggestionStatus.ADOPTED;
import static org.haian.strata.contribution.api.suggestions.SuggestionStatus.IMPLEMENTED;
import static org.haian.strata.contribution.api.suggestions.SuggestionStatus.IN_PLAN;
import static org.haian.strata.contribution.api.suggestions.SuggestionStatus.REJECTED;
import static org.haian.strata.contribution.api.suggestions.SuggestionStatus.SUBMITTED;
import static org.haian.strata.platform.domain.CommandRefused.Kind.CONFLICT;

/**
 * A suggestion (建言献策) on its way: submitted, then accepted or rejected, then adopted by a body, implemented and
 * written into a plan. Each step needs the one before it and happens once, so the funnel counted from these events
 * can never have more suggestions at a later step than at an earlier one.
 */
@Aggregate
public class Suggestion extends TownshipRecord {

    @AggregateIdentifier
    private String suggestionId;
    private String township;
    private Category category;
    private boolean fromAgreement;
    private SuggestionStatus status;

    protected Suggestion() {
        // For Axon, which rebuilds the suggestion from its events.
    }

    @CommandHandler
    public Suggestion(SubmitSuggestion command, MetaData metaData) {
        String township = Require.name("township", command.township(), 50);
        TownshipScope.require(metaData, township, "township");
        apply(new SuggestionSubmitted(command.suggestionId(), township, Require.present("category", command.category()),
                Checks.people("authorIds", command.authorIds()), Require.name("topic", command.topic(), 200),
                Require.name("text", command.text(), 5000), Require.present("level", command.level()),
                Require.optionalName("agreementId", command.agreementId(), 100),
                Require.optionalName("meetingId", command.meetingId(), 100)));
    }

    @CommandHandler
    public void handle(AcceptSuggestion command) {
        requireStatus(SUBMITTED);
        apply(new SuggestionAccepted(suggestionId, township, category, fromAgreement));
    }

    @CommandHandler
    public void handle(RejectSuggestion command) {
        requireStatus(SUBMITTED);
        apply(new SuggestionRejected(suggestionId, township, category, fromAgreement,
                Require.name("reason", command.reason(), 1000)));
    }

    @CommandHandler
    public void handle(AdoptSuggestion command) {
        requireStatus(ACCEPTED);
        apply(new SuggestionAdopted(suggestionId, township, category, fromAgreement,
                Require.name("body", command.body(), 200)));
    }

    @CommandHandler
    public void handle(RecordImplementation command) {
        requireStatus(ADOPTED);
        apply(new SuggestionImplemented(suggestionId, township, category, fromAgreement,
                Require.name("note", command.note(), 2000), Require.present("implementedOn", command.implementedOn()),
                Require.name("documentReference", command.documentReference(), 200)));
    }

    @CommandHandler
    public void handle(WriteIntoPlan command) {
        requireStatus(IMPLEMENTED);
        apply(new SuggestionWrittenIntoPlan(suggestionId, township, category, fromAgreement,
                Require.name("plan", command.plan(), 200)));
    }

    /** A step out of order is refused naming where the suggestion stands, so the caller sees what comes next. */
    private void requireStatus(SuggestionStatus expected) {
        if (status != expected) {
            throw new CommandRefused(CONFLICT, "status", "is " + status + "; this step needs " + expected);
        }
    }

    @Override
    protected String township() {
        return township;
    }

    @Override
    protected String idField() {
        return "suggestionId";
    }

    @EventSourcingHandler
    void on(SuggestionSubmitted event) {
        this.suggestionId = event.suggestionId();
        this.township = event.township();
        this.category = event.category();
        this.fromAgreement = event.agreementId() != null;
        this.status = SUBMITTED;
    }

    @EventSourcingHandler
    void on(SuggestionAccepted event) {
        this.status = ACCEPTED;
    }

    @EventSourcingHandler
    void on(SuggestionRejected event) {
        this.status = REJECTED;
    }

    @EventSourcingHandler
    void on(SuggestionAdopted event) {
        this.status = ADOPTED;
    }

    @EventSourcingHandler
    void on(SuggestionImplemented event) {
        this.status = IMPLEMENTED;
    }

    @EventSourcingHandler
    void on(SuggestionWrittenIntoPlan event) {
        this.status = IN_PLAN;
    }
}
