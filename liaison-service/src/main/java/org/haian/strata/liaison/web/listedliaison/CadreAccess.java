package org.haian.strata.liaison.web.listedliaison;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.haian.strata.liaison.api.listedliaison.CadreView;
import org.haian.strata.liaison.api.listedliaison.FindCadre;
import org.haian.strata.platform.domain.CommandRefused;
import org.haian.strata.platform.security.Actor;
import org.haian.strata.platform.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see a cadre of the registry: the city every cadre; a township officer their township's cadres and the
 * city-level ones, who serve every township; a cadre themselves. A cadre asking for another cadre is refused (403):
 * cadre ids are sign-in names, not secrets, but one cadre's people are none of another's business.
 */
@Component
public class CadreAccess {

    private final QueryGateway queries;

    public CadreAccess(QueryGateway queries) {
        this.queries = queries;
    }

    /** The cadre, if the current user may see them; 404 naming {@code cadreId} when not (or not registered). */
    public CadreView visible(String cadreId) {
        Actor actor = Actor.current();
        boolean official = actor.has(Role.CITY_ADMIN) || actor.has(Role.TOWNSHIP_OFFICER);
        if (!official && !actor.userId().equals(cadreId)) {
            throw new AccessDeniedException("cadreId: a cadre may only read their own record and list");
        }
        return queries.query(new FindCadre(cadreId), ResponseTypes.optionalInstanceOf(CadreView.class)).join()
                .filter(cadre -> sees(actor, cadre))
                .orElseThrow(() -> CommandRefused.notFound("cadreId"));
    }

    private static boolean sees(Actor actor, CadreView cadre) {
        return actor.has(Role.CITY_ADMIN)
                || actor.userId().equals(cadre.cadreId())
                || (actor.has(Role.TOWNSHIP_OFFICER) && (cadre.township() == null
                || cadre.township().equals(actor.township())));
    }
}
