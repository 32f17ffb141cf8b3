package org.haian.strata.liaison.web.people;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.haian.strata.liaison.api.people.FindPerson;
import org.haian.strata.liaison.api.people.PersonView;
import org.haian.strata.platform.domain.CommandRefused;
import org.haian.strata.platform.security.Actor;
import org.haian.strata.platform.security.Role;
import org.springframework.stereotype.Component;

/**
 * Who may read a person's record: the city, the officer of the person's township, and a cadre assigned to the
 * person now. Anyone else is told the person does not exist, so that existence does not leak.
 */
@Component
public class PersonAccess {

    private final QueryGateway queries;

    public PersonAccess(QueryGateway queries) {
        this.queries = queries;
    }

    /** The person from the registry's read model, if the current user may read them; otherwise 404. */
    public PersonView readable(String personId) {
        Actor actor = Actor.current();
        return queries.query(new FindPerson(personId), ResponseTypes.optionalInstanceOf(PersonView.class)).join()
                .filter(person -> sees(actor, person.township(), person.befriendedBy(actor.userId())))
                .orElseThrow(() -> CommandRefused.notFound("personId"));
    }

    /**
     * @param township   the person's township now
     * @param befriended whether the actor is a cadre assigned to the person now
     */
    static boolean sees(Actor actor, String township, boolean befriended) {
        return actor.seesRecordsOf(township) || (actor.has(Role.LIAISON_CADRE) && befriended);
    }
}
