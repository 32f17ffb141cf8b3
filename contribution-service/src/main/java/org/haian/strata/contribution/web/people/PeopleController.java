package org.haian.strata.contribution.web.people;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.haian.strata.contribution.api.people.FindPersonReference;
import org.haian.strata.contribution.api.people.PersonReference;
import org.haian.strata.platform.security.Tenancy;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What this service knows of a person of liaison's registry, as the checks of its commands see it: whether a person
 * named in a suggestion or an agreement will be taken, and whether they are a member of the association.
 */
@RestController
@Tag(name = "People as contribution knows them 人士",
        description = "This service's own view of liaison's people, read from liaison's events; no names.")
@RequestMapping("/api/contribution/people")
public class PeopleController {

    private final QueryGateway queries;

    public PeopleController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/{personId}")
    @Operation(summary = "A person's township, category, archive and membership as this service knows them")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public PersonReference find(@PathVariable String personId) {
        return Tenancy.visibleOrNotFound(queries.query(new FindPersonReference(personId),
                ResponseTypes.optionalInstanceOf(PersonReference.class)).join(), PersonReference::township,
                "personId");
    }
}
