package org.haian.strata.liaison.domain;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.haian.strata.contract.liaison.CadreLevel;
import org.haian.strata.contract.liaison.CadreRegistered;
import org.haian.strata.liaison.api.listedliaison.RegisterCadre;
import org.haian.strata.platform.domain.CommandRefused;
import org.haian.strata.platform.domain.Require;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.haian.strata.platform.domain.CommandRefused.Kind.INVALID;

/**
 * A leader or cadre who may be listed to befriend people (列名联系的领导干部): the city leadership, city
 * departments, or a township's cadres of deputy-section level and up.
 */
@Aggregate
public class Cadre {

    @AggregateIdentifier
    private String cadreId;
    private Listing listing;

    protected Cadre() {
        // For Axon, which rebuilds the cadre from their events.
    }

    @CommandHandler
    public Cadre(RegisterCadre command) {
        String name = Require.name("name", command.name(), 100);
        CadreLevel level = Require.present("level", command.level());
        String township = Require.optional(command.township());
        // The township is what scopes a cadre to one tenant: a township cadre without one would be seen by no
        // township officer, and a city cadre with one would wrongly be managed by that township alone.
        if (level == CadreLevel.TOWNSHIP && township == null) {
            throw new CommandRefused(INVALID, "township", "is required for a township cadre");
        }
        if (level != CadreLevel.TOWNSHIP && township != null) {
            throw new CommandRefused(INVALID, "township", "must be empty for a city-level cadre");
        }
        apply(new CadreRegistered(command.cadreId(), name, level, township, Require.optional(command.post())));
    }

    /** The level and township an assignment of this cadre is decided with. */
    Listing listing() {
        return listing;
    }

    @EventSourcingHandler
    void on(CadreRegistered event) {
        this.cadreId = event.cadreId();
        this.listing = new Listing(event.level(), event.township());
    }

    /**
     * What a cadre is listed as.
     *
     * @param township the township a township cadre serves; {@code null} for a city-level one, who serves every
     *                 township
     */
    record Listing(CadreLevel level, String township) {
    }
}
