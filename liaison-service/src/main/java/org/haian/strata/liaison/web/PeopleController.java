package org.haian.strata.liaison.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.haian.strata.liaison.api.FindPerson;
import org.haian.strata.liaison.api.PersonView;
import org.haian.strata.liaison.api.RegisterPerson;
import org.haian.strata.platform.history.AggregateHistory;
import org.haian.strata.platform.history.HistoryEntry;
import org.haian.strata.platform.security.Actor;
import org.haian.strata.platform.web.RequestContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The registry of people (人士库) over HTTP: translates requests into commands and queries, nothing more. */
@RestController
@RequestMapping("/api/liaison/people")
public class PeopleController {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final AggregateHistory history;

    public PeopleController(CommandGateway commands, QueryGateway queries, AggregateHistory history) {
        this.commands = commands;
        this.queries = queries;
        this.history = history;
    }

    /** A township officer registers into their own township (which they may leave out); the city into any. */
    @PostMapping
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public ResponseEntity<PersonRegistration> register(@Valid @RequestBody RegisterPersonRequest body,
                                                       HttpServletRequest request) {
        String township = Actor.current().writableTownship(body.township());
        String personId = UUID.randomUUID().toString();
        RegisterPerson command = new RegisterPerson(personId, body.name(), body.category(), township,
                body.organisation(), body.role());
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(RequestContext.commandMetaData(request)));
        return ResponseEntity.created(URI.create("/api/liaison/people/" + personId))
                .body(new PersonRegistration(personId));
    }

    @GetMapping("/{personId}")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER', 'LIAISON_CADRE')")
    public PersonView find(@PathVariable String personId) {
        return queries.query(new FindPerson(personId), ResponseTypes.optionalInstanceOf(PersonView.class)).join()
                .filter(person -> visible(person.township()))
                .orElseThrow(() -> notFound(personId));
    }

    /** Who did what when to this person, from the event store. */
    @GetMapping("/{personId}/history")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER', 'LIAISON_CADRE')")
    public List<HistoryEntry> history(@PathVariable String personId) {
        List<HistoryEntry> entries = history.of(personId);
        if (entries.isEmpty() || !visible(AggregateHistory.currentTownship(entries))) {
            throw notFound(personId);
        }
        return entries;
    }

    /**
     * Another township's person is answered as not found, so that existence does not leak. A cadre sees only the
     * people assigned to them, which arrive with listed liaison; until then, none.
     */
    private static boolean visible(String township) {
        return Actor.current().seesPeopleOf(township);
    }

    private static ResponseStatusException notFound(String personId) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No person with id " + personId);
    }

    /** What a registration returns: the new person's id (also in the Location header). */
    public record PersonRegistration(String personId) {
    }
}
