package org.haian.strata.liaison.domain;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.Repository;
import org.haian.strata.contract.liaison.CadreLevel;
import org.haian.strata.liaison.api.listedliaison.AssignCadre;
import org.haian.strata.liaison.api.listedliaison.AssignLiaison;
import org.haian.strata.platform.domain.CommandRefused;
import org.haian.strata.platform.domain.Require;
import org.haian.strata.platform.domain.TownshipScope;
import org.springframework.stereotype.Component;

/**
 * An assignment (列名联系) is of a registered cadre whom the caller may reach: the city any, a township officer their
 * own township's cadres and the city-level ones, who serve every township. The cadre's level is the registry's, not
 * the caller's. Decided from the cadre's and the person's own events, in the command's unit of work, so that a
 * cadre registered a moment ago can be assigned at once (a read model would lag behind).
 */
@Component
public class ListedLiaisonAssignment {

    private final Repository<Cadre> cadres;
    private final Repository<Person> people;

    public ListedLiaisonAssignment(Repository<Cadre> cadres, Repository<Person> people) {
        this.cadres = cadres;
        this.people = people;
    }

    @CommandHandler
    public void handle(AssignCadre command, MetaData metaData) {
        String cadreId = Require.text("cadreId", command.cadreId());
        Cadre.Listing cadre = Registry.load(cadres, cadreId, "cadreId").invoke(Cadre::listing);
        Object scope = metaData.get(TownshipScope.METADATA);
        if (scope != null && cadre.township() != null && !scope.equals(cadre.township())) {
            throw CommandRefused.notFound("cadreId");
        }
        CadreLevel level = cadre.level();
        Registry.load(people, Require.text("personId", command.personId()), "personId").execute(person -> {
            // The person's own township interceptor runs for commands sent to it, not for this call: check here.
            TownshipScope.require(metaData, person.township(), "personId");
            person.handle(new AssignLiaison(command.personId(), cadreId, level, command.since()));
        });
    }
}
