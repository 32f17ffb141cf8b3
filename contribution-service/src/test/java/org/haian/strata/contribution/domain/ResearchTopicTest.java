package org.haian.strata.contribution.domain;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.contribution.ResearchAuthorsAssigned;
import org.haian.strata.contract.contribution.ResearchReportAdopted;
import org.haian.strata.contract.contribution.ResearchReportNotAdopted;
import org.haian.strata.contract.contribution.ResearchReportSubmitted;
import org.haian.strata.contract.contribution.ResearchTopicSet;
import org.haian.strata.contribution.api.research.AdoptResearchReport;
import org.haian.strata.contribution.api.research.AssignResearchAuthors;
import org.haian.strata.contribution.api.research.DeclineResearchReport;
import org.haian.strata.contribution.api.research.SetResearchTopic;
import org.haian.strata.contribution.api.research.SubmitResearchReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.haian.strata.platform.domain.CommandRefused.Kind.CONFLICT;
import static org.haian.strata.platform.domain.CommandRefused.Kind.INVALID;
import static org.haian.strata.platform.domain.Refusal.refused;

/** A research topic: set, authors assigned, one report, adopted or not, in that order. */
class ResearchTopicTest {

    private static final LocalDate DAY = LocalDate.of(2024, 6, 18);
    private static final ResearchTopicSet SET = new ResearchTopicSet("t-1", "Headquarters economy",
            Category.ENTERPRISE_STAFF);
    private static final ResearchAuthorsAssigned AUTHORS = new ResearchAuthorsAssigned("t-1", List.of("p-1"));
    private static final ResearchReportSubmitted REPORT = new ResearchReportSubmitted("t-1",
            Category.ENTERPRISE_STAFF, "Suggestions on the headquarters economy", "HA-2024-03");

    private AggregateTestFixture<ResearchTopic> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ResearchTopic.class);
    }

    @Test
    void theCitySetsATopicInACategory() {
        fixture.givenNoPriorActivity()
                .when(new SetResearchTopic("t-1", " Headquarters economy ", Category.ENTERPRISE_STAFF))
                .expectEvents(SET);
        fixture.givenNoPriorActivity()
                .when(new SetResearchTopic("t-1", "Topic", null))
                .expectException(refused(INVALID, "category")).expectNoEvents();
    }

    @Test
    void authorsAreAssignedEachOnceBeforeTheReport() {
        fixture.given(SET).when(new AssignResearchAuthors("t-1", List.of("p-1"))).expectEvents(AUTHORS);
        fixture.given(SET, AUTHORS).when(new AssignResearchAuthors("t-1", List.of("p-2", "p-1")))
                .expectException(refused(CONFLICT, "authorIds")).expectNoEvents();
        fixture.given(SET, AUTHORS, REPORT).when(new AssignResearchAuthors("t-1", List.of("p-2")))
                .expectException(refused(CONFLICT, "status")).expectNoEvents();
    }

    @Test
    void aReportNeedsAuthorsAndIsSubmittedOnce() {
        fixture.given(SET).when(new SubmitResearchReport("t-1", "Report", "Doc"))
                .expectException(refused(CONFLICT, "authorIds")).expectNoEvents();
        fixture.given(SET, AUTHORS)
                .when(new SubmitResearchReport("t-1", "Suggestions on the headquarters economy", "HA-2024-03"))
                .expectEvents(REPORT);
        fixture.given(SET, AUTHORS, REPORT).when(new SubmitResearchReport("t-1", "Again", "Doc"))
                .expectException(refused(CONFLICT, "status", "is SUBMITTED; this step needs SET")).expectNoEvents();
    }

    @Test
    void aSubmittedReportIsAdoptedByABodyOrNotAdoptedWithAReasonOnce() {
        fixture.given(SET, AUTHORS, REPORT).when(new AdoptResearchReport("t-1", "City government", DAY))
                .expectEvents(new ResearchReportAdopted("t-1", Category.ENTERPRISE_STAFF, "City government", DAY));
        fixture.given(SET, AUTHORS, REPORT).when(new DeclineResearchReport("t-1", "Overtaken"))
                .expectEvents(new ResearchReportNotAdopted("t-1", Category.ENTERPRISE_STAFF, "Overtaken"));
        fixture.given(SET, AUTHORS).when(new AdoptResearchReport("t-1", "City government", DAY))
                .expectException(refused(CONFLICT, "status")).expectNoEvents();
        fixture.given(SET, AUTHORS, REPORT,
                        new ResearchReportAdopted("t-1", Category.ENTERPRISE_STAFF, "City government", DAY))
                .when(new DeclineResearchReport("t-1", "Changed our mind"))
                .expectException(refused(CONFLICT, "status")).expectNoEvents();
        fixture.given(SET, AUTHORS, REPORT).when(new AdoptResearchReport("t-1", " ", DAY))
                .expectException(refused(INVALID, "body")).expectNoEvents();
    }
}
