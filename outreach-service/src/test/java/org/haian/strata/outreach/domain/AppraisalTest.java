package org.haian.strata.outreach.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.liaison.OrganisationKind;
import org.haian.strata.contract.outreach.AppraisalAwarded.Award;
import org.haian.strata.contract.outreach.AppraisalAwarded;
import org.haian.strata.contract.outreach.AppraisalClosed;
import org.haian.strata.contract.outreach.AppraisalKind;
import org.haian.strata.contract.outreach.AppraisalOpened;
import org.haian.strata.contract.outreach.NomineeNominated;
import org.haian.strata.contract.outreach.VoteCast;
import org.haian.strata.outreach.api.appraisals.AwardAppraisal;
import org.haian.strata.outreach.api.appraisals.CastVotes;
import org.haian.strata.outreach.api.appraisals.CloseAppraisal;
import org.haian.strata.outreach.api.appraisals.Nominate;
import org.haian.strata.outreach.api.appraisals.OpenAppraisal;
import org.haian.strata.outreach.api.references.OrganisationReference;
import org.haian.strata.outreach.api.references.PersonReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.haian.strata.platform.domain.CommandRefused.Kind.CONFLICT;
import static org.haian.strata.platform.domain.CommandRefused.Kind.INVALID;
import static org.haian.strata.platform.domain.Refusal.refused;

class AppraisalTest {

    private static final String ID = "2025-netizens";
    private static final AppraisalOpened OPENED = new AppraisalOpened(ID, 2025, AppraisalKind.NETIZENS);
    private static final PersonReference BLOGGER = new PersonReference("p-1", Category.NEW_MEDIA, "libao", false);

