package org.haian.strata.contribution.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.contribution.ResearchAuthorsAssigned;
import org.haian.strata.contract.contribution.ResearchReportAdopted;
import org.haian.strata.contract.contribution.ResearchReportNotAdopted;
import org.haian.strata.contract.contribution.ResearchReportSubmitted;
import org.haian.strata.contract.contribution.ResearchTopicSet;
import org.haian.strata.contribution.api.research.AdoptResearchReport;
import org.haian.strata.contribution.api.research.AssignResearchAuthors;
import org.haian.strata.contribution.api.research.DeclineResearchReport;
import org.haian.strata.contribution.api.research.ResearchStatus;
import org.haian.strata.contribution.api.research.SetResearchTopic;
import org.haian.strata.contribution.api.research.SubmitResearchReport;
import org.haian.strata.platform.domain.CommandRefused;
import org.haian.strata.platform.domain.Require;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.haian.strata.contribution.api.research.ResearchStatus.ADOPTED;
import static org.haian.strata.contribution.api.research.ResearchStatus.NOT_ADOPTED;
import static org.haian.strata.contribution.api.research.ResearchStatus.SET;
import static org.haian.strata.contribution.api.research.ResearchStatus.SUBMITTED;
import static org.haian.strata.platform.domain.CommandRefused.Kind.CONFLICT;

/**
 * A research topic (专题调研) the city sets: authors are assigned, they submit one report, and the city adopts it or
 * not. A city record: the city's roles decide it, so it belongs to no township.
 */
@Aggregate
public class ResearchTopic {

    @AggregateIdentifier
    private String topicId;
    private Category category;
    private ResearchStatus status;
    private final Set<String> authors = new LinkedHashSet<>();

    protected ResearchTopic() {
        // For Axon, which rebuilds the topic from its events.
    }

    @CommandHandler
    public ResearchTopic(SetResearchTopic command) {
        apply(new ResearchTopicSet(command.topicId(), Require.name("title", command.title(), 200),
                Require.present("category", command.category())));
    }

    @CommandHandler
    public void handle(AssignResearchAuthors command) {
        requireStatus(SET);
        List<String> assigned = Checks.people("authorIds", command.authorIds());
        for (String author : assigned) {
            if (authors.contains(author)) {
                throw new CommandRefused(CONFLICT, "authorIds", author + " is an author already");
            }
        }
        apply(new ResearchAuthorsAssigned(topicId, assigned));
    }

    @CommandHandler
    public void handle(SubmitResearchReport command) {
        requireStatus(SET);
        if (authors.isEmpty()) {
            throw new CommandRefused(CONFLICT, "authorIds", "no author is assigned to write the report");
        }
        apply(new ResearchReportSubmitted(topicId, category, Require.name("reportTitle", command.reportTitle(), 200),
                Require.name("documentReference", command.documentReference(), 200)));
    }

    @CommandHandler
    public void handle(AdoptResearchReport command) {
        requireStatus(SUBMITTED);
        apply(new ResearchReportAdopted(topicId, category, Require.name("body", command.body(), 200),
                Require.present("adoptedOn", command.adoptedOn())));
    }

    @CommandHandler
    public void handle(DeclineResearchReport command) {
        requireStatus(SUBMITTED);
        apply(new ResearchReportNotAdopted(topicId, category, Require.name("reason", command.reason(), 1000)));
    }

    private void requireStatus(ResearchStatus expected) {
        if (status != expected) {
            throw new CommandRefused(CONFLICT, "status", "is " + status + "; this step needs " + expected);
        }
    }

    @EventSourcingHandler
    void on(ResearchTopicSet event) {
        this.topicId = event.topicId();
        this.category = event.category();
        this.status = SET;
    }

    @EventSourcingHandler
    void on(ResearchAuthorsAssigned event) {
        authors.addAll(event.authorIds());
    }

    @EventSourcingHandler
    void on(ResearchReportSubmitted event) {
        this.status = SUBMITTED;
    }

    @EventSourcingHandler
    void on(ResearchReportAdopted event) {
        this.status = ADOPTED;
    }

    @EventSourcingHandler
    void on(ResearchReportNotAdopted event) {
        this.status = NOT_ADOPTED;
    }
}
