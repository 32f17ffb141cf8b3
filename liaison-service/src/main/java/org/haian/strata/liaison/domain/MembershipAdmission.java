package org.haian.strata.liaison.domain;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.Repository;
import org.haian.strata.contract.Category;
import org.haian.strata.liaison.api.association.AdmitPersonToAssociation;
import org.haian.strata.platform.domain.CommandRefused;
import org.haian.strata.platform.domain.Require;
import org.haian.strata.platform.domain.TownshipScope;
import org.springframework.stereotype.Component;

import static org.haian.strata.platform.domain.CommandRefused.Kind.CONFLICT;

/**
 * Admission to the association (吸收会员) is for registered people only. Neither aggregate can see the other, so
 * this handler reads the person from the registry and hands the association their township and category; both
 * load in the same unit of work, so the admission is stored only if both checks held.
 */
@Component
public class MembershipAdmission {

    private final Repository<Person> people;
    private final Repository<Association> associations;

    public MembershipAdmission(Repository<Person> people, Repository<Association> associations) {
        this.people = people;
        this.associations = associations;
    }

    @CommandHandler
    public void handle(AdmitPersonToAssociation command, MetaData metaData) {
        String personId = Require.text("personId", command.personId());
        Candidate candidate = Registry.load(people, personId, "personId")
                .invoke(person -> new Candidate(person.township(), person.category(),
                        person.isArchived() || person.isForgotten()));
        TownshipScope.require(metaData, candidate.township(), "personId");
        if (candidate.gone()) {
            throw new CommandRefused(CONFLICT, "personId", "is archived or forgotten");
        }
        Registry.load(associations, Require.text("associationId", command.associationId()), "associationId")
                .execute(association -> association.admit(personId, command.branchId(), candidate.township(),
                        candidate.category()));
    }

    /** @param gone archived or forgotten: no longer someone to admit */
    private record Candidate(String township, Category category, boolean gone) {
    }
}
