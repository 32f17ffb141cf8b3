package org.haian.strata.outreach.projection;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.mongodb.client.MongoDatabase;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.liaison.CadreLevel;
import org.haian.strata.contract.liaison.OrganisationKind;
import org.haian.strata.contract.liaison.OrganisationRegistered;
import org.haian.strata.contract.liaison.OrganisationRegistrationWithdrawn;
import org.haian.strata.contract.liaison.OrganisationUpdated;
import org.haian.strata.contract.liaison.PersonArchived;
import org.haian.strata.contract.liaison.PersonRegistered;
import org.haian.strata.contract.liaison.PersonRegistrationWithdrawn;
import org.haian.strata.contract.outreach.ProblemRaised;
import org.haian.strata.contract.outreach.ProblemResolved;
import org.haian.strata.contract.outreach.VisitLogged;
import org.haian.strata.contract.outreach.VisitPlanned;
import org.haian.strata.outreach.api.references.FindOrganisationReference;
import org.haian.strata.outreach.api.references.FindPersonReference;
import org.haian.strata.outreach.api.references.PersonReference;
import org.haian.strata.outreach.api.visits.ListProblems;
import org.haian.strata.outreach.api.visits.ProblemState;
import org.haian.strata.outreach.api.visits.ProblemView;
import org.haian.strata.outreach.api.visits.SuggestVisits;
import org.haian.strata.outreach.api.visits.VisitCandidate;
import org.haian.strata.testsupport.EmbeddedInfraExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/** Liaison's and outreach's events in, outreach's view and its visit book out, on the real MongoDB-wire server. */
@ExtendWith(EmbeddedInfraExtension.class)
class VisitBookTest {

    private static final ZoneId HAIAN = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

    private LiaisonView view;
    private VisitBook book;

    @BeforeEach
    void setUp(MongoDatabase readModels) {
        view = new LiaisonView(readModels);
        book = new VisitBook(readModels, Clock.fixed(TODAY.atTime(12, 0).atZone(HAIAN).toInstant(), HAIAN));
    }

    private void organisation(String id, String name, int headcount, int influence) {
        view.on(new OrganisationRegistered(id, name, OrganisationKind.INTERMEDIARY_FIRM, Category.INTERMEDIARY,
                "libao", headcount, influence, null), 0);
    }

    private void visited(String visitId, String organisationId, LocalDate day) {
        book.on(new VisitPlanned(visitId, "libao", Category.INTERMEDIARY, organisationId, day, "c1"), 0);
        book.on(new VisitLogged(visitId, "libao", Category.INTERMEDIARY, organisationId, day, "c1",
                CadreLevel.TOWNSHIP, List.of(), List.of(), "findings"), 1);
    }

    @Test
    void thePeopleViewKnowsWhereAPersonCountsAndWhetherTheyWereArchived() {
        view.on(new PersonRegistered("p1", null, Category.NEW_MEDIA, "libao", "Org", "Role"), 0);
        view.on(new PersonArchived("p1", "libao", Category.NEW_MEDIA, null, false, 0), 1);

        assertThat(view.handle(new FindPersonReference("p1")))
                .contains(new PersonReference("p1", Category.NEW_MEDIA, "libao", true));
        assertThat(view.handle(new FindPersonReference("p2"))).isEmpty();
    }

    @Test
    void theSuggestionOrdersNeverVisitedThenLongestAgoThenLargerThenMoreInfluential() {
        organisation("o1", "Small", 5, 90);
        organisation("o2", "Large", 500, 10);
        organisation("o3", "Visited long ago", 900, 90);
        organisation("o4", "Visited lately", 2000, 100);
        organisation("o5", "Equally small", 5, 90);
        view.on(new OrganisationRegistered("o6", "Elsewhere", OrganisationKind.INTERMEDIARY_FIRM,
                Category.INTERMEDIARY, "qutang", 9999, 100, null), 0);
        visited("v1", "o3", LocalDate.of(2025, 1, 5));
        visited("v2", "o4", LocalDate.of(2025, 6, 1));
        visited("v3", "o4", LocalDate.of(2025, 2, 1));

        List<VisitCandidate> candidates = book.handle(new SuggestVisits("libao", Category.INTERMEDIARY, 10))
                .candidates();

        assertThat(candidates).extracting(VisitCandidate::organisationId).containsExactly("o2", "o5", "o1", "o3",
                "o4");
        assertThat(candidates.get(4).lastVisitedOn()).isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(book.handle(new SuggestVisits("libao", Category.INTERMEDIARY, 2)).candidates()).hasSize(2);
    }

