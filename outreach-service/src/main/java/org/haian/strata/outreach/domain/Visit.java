package org.haian.strata.outreach.domain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.outreach.ProblemRaised;
import org.haian.strata.contract.outreach.ProblemResolved;
import org.haian.strata.contract.outreach.VisitLogged;
import org.haian.strata.contract.outreach.VisitPlanned;
import org.haian.strata.outreach.api.references.CadreReference;
import org.haian.strata.outreach.api.references.OrganisationReference;
import org.haian.strata.outreach.api.references.References;
import org.haian.strata.outreach.api.references.UnknownReference;
import org.haian.strata.outreach.api.visits.LogVisit;
import org.haian.strata.outreach.api.visits.PlanVisit;
import org.haian.strata.outreach.api.visits.RaiseProblem;
import org.haian.strata.outreach.api.visits.ResolveProblem;
import org.haian.strata.platform.domain.CommandRefused;
import org.haian.strata.platform.domain.Require;
import org.haian.strata.platform.domain.TownshipRecord;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.haian.strata.platform.domain.CommandRefused.Kind.CONFLICT;
import static org.haian.strata.platform.domain.CommandRefused.Kind.INVALID;

/**
 * A visit to an organisation (走访连心): planned, then logged once it took place, then the problems the organisation
 * raised, each followed up until resolved. It belongs to the organisation's township.
 */
@Aggregate
public class Visit extends TownshipRecord {

    static final int FINDINGS = 4000;
    static final int DESCRIPTION = 2000;
    static final int OWNER = 200;
    static final int NOTE = 2000;

    @AggregateIdentifier
    private String visitId;
    private String township;
    private Category category;
    private String organisationId;
    private LocalDate visitedOn;
    // Each problem's raised and due days, and whether it was resolved: what resolving it needs to know.
    private final Map<String, Problem> problems = new HashMap<>();

    protected Visit() {
        // For Axon, which rebuilds the visit from its events.
    }

    @CommandHandler
    public Visit(PlanVisit command) {
        OrganisationReference organisation = References.organisation("organisationId", command.organisation());
        if (command.township() != null && !command.township().equals(organisation.township())) {
            throw new UnknownReference("organisationId", "is not an organisation of " + command.township());
        }
        CadreReference lead = References.cadre("leadCadreId", command.leadCadre());
        apply(new VisitPlanned(command.visitId(), organisation.township(), organisation.category(),
                organisation.organisationId(), Require.present("plannedFor", command.plannedFor()), lead.cadreId()));
    }

    @CommandHandler
    public void handle(LogVisit command) {
        if (visitedOn != null) {
            throw new CommandRefused(CONFLICT, "visitId", "is logged already, on " + visitedOn);
        }
        LocalDate day = Require.present("visitedOn", command.visitedOn());
        CadreReference lead = References.cadre("leadCadreId", command.leadCadre());
        List<String> visiting = Checks.distinct("visitingCadreIds", command.visitingCadreIds());
        if (visiting.contains(lead.cadreId())) {
            throw new CommandRefused(INVALID, "visitingCadreIds[" + visiting.indexOf(lead.cadreId()) + "]",
                    "is the leading cadre");
        }
        References.cadres("visitingCadreIds", visiting, command.visitingCadres());
        List<String> met = Checks.distinct("peopleMetIds", command.peopleMetIds());
        References.people("peopleMetIds", met, command.peopleMet());
        apply(new VisitLogged(visitId, township, category, organisationId, day, lead.cadreId(),
                lead.level(), visiting, met, Require.text("findings", command.findings(), FINDINGS)));
    }

    @CommandHandler
    public void handle(RaiseProblem command) {
        if (visitedOn == null) {
            throw new CommandRefused(CONFLICT, "visitId", "is not logged yet: problems are raised on a visit that "
                    + "took place");
        }
        String problemId = Require.present("problemId", command.problemId());
        if (problems.containsKey(problemId)) {
            throw CommandRefused.conflictWith("problemId", "is raised already", "problemId", problemId);
        }
        LocalDate due = Require.present("dueOn", command.dueOn());
        if (due.isBefore(visitedOn)) {
            throw new CommandRefused(INVALID, "dueOn", "must not be before the visit, " + visitedOn);
        }
        apply(new ProblemRaised(visitId, problemId, township, category,
                Require.text("description", command.description(), DESCRIPTION),
                Require.text("owner", command.owner(), OWNER), visitedOn, due));
    }

    @CommandHandler
    public void handle(ResolveProblem command) {
        Problem problem = problems.get(command.problemId());
        if (problem == null) {
            throw CommandRefused.notFound("problemId");
        }
        if (problem.resolved()) {
            throw new CommandRefused(CONFLICT, "problemId", "is resolved already");
        }
        LocalDate resolvedOn = Require.present("resolvedOn", command.resolvedOn());
        if (resolvedOn.isBefore(problem.raisedOn())) {
            throw new CommandRefused(INVALID, "resolvedOn", "must not be before the problem was raised, "
                    + problem.raisedOn());
        }
        apply(new ProblemResolved(visitId, command.problemId(), township, category, resolvedOn, problem.dueOn(),
                Require.text("note", command.note(), NOTE)));
    }

    @Override
    protected String township() {
        return township;
    }

    @Override
    protected String idField() {
        return "visitId";
    }

    @EventSourcingHandler
    void on(VisitPlanned event) {
        this.visitId = event.visitId();
        this.township = event.township();
        this.category = event.category();
        this.organisationId = event.organisationId();
    }

    @EventSourcingHandler
    void on(VisitLogged event) {
        this.visitedOn = event.visitedOn();
    }

    @EventSourcingHandler
    void on(ProblemRaised event) {
        problems.put(event.problemId(), new Problem(event.raisedOn(), event.dueOn(), false));
    }

    @EventSourcingHandler
    void on(ProblemResolved event) {
        problems.computeIfPresent(event.problemId(), (id, problem) -> new Problem(problem.raisedOn(),
                problem.dueOn(), true));
    }

    private record Problem(LocalDate raisedOn, LocalDate dueOn, boolean resolved) {
    }
}
