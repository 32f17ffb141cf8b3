package org.haian.strata.contribution.domain;

import java.util.List;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.contribution.ConsultationBenefited;
import org.haian.strata.contract.contribution.ConsultationGiven;
import org.haian.strata.contribution.api.mutualaid.GiveConsultation;
import org.haian.strata.platform.domain.CommandRefused;
import org.haian.strata.platform.domain.Require;
import org.haian.strata.platform.domain.TownshipScope;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.haian.strata.platform.domain.CommandRefused.Kind.INVALID;

/**
 * A mutual-aid consultation (会员互助) one member gave: either to named members, each of whom benefits in an event
 * of their own, or as a policy briefing to an audience that is counted, not named. Never both: a briefing's audience
 * and its named listeners would count the same people twice.
 */
@Aggregate
public class Consultation {

    @AggregateIdentifier
    private String consultationId;

    protected Consultation() {
        // For Axon, which rebuilds the consultation from its events.
    }

    @CommandHandler
    public Consultation(GiveConsultation command, MetaData metaData) {
        String township = Require.name("township", command.township(), 50);
        TownshipScope.require(metaData, township, "township");
        String consultant = Require.name("consultantId", command.consultantId(), 100);
        Category category = Require.present("category", command.category());
        boolean named = command.beneficiaryIds() != null && !command.beneficiaryIds().isEmpty();
        if (named == (command.audience() != null)) {
            throw new CommandRefused(INVALID, "audience",
                    "give either beneficiaryIds (named members) or audience (a briefing), not both or neither");
        }
        List<String> beneficiaries = named ? Checks.people("beneficiaryIds", command.beneficiaryIds()) : List.of();
        if (beneficiaries.contains(consultant)) {
            throw new CommandRefused(INVALID, "beneficiaryIds", "the consultant does not consult themselves");
        }
        if (!named && command.audience() < 1) {
            throw new CommandRefused(INVALID, "audience", "must be at least 1");
        }
        apply(new ConsultationGiven(command.consultationId(), township, category, consultant,
                Require.present("field", command.field()), Require.present("givenOn", command.givenOn()),
                beneficiaries.size(), named ? 0 : command.audience()));
        beneficiaries.forEach(person ->
                apply(new ConsultationBenefited(command.consultationId(), person, township, category)));
    }

    @EventSourcingHandler
    void on(ConsultationGiven event) {
        this.consultationId = event.consultationId();
    }
}
