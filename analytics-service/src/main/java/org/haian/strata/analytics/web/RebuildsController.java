package org.haian.strata.analytics.web;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.haian.strata.analytics.api.RebuildStatus;
import org.haian.strata.analytics.api.RebuildStatusQuery;
import org.haian.strata.analytics.api.StartRebuild;
import org.haian.strata.platform.web.RequestCommands;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Rebuilds of the read side, for the city's administrators: every read model counted again from the beginning of
 * the topics into new collections while the old ones keep serving, then switched to at once.
 */
@Tag(name = "Rebuilds 重建", description = "Count every figure again from every event ever published")
@RestController
@RequestMapping("/api/analytics/rebuilds")
@PreAuthorize("hasRole('CITY_ADMIN')")
public class RebuildsController {

    private final RequestCommands commands;
    private final QueryGateway queries;

    public RebuildsController(RequestCommands commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @Operation(summary = "Start a rebuild of every read model (409 while one runs)")
    @PostMapping
    public ResponseEntity<RebuildStatus> start(HttpServletRequest request) {
        String id = UUID.randomUUID().toString();
        commands.send(new StartRebuild(id), request);
        return ResponseEntity.accepted().location(URI.create("/api/analytics/rebuilds/" + id)).body(status(id));
    }

    @Operation(summary = "How far a rebuild has come: events done, events a second, lag per partition, time left")
    @GetMapping("/{rebuildId}")
    public RebuildStatus status(@PathVariable String rebuildId) {
        return queries.query(new RebuildStatusQuery(rebuildId), ResponseTypes.optionalInstanceOf(RebuildStatus.class))
                .join().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "rebuildId: no rebuild '" + rebuildId + "'"));
    }
}
