package org.haian.strata.liaison.domain;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.liaison.WorkBaseClosed;
import org.haian.strata.contract.liaison.WorkBaseEstablished;
import org.haian.strata.liaison.api.bases.CloseWorkBase;
import org.haian.strata.liaison.api.bases.EstablishWorkBase;
import org.haian.strata.platform.domain.CommandRefused;
import org.haian.strata.platform.domain.Require;
import org.haian.strata.platform.domain.TownshipRecord;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.haian.strata.platform.domain.CommandRefused.Kind.CONFLICT;

/**
 * A work base (工作基地) of the association's network for one category, anchored on an organisation: a tax-agent
 * firm for social organisations, a creative workshop for freelancers, an entrepreneurs' circle for enterprise staff.
 */
@Aggregate
public class WorkBase extends TownshipRecord {

    @AggregateIdentifier
    private String baseId;
    private String township;
    private Category category;
    private boolean closed;

    protected WorkBase() {
        // For Axon, which rebuilds the base from its events.
    }

    @CommandHandler
    public WorkBase(EstablishWorkBase command) {
        String name = Require.name("name", command.name(), 200);
        Category category = Require.present("category", command.category());
        String township = Require.text("township", command.township());
        // A base is a place where the work happens; without its host organisation it is only a name.
        String anchor = Require.text("anchorOrganisationId", command.anchorOrganisationId());
        apply(new WorkBaseEstablished(command.baseId(), name, category, township, anchor));
    }

    @CommandHandler
    public void handle(CloseWorkBase command) {
        if (closed) {
            throw new CommandRefused(CONFLICT, "baseId", "is closed");
        }
        String reason = Require.text("reason", command.reason());
        apply(new WorkBaseClosed(baseId, township, category, reason));
    }

    @Override
    protected String township() {
        return township;
    }

    @Override
    protected String idField() {
        return "baseId";
    }

    @EventSourcingHandler
    void on(WorkBaseEstablished event) {
        this.baseId = event.baseId();
        this.township = event.township();
        this.category = event.category();
    }

    @EventSourcingHandler
    void on(WorkBaseClosed event) {
        this.closed = true;
    }
}
