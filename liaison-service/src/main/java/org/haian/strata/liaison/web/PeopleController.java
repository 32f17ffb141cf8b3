package org.haian.strata.liaison.web;

import java.net.URI;
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
import org.haian.strata.platform.web.RequestContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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

    public PeopleController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @PostMapping
    public ResponseEntity<PersonRegistration> register(@Valid @RequestBody RegisterPersonRequest body,
                                                       HttpServletRequest request) {
        String personId = UUID.randomUUID().toString();
        RegisterPerson command = new RegisterPerson(personId, body.name(), body.category(), body.township(),
                body.organisation(), body.role());
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(RequestContext.commandMetaData(request)));
        return ResponseEntity.created(URI.create("/api/liaison/people/" + personId))
                .body(new PersonRegistration(personId));
    }

    @GetMapping("/{personId}")
    public PersonView find(@PathVariable String personId) {
        return queries.query(new FindPerson(personId), ResponseTypes.optionalInstanceOf(PersonView.class)).join()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No person with id " + personId));
    }

    /** What a registration returns: the new person's id (also in the Location header). */
    public record PersonRegistration(String personId) {
    }
}
