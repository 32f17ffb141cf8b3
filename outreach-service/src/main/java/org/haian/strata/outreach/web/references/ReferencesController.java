package org.haian.strata.outreach.web.references;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.haian.strata.outreach.api.references.CadreReference;
import org.haian.strata.outreach.api.references.OrganisationReference;
import org.haian.strata.outreach.api.references.PersonReference;
import org.haian.strata.platform.security.Tenancy;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What outreach knows of liaison's registry, read from Kafka: to see whether a record has arrived here yet. */
@RestController
@Tag(name = "Registry as outreach knows it 名册",
        description = "Outreach's own view of liaison's people and organisations, fed from Kafka; no names of people.")
@RequestMapping("/api/outreach")
public class ReferencesController {

    private final ReferenceLookup lookup;

    public ReferencesController(ReferenceLookup lookup) {
        this.lookup = lookup;
    }

    @GetMapping("/organisations/{organisationId}")
    @Operation(summary = "An organisation as outreach knows it")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public OrganisationReference organisation(@PathVariable String organisationId) {
        return Tenancy.visibleOrNotFound(lookup.organisation(organisationId), OrganisationReference::township,
                "organisationId");
    }

    /** A township cadre is seen by their township's officer; a city cadre, of no township, by the city. */
    @GetMapping("/cadres/{cadreId}")
    @Operation(summary = "A cadre as outreach knows them: level and township")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public CadreReference cadre(@PathVariable String cadreId) {
        return Tenancy.visibleOrNotFound(lookup.cadre(cadreId), CadreReference::township, "cadreId");
    }

    @GetMapping("/people/{personId}")
    @Operation(summary = "A person as outreach knows them: township, category, archived")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public PersonReference person(@PathVariable String personId) {
        return Tenancy.visibleOrNotFound(lookup.person(personId), PersonReference::township, "personId");
    }
}