    private AggregateTestFixture<Appraisal> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Appraisal.class);
    }

    private static NomineeNominated nominee(String nomineeId) {
        return new NomineeNominated(ID, nomineeId, "libao", Category.NEW_MEDIA, "person-" + nomineeId, null, null,
                null);
    }

    private static VoteCast vote(String voter, String nomineeId) {
        return new VoteCast(ID, voter, nomineeId, "libao", Category.NEW_MEDIA);
    }

    @Test
    void anAppraisalIsOpenedUnderTheIdOfItsYearAndKind() {
        fixture.givenNoPriorActivity()
                .when(new OpenAppraisal(ID, 2025, AppraisalKind.NETIZENS))
                .expectEvents(OPENED);
        fixture.givenNoPriorActivity()
                .when(new OpenAppraisal("other", 2025, AppraisalKind.NETIZENS))
                .expectException(refused(INVALID, "appraisalId", "must be 2025-netizens"))
                .expectNoEvents();
    }

    @Test
    void aNetizenIsARegisteredPersonNominatedOnce() {
        NomineeNominated nominated = new NomineeNominated(ID, "n-1", "libao", Category.NEW_MEDIA, "p-1", null, null,
                null);
        fixture.given(OPENED)
                .when(new Nominate(ID, "n-1", "p-1", BLOGGER, null, null, null, null))
                .expectEvents(nominated);
        fixture.given(OPENED, nominated)
                .when(new Nominate(ID, "n-2", "p-1", BLOGGER, null, null, null, null))
                .expectException(refused(CONFLICT, "personId", "is nominated already"))
                .expectNoEvents();
    }

    @Test
    void anArchivedPersonIsNotNominated() {
        fixture.given(OPENED)
                .when(new Nominate(ID, "n-1", "p-1", new PersonReference("p-1", Category.NEW_MEDIA, "libao", true),
                        null, null, null, null))
                .expectException(refused(INVALID, "personId", "is archived in the registry"))
                .expectNoEvents();
    }

    @Test
    void onlineMediaNomineesAreMediaOutlets() {
        AppraisalOpened media = new AppraisalOpened("2025-online-media", 2025, AppraisalKind.ONLINE_MEDIA);
        OrganisationReference firm = new OrganisationReference("o-1", "Tax agents", OrganisationKind.INTERMEDIARY_FIRM,
                Category.INTERMEDIARY, "libao", 10, 10);
        OrganisationReference outlet = new OrganisationReference("o-2", "Haian Online", OrganisationKind.MEDIA_OUTLET,
                Category.NEW_MEDIA, "chengdong", 12, 80);
        fixture.given(media)
                .when(new Nominate("2025-online-media", "n-1", null, null, "o-1", firm, null, null))
                .expectException(refused(INVALID, "organisationId", "is not a media outlet"))
                .expectNoEvents();
        fixture.given(media)
                .when(new Nominate("2025-online-media", "n-2", null, null, "o-2", outlet, null, null))
                .expectEvents(new NomineeNominated("2025-online-media", "n-2", "chengdong", Category.NEW_MEDIA, null,
                        "o-2", null, null));
    }

    @Test
    void anArticleHasItsTitleLinkAndRegisteredAuthor() {
        AppraisalOpened articles = new AppraisalOpened("2025-online-articles", 2025, AppraisalKind.ONLINE_ARTICLES);
        fixture.given(articles)
                .when(new Nominate("2025-online-articles", "n-1", "p-1", BLOGGER, null, null, "Riverside",
                        "ftp://example.com/a"))
                .expectException(refused(INVALID, "articleLink", "must be an http or https address"))
                .expectNoEvents();
        fixture.given(articles)
                .when(new Nominate("2025-online-articles", "n-1", "p-1", BLOGGER, null, null, "Riverside",
                        "https://example.com/a"))
                .expectEvents(new NomineeNominated("2025-online-articles", "n-1", "libao", Category.NEW_MEDIA, "p-1",
                        null, "Riverside", "https://example.com/a"));
    }

    @Test
    void aNetizenAppraisalTakesNoArticle() {
        fixture.given(OPENED)
                .when(new Nominate(ID, "n-1", "p-1", BLOGGER, null, null, "Riverside", null))
                .expectException(refused(INVALID, "articleTitle"))
                .expectNoEvents();
    }

    @Test
    void aVoterGivesEachNomineeOneVote() {
        fixture.given(OPENED, nominee("n-1"), nominee("n-2"))
                .when(new CastVotes(ID, "ballot-1", List.of("n-1", "n-2")))
                .expectEvents(vote("ballot-1", "n-1"), vote("ballot-1", "n-2"));
        fixture.given(OPENED, nominee("n-1"), vote("ballot-1", "n-1"))
                .when(new CastVotes(ID, "ballot-1", List.of("n-1")))
                .expectException(refused(CONFLICT, "nomineeIds[0]", "has this voter's vote already"))
                .expectNoEvents();
        fixture.given(OPENED, nominee("n-1"))
                .when(new CastVotes(ID, "ballot-1", List.of("n-1", "n-1")))
                .expectException(refused(INVALID, "nomineeIds[1]", "is named twice"))
                .expectNoEvents();
    }

    @Test
    void aVoterGivesAtMostTenNomineesPerAppraisalOverAllTheirBallots() {
        List<Object> given = new ArrayList<>(List.of(OPENED));
        IntStream.rangeClosed(1, 11).forEach(i -> given.add(nominee("n-" + i)));
        IntStream.rangeClosed(1, 9).forEach(i -> given.add(vote("ballot-1", "n-" + i)));
        fixture.given(given)
                .when(new CastVotes(ID, "ballot-1", List.of("n-10", "n-11")))
                .expectException(refused(CONFLICT, "nomineeIds"))
                .expectNoEvents();
        fixture.given(given)
                .when(new CastVotes(ID, "ballot-1", List.of("n-10")))
                .expectEvents(vote("ballot-1", "n-10"));
    }

    @Test
    void aVoteForSomeoneNotNominatedIsRefusedNamingIt() {
        fixture.given(OPENED, nominee("n-1"))
                .when(new CastVotes(ID, "ballot-1", List.of("n-1", "n-9")))
                .expectException(refused(INVALID, "nomineeIds[1]", "is not a nominee of this appraisal"))
                .expectNoEvents();
    }

    @Test
    void nothingChangesAfterClose() {
        AppraisalClosed closed = new AppraisalClosed(ID, 1, 0);
        fixture.given(OPENED, nominee("n-1"))
                .when(new CloseAppraisal(ID))
                .expectEvents(closed);
        fixture.given(OPENED, nominee("n-1"), closed)
                .when(new CastVotes(ID, "ballot-1", List.of("n-1")))
                .expectException(refused(CONFLICT, "appraisalId", "is closed: nothing changes after close"))
                .expectNoEvents();
        fixture.given(OPENED, closed)
                .when(new Nominate(ID, "n-2", "p-1", BLOGGER, null, null, null, null))
                .expectException(refused(CONFLICT, "appraisalId"))
                .expectNoEvents();
        fixture.given(OPENED, closed)
                .when(new CloseAppraisal(ID))
                .expectException(refused(CONFLICT, "appraisalId"))
                .expectNoEvents();
    }

    @Test
    void anOpenAppraisalIsNotAwarded() {
        fixture.given(OPENED)
                .when(new AwardAppraisal(ID))
                .expectException(refused(CONFLICT, "appraisalId", "is still open: it is awarded once closed"))
                .expectNoEvents();
    }

    @Test
    void theTopTenAreAwardedOnceWithTiesToTheEarlierNomination() {
        // n-1 .. n-12 nominated in order; ballot a: n-1 .. n-10; b: n-12, n-5; c: n-12, n-2; d: n-12.
        // So n-12 has 3, n-2 and n-5 have 2, the rest of n-1 .. n-10 one each, n-11 none: eight tie at one vote
        // for the last seven places, and n-10, nominated last of them, is left out.
        List<Object> valid = new ArrayList<>(List.of(OPENED));
        IntStream.rangeClosed(1, 12).forEach(i -> valid.add(nominee("n-" + i)));
        IntStream.rangeClosed(1, 10).forEach(i -> valid.add(vote("a", "n-" + i)));
        valid.addAll(List.of(vote("b", "n-12"), vote("b", "n-5"), vote("c", "n-12"), vote("c", "n-2"),
                vote("d", "n-12"), new AppraisalClosed(ID, 12, 15)));

        fixture.given(valid)
                .when(new AwardAppraisal(ID))
                .expectEvents(new AppraisalAwarded(ID, List.of(
                        award(1, "n-12", 3), award(2, "n-2", 2), award(3, "n-5", 2), award(4, "n-1", 1),
                        award(5, "n-3", 1), award(6, "n-4", 1), award(7, "n-6", 1), award(8, "n-7", 1),
                        award(9, "n-8", 1), award(10, "n-9", 1))));
        List<Object> awarded = new ArrayList<>(valid);
        awarded.add(new AppraisalAwarded(ID, List.of()));
        fixture.given(awarded)
                .when(new AwardAppraisal(ID))
                .expectException(refused(CONFLICT, "appraisalId", "is awarded already"))
                .expectNoEvents();
    }

    private static Award award(int rank, String nomineeId, int votes) {
        return new Award(rank, nomineeId, votes, "libao", Category.NEW_MEDIA);
    }
}