    @Test
    void anOrganisationMovedToAnotherTownshipLeavesItsSuggestion() {
        organisation("o1", "Movers", 5, 5);
        view.on(new OrganisationUpdated("o1", "Movers", OrganisationKind.INTERMEDIARY_FIRM, Category.INTERMEDIARY,
                "qutang", 5, 5, null, Category.INTERMEDIARY, "libao", 5, null), 1);

        assertThat(book.handle(new SuggestVisits("libao", Category.INTERMEDIARY, 10)).candidates()).isEmpty();
        assertThat(view.handle(new FindOrganisationReference("o1")).orElseThrow().township()).isEqualTo("qutang");
    }

    /** Undoing the bulk import that registered them: no visit, no suggestion, and the person as if archived. */
    @Test
    void aRegistrationWithdrawnWithItsImportIsNamedNoMore() {
        organisation("o1", "Imported", 50, 50);
        organisation("o2", "Kept", 5, 5);
        view.on(new PersonRegistered("p1", null, Category.NEW_MEDIA, "libao", "Org", "Role"), 0);

        view.on(new OrganisationRegistrationWithdrawn("o1", OrganisationKind.INTERMEDIARY_FIRM,
                Category.INTERMEDIARY, "libao", 50, null, "batch-1"), 1);
        view.on(new PersonRegistrationWithdrawn("p1", "libao", Category.NEW_MEDIA, "batch-1"), 1);

        assertThat(view.handle(new FindOrganisationReference("o1"))).isEmpty();
        assertThat(book.handle(new SuggestVisits("libao", Category.INTERMEDIARY, 10)).candidates())
                .extracting(VisitCandidate::organisationId).containsExactly("o2");
        assertThat(view.handle(new FindPersonReference("p1")))
                .contains(new PersonReference("p1", Category.NEW_MEDIA, "libao", true));
    }

    @Test
    void openOverdueAndResolvedProblemsAsOfTodayInHaian() {
        organisation("o1", "Firm", 5, 5);
        visited("v1", "o1", LocalDate.of(2025, 6, 1));
        book.on(new ProblemRaised("v1", "late", "libao", Category.INTERMEDIARY, "d", "o", LocalDate.of(2025, 6, 1),
                TODAY.minusDays(1)), 2);
        book.on(new ProblemRaised("v1", "due-today", "libao", Category.INTERMEDIARY, "d", "o",
                LocalDate.of(2025, 6, 1), TODAY), 3);
        book.on(new ProblemRaised("v1", "done", "libao", Category.INTERMEDIARY, "d", "o", LocalDate.of(2025, 6, 1),
                TODAY.minusDays(5)), 4);
        book.on(new ProblemResolved("v1", "done", "libao", Category.INTERMEDIARY, TODAY.minusDays(2),
                TODAY.minusDays(5), "note"), 5);
        // Delivered again: counted once.
        book.on(new ProblemResolved("v1", "done", "libao", Category.INTERMEDIARY, TODAY.minusDays(2),
                TODAY.minusDays(5), "note"), 5);

        assertThat(problems(ProblemState.OPEN)).containsExactly("late", "due-today");
        assertThat(problems(ProblemState.OVERDUE)).containsExactly("late");
        assertThat(problems(ProblemState.RESOLVED)).containsExactly("done");
        assertThat(book.handle(new ListProblems("libao", null, null, 0, 10)).total()).isEqualTo(3);
        assertThat(book.handle(new ListProblems("qutang", null, null, 0, 10)).total()).isZero();
        assertThat(book.handle(new ListProblems(null, null, ProblemState.OPEN, 1, 1)).items())
                .extracting(ProblemView::problemId).containsExactly("due-today");
    }

    private List<String> problems(ProblemState state) {
        return book.handle(new ListProblems("libao", Category.INTERMEDIARY, state, 0, 10)).items().stream()
                .map(ProblemView::problemId).toList();
    }
}
