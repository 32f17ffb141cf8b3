package org.haian.strata.analytics.projection;

import java.util.Optional;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.haian.strata.analytics.api.RebuildStatus;
import org.haian.strata.analytics.api.RebuildStatusQuery;
import org.haian.strata.analytics.api.StartRebuild;
import org.haian.strata.analytics.engine.ReadSide;
import org.haian.strata.contract.EventMetadata;
import org.haian.strata.platform.domain.CommandRefused;
import org.springframework.stereotype.Component;

/** Starts a rebuild of the read side and tells how far one has come. */
@Component
public class RebuildHandler {

    private final ReadSide readSide;

    public RebuildHandler(ReadSide readSide) {
        this.readSide = readSide;
    }

    @CommandHandler
    public void handle(StartRebuild command, @MetaDataValue(EventMetadata.ACTING_USER) String user) {
        if (!readSide.startRebuild(command.rebuildId(), user)) {
            throw new CommandRefused(CommandRefused.Kind.CONFLICT, "rebuild",
                    "a rebuild is running already; watch it at GET /api/analytics/rebuilds/{id}");
        }
    }

    @QueryHandler
    public Optional<RebuildStatus> handle(RebuildStatusQuery query) {
        return readSide.rebuild(query.rebuildId());
    }
}
