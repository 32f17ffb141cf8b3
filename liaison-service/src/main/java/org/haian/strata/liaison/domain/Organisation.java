package org.haian.strata.liaison.domain;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.EventMetadata;
import org.haian.strata.contract.liaison.OrganisationKind;
import org.haian.strata.contract.liaison.OrganisationRegistered;
import org.haian.strata.contract.liaison.OrganisationRegistrationWithdrawn;
import org.haian.strata.contract.liaison.OrganisationUpdated;
import org.haian.strata.liaison.api.organisations.RegisterOrganisation;
import org.haian.strata.liaison.api.organisations.UpdateOrganisation;
import org.haian.strata.liaison.api.organisations.WithdrawOrganisationRegistration;
import org.haian.strata.platform.domain.CommandRefused;
import org.haian.strata.platform.domain.Require;
import org.haian.strata.platform.domain.TownshipRecord;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.haian.strata.platform.domain.CommandRefused.Kind.CONFLICT;
import static org.haian.strata.platform.domain.CommandRefused.Kind.INVALID;

/**
 * An organisation where new-social-strata people work (组织): a firm, a media outlet, an intermediary or social
 * organisation, a studio. Headcount and influence decide whom the "one visit a week" goes to first.
 */
@Aggregate
public class Organisation extends TownshipRecord {

    @AggregateIdentifier
    private String organisationId;
    private OrganisationKind kind;
    // The current details, both to tell a real change from a resubmitted form and to hand consumers the old values.
    private Details details;
    // The bulk import that registered the organisation, if one did: only undoing that import withdraws it.
    private String importBatch;
    private boolean withdrawn;

    protected Organisation() {
        // For Axon, which rebuilds the organisation from its events.
    }

    @CommandHandler
    public Organisation(RegisterOrganisation command) {
        apply(registration(command));
    }

    /**
     * The registration the command makes, or the refusal of its input: decided from the command alone, so that a
     * bulk import's dry run checks each row by exactly this rule without storing anything.
     */
    public static OrganisationRegistered registration(RegisterOrganisation command) {
        OrganisationKind kind = Require.present("kind", command.kind());
        Details details = Details.of(kind, command.name(), command.category(), command.township(),
                command.headcount(), command.influence(), command.followers());
        return new OrganisationRegistered(command.organisationId(), details.name(), kind, details.category(),
                details.township(), details.headcount(), details.influence(), details.followers());
    }

    @CommandHandler
    public void handle(UpdateOrganisation command) {
        refuseIfWithdrawn();
        Details next = Details.of(kind, command.name(), command.category(), command.township(),
                command.headcount(), command.influence(), command.followers());
        if (next.equals(details)) {
            throw new CommandRefused(CONFLICT, "organisationId", "already has exactly these details");
        }
        apply(new OrganisationUpdated(organisationId, next.name(), kind, next.category(), next.township(),
                next.headcount(), next.influence(), next.followers(), details.category(), details.township(),
                details.headcount(), details.followers()));
    }

    /** Undoing an import takes the organisation off the registry with the details it has now. */
    @CommandHandler
    public void handle(WithdrawOrganisationRegistration command) {
        String batch = Require.text("importBatch", command.importBatch());
        if (withdrawn && batch.equals(importBatch)) {
            // An undo taken up again after an interruption: this one is withdrawn already.
            return;
        }
        refuseIfWithdrawn();
        if (!batch.equals(importBatch)) {
            throw new CommandRefused(CONFLICT, "organisationId", "was not registered by this import");
        }
        apply(new OrganisationRegistrationWithdrawn(organisationId, kind, details.category(), details.township(),
                details.headcount(), details.followers(), batch));
    }

    private void refuseIfWithdrawn() {
        if (withdrawn) {
            throw new CommandRefused(CONFLICT, "organisationId", "was withdrawn with the import that registered it");
        }
    }

    @Override
    protected String township() {
        return details.township();
    }

    @Override
    protected String idField() {
        return "organisationId";
    }

    @EventSourcingHandler
    void on(OrganisationRegistered event, @MetaDataValue(EventMetadata.IMPORT_BATCH) String importBatch) {
        this.importBatch = importBatch;
        this.organisationId = event.organisationId();
        this.kind = event.kind();
        this.details = new Details(event.name(), event.category(), event.township(), event.headcount(),
                event.influence(), event.followers());
    }

    @EventSourcingHandler
    void on(OrganisationUpdated event) {
        this.details = new Details(event.name(), event.category(), event.township(), event.headcount(),
                event.influence(), event.followers());
    }

    @EventSourcingHandler
    void on(OrganisationRegistrationWithdrawn event) {
        this.withdrawn = true;
    }

    private record Details(String name, Category category, String township, int headcount, int influence,
                           Integer followers) {

        static Details of(OrganisationKind kind, String name, Category category, String township, int headcount,
                          int influence, Integer followers) {
            String validName = Require.name("name", name, 200);
            Category validCategory = Require.present("category", category);
            String validTownship = Require.text("township", township);
            if (headcount < 0) {
                throw new CommandRefused(INVALID, "headcount", "must not be negative");
            }
            if (influence < 0 || influence > 100) {
                throw new CommandRefused(INVALID, "influence", "must be between 0 and 100");
            }
            // Followers measure reach only for media outlets ("10+ outlets with over 50,000 followers"); on any
            // other kind the number would mean nothing and still be summed.
            if (kind == OrganisationKind.MEDIA_OUTLET) {
                if (followers == null) {
                    throw new CommandRefused(INVALID, "followers", "is required for a media outlet");
                }
                if (followers < 0) {
                    throw new CommandRefused(INVALID, "followers", "must not be negative");
                }
            } else if (followers != null) {
                throw new CommandRefused(INVALID, "followers", "applies to media outlets only");
            }
            return new Details(validName, validCategory, validTownship, headcount, influence, followers);
        }
    }
}
