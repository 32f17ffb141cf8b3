package org.haian.strata.liaison.domain;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.Repository;
import org.haian.strata.liaison.api.bases.EstablishWorkBase;
import org.haian.strata.liaison.api.bases.EstablishWorkBaseOnAnchor;
import org.haian.strata.platform.domain.Require;
import org.haian.strata.platform.domain.TownshipScope;
import org.springframework.stereotype.Component;

/**
 * A work base (工作基地) is anchored on an organisation of the registry that the caller may reach; decided from the
 * organisation's own events in the command's unit of work, so that an organisation registered a moment ago can
 * anchor a base at once.
 */
@Component
public class WorkBaseEstablishment {

    private final Repository<Organisation> organisations;
    private final Repository<WorkBase> bases;

    public WorkBaseEstablishment(Repository<Organisation> organisations, Repository<WorkBase> bases) {
        this.organisations = organisations;
        this.bases = bases;
    }

    @CommandHandler
    public void handle(EstablishWorkBaseOnAnchor command, MetaData metaData) throws Exception {
        String anchor = Require.text("anchorOrganisationId", command.anchorOrganisationId());
        String township = Registry.load(organisations, anchor, "anchorOrganisationId").invoke(Organisation::township);
        TownshipScope.require(metaData, township, "anchorOrganisationId");
        bases.newInstance(() -> new WorkBase(new EstablishWorkBase(command.baseId(), command.name(),
                command.category(), command.township(), anchor)));
    }
}
