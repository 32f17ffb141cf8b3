package org.haian.strata.contribution.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.contribution.AgreementEnded;
import org.haian.strata.contract.contribution.AgreementSigned;
import org.haian.strata.contract.contribution.HouseholdPaired;
import org.haian.strata.contract.contribution.ProjectLinked;
import org.haian.strata.contract.contribution.SupervisorAppointed;
import org.haian.strata.contract.contribution.VillageRegistered;
import org.haian.strata.contribution.api.twoway.AppointSupervisor;
import org.haian.strata.contribution.api.twoway.EndAgreement;
import org.haian.strata.contribution.api.twoway.LinkProject;
import org.haian.strata.contribution.api.twoway.PairHousehold;
import org.haian.strata.contribution.api.twoway.RegisterVillage;
import org.haian.strata.contribution.api.twoway.SignAgreement;
import org.haian.strata.platform.domain.CommandRefused;
import org.haian.strata.platform.domain.Require;
import org.haian.strata.platform.domain.TownshipRecord;
import org.haian.strata.platform.domain.TownshipScope;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.haian.strata.platform.domain.CommandRefused.Kind.CONFLICT;

/**
 * A village or community (村/居) of the two-way service (双向服务) and what the association's people do for it: the
 * agreements it signed with them (one active per person), its disclosure supervisors' terms, the collective projects
 * they help and the households in hardship they are paired with. The village decides all of these itself, so each
 * rule that joins them (one active agreement per pair, no overlapping terms) is checked against its own events.
 */
@Aggregate
public class Village extends TownshipRecord {

    @AggregateIdentifier
    private String villageId;
    private String township;
    /** Active agreements by id. */
    private final Map<String, ActiveAgreement> active = new HashMap<>();
    private final Map<String, List<Term>> terms = new HashMap<>();
    private final Set<String> projects = new HashSet<>();
    private final Set<String> households = new HashSet<>();

    protected Village() {
        // For Axon, which rebuilds the village from its events.
    }

    @CommandHandler
    public Village(RegisterVillage command, MetaData metaData) {
        String township = Require.name("township", command.township(), 50);
        TownshipScope.require(metaData, township, "township");
        apply(new VillageRegistered(command.villageId(), township, Require.name("name", command.name(), 200),
                Require.present("kind", command.kind())));
    }

    @CommandHandler
    public void handle(SignAgreement command) {
        String personId = Require.name("personId", command.personId(), 100);
        Category category = Require.present("category", command.category());
        LocalDate signedOn = Require.present("signedOn", command.signedOn());
        active.forEach((agreementId, agreement) -> {
            if (agreement.personId().equals(personId)) {
                throw CommandRefused.conflictWith("personId", "has an active agreement with this village",
                        "agreementId", agreementId);
            }
        });
        apply(new AgreementSigned(villageId, command.agreementId(), personId, township, category, signedOn,
                activeIn(category) + 1));
    }

    @CommandHandler
    public void handle(EndAgreement command) {
        ActiveAgreement agreement = active.get(command.agreementId());
        if (agreement == null) {
            throw CommandRefused.notFound("agreementId");
        }
        LocalDate endedOn = Require.present("endedOn", command.endedOn());
        if (endedOn.isBefore(agreement.signedOn())) {
            throw new CommandRefused(CommandRefused.Kind.INVALID, "endedOn",
                    "must not be before the agreement was signed (" + agreement.signedOn() + ")");
        }
        apply(new AgreementEnded(villageId, command.agreementId(), agreement.personId(), township,
                agreement.category(), endedOn, Require.name("reason", command.reason(), 500),
                activeIn(agreement.category()) - 1));
    }

    @CommandHandler
    public void handle(AppointSupervisor command) {
        String personId = Require.name("personId", command.personId(), 100);
        LocalDate start = Require.present("termStart", command.termStart());
        LocalDate end = Require.present("termEnd", command.termEnd());
        Checks.after("termEnd", end, start);
        for (Term term : terms.getOrDefault(personId, List.of())) {
            if (start.isBefore(term.end()) && term.start().isBefore(end)) {
                throw new CommandRefused(CONFLICT, "termStart", "overlaps the person's term from " + term.start()
                        + " to " + term.end());
            }
        }
        apply(new SupervisorAppointed(villageId, personId, township, Require.present("category", command.category()),
                start, end));
    }

    @CommandHandler
    public void handle(LinkProject command) {
        String personId = Require.name("personId", command.personId(), 100);
        String project = Require.name("project", command.project(), 200);
        if (projects.contains(personId + "|" + project)) {
            throw new CommandRefused(CONFLICT, "project", "the person is linked to this project already");
        }
        apply(new ProjectLinked(villageId, command.linkId(), personId, township,
                Require.present("category", command.category()), project));
    }

    @CommandHandler
    public void handle(PairHousehold command) {
        String personId = Require.name("personId", command.personId(), 100);
        String code = Require.name("householdCode", command.householdCode(), 32);
        if (!code.matches("[A-Za-z0-9-]+")) {
            throw new CommandRefused(CommandRefused.Kind.INVALID, "householdCode",
                    "must be a register code of letters, digits and hyphens");
        }
        if (households.contains(code)) {
            throw new CommandRefused(CONFLICT, "householdCode", "is paired with someone already");
        }
        apply(new HouseholdPaired(villageId, command.pairingId(), personId, township,
                Require.present("category", command.category()), code,
                Require.present("pairedOn", command.pairedOn())));
    }

    private int activeIn(Category category) {
        return (int) active.values().stream().filter(agreement -> agreement.category() == category).count();
    }

    @Override
    protected String township() {
        return township;
    }

    @Override
    protected String idField() {
        return "villageId";
    }

    @EventSourcingHandler
    void on(VillageRegistered event) {
        this.villageId = event.villageId();
        this.township = event.township();
    }

    @EventSourcingHandler
    void on(AgreementSigned event) {
        active.put(event.agreementId(), new ActiveAgreement(event.personId(), event.category(), event.signedOn()));
    }

    @EventSourcingHandler
    void on(AgreementEnded event) {
        active.remove(event.agreementId());
    }

    @EventSourcingHandler
    void on(SupervisorAppointed event) {
        terms.computeIfAbsent(event.personId(), person -> new ArrayList<>())
                .add(new Term(event.termStart(), event.termEnd()));
    }

    @EventSourcingHandler
    void on(ProjectLinked event) {
        projects.add(event.personId() + "|" + event.project());
    }

    @EventSourcingHandler
    void on(HouseholdPaired event) {
        households.add(event.householdCode());
    }

    private record ActiveAgreement(String personId, Category category, LocalDate signedOn) {
    }

    /** From {@code start} up to, not including, {@code end}. */
    private record Term(LocalDate start, LocalDate end) {
    }
}
