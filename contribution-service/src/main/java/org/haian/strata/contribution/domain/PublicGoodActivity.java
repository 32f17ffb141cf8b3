package org.haian.strata.contribution.domain;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.haian.strata.contract.contribution.PublicGoodActivityHeld;
import org.haian.strata.contribution.api.publicgood.HoldActivity;
import org.haian.strata.platform.domain.Require;
import org.haian.strata.platform.domain.TownshipScope;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A public-good activity (公益活动) of the association: charity, culture or a salon, with the people who took part. */
@Aggregate
public class PublicGoodActivity {

    @AggregateIdentifier
    private String activityId;

    protected PublicGoodActivity() {
        // For Axon, which rebuilds the activity from its events.
    }

    @CommandHandler
    public PublicGoodActivity(HoldActivity command, MetaData metaData) {
        String township = Require.name("township", command.township(), 50);
        TownshipScope.require(metaData, township, "township");
        apply(new PublicGoodActivityHeld(command.activityId(), township,
                Require.present("category", command.category()), Require.present("kind", command.kind()),
                Require.name("title", command.title(), 200), Require.present("heldOn", command.heldOn()),
                Checks.people("participantIds", command.participantIds())));
    }

    @EventSourcingHandler
    void on(PublicGoodActivityHeld event) {
        this.activityId = event.activityId();
    }
}
