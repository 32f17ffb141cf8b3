package org.haian.strata.outreach.web.references;

import java.util.List;
import java.util.Optional;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.haian.strata.outreach.api.references.CadreReference;
import org.haian.strata.outreach.api.references.FindCadreReference;
import org.haian.strata.outreach.api.references.FindOrganisationReference;
import org.haian.strata.outreach.api.references.FindPersonReference;
import org.haian.strata.outreach.api.references.OrganisationReference;
import org.haian.strata.outreach.api.references.PersonReference;
import org.springframework.stereotype.Component;

/**
 * Looks up in outreach's own view what a request names of liaison's registry, for the command to carry: the
 * aggregate decides what an unknown or archived reference means. Never asks liaison itself.
 */
@Component
public class ReferenceLookup {

    private final QueryGateway queries;

    public ReferenceLookup(QueryGateway queries) {
        this.queries = queries;
    }

    public Optional<OrganisationReference> organisation(String organisationId) {
        return organisationId == null ? Optional.empty() : queries.query(new FindOrganisationReference(organisationId),
                ResponseTypes.optionalInstanceOf(OrganisationReference.class)).join();
    }

    public Optional<PersonReference> person(String personId) {
        return personId == null ? Optional.empty() : queries.query(new FindPersonReference(personId),
                ResponseTypes.optionalInstanceOf(PersonReference.class)).join();
    }

    public Optional<CadreReference> cadre(String cadreId) {
        return cadreId == null ? Optional.empty() : queries.query(new FindCadreReference(cadreId),
                ResponseTypes.optionalInstanceOf(CadreReference.class)).join();
    }

    /** Those of the ids the view knows; an unknown one is left out. */
    public List<PersonReference> people(List<String> personIds) {
        return personIds.stream().distinct().map(this::person).flatMap(Optional::stream).toList();
    }

    /** Those of the ids the view knows; an unknown one is left out. */
    public List<CadreReference> cadres(List<String> cadreIds) {
        return cadreIds.stream().distinct().map(this::cadre).flatMap(Optional::stream).toList();
    }
}
