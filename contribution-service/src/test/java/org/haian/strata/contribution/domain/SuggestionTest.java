package org.haian.strata.contribution.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.contribution.SuggestionAccepted;
import org.haian.strata.contract.contribution.SuggestionAdopted;
import org.haian.strata.contract.contribution.SuggestionImplemented;
import org.haian.strata.contract.contribution.SuggestionLevel;
import org.haian.strata.contract.contribution.SuggestionRejected;
import org.haian.strata.contract.contribution.SuggestionSubmitted;
import org.haian.strata.contract.contribution.SuggestionWrittenIntoPlan;
import org.haian.strata.contribution.api.suggestions.AcceptSuggestion;
import org.haian.strata.contribution.api.suggestions.AdoptSuggestion;
import org.haian.strata.contribution.api.suggestions.RecordImplementation;
import org.haian.strata.contribution.api.suggestions.RejectSuggestion;
import org.haian.strata.contribution.api.suggestions.SubmitSuggestion;
import org.haian.strata.contribution.api.suggestions.SuggestionStatus;
import org.haian.strata.contribution.api.suggestions.WriteIntoPlan;
import org.haian.strata.platform.domain.TownshipScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haian.strata.contribution.api.suggestions.SuggestionStatus.ACCEPTED;
import static org.haian.strata.contribution.api.suggestions.SuggestionStatus.ADOPTED;
import static org.haian.strata.contribution.api.suggestions.SuggestionStatus.IMPLEMENTED;
import static org.haian.strata.contribution.api.suggestions.SuggestionStatus.IN_PLAN;
import static org.haian.strata.contribution.api.suggestions.SuggestionStatus.REJECTED;
import static org.haian.strata.contribution.api.suggestions.SuggestionStatus.SUBMITTED;
import static org.haian.strata.platform.domain.CommandRefused.Kind.CONFLICT;
import static org.haian.strata.platform.domain.CommandRefused.Kind.INVALID;
import static org.haian.strata.platform.domain.CommandRefused.Kind.NOT_FOUND;
import static org.haian.strata.platform.domain.Refusal.refused;

/**
 * The suggestion's state machine, whole: from every status, every step, either the one event it allows or a 409
 * naming the status; and the checks of each step's own input.
 */
class SuggestionTest {

    private static final String ID = "s-1";
    private static final LocalDate DONE = LocalDate.of(2024, 5, 20);
    private static final SuggestionSubmitted SUBMISSION = new SuggestionSubmitted(ID, "libao",
            Category.ENTERPRISE_STAFF, List.of("p-1", "p-2"), "Headquarters economy", "A one-stop desk",
            SuggestionLevel.TOWNSHIP, "a-1", null);
    private static final SuggestionAccepted ACCEPTANCE = new SuggestionAccepted(ID, "libao",
            Category.ENTERPRISE_STAFF, true);
    private static final SuggestionRejected REJECTION = new SuggestionRejected(ID, "libao",
            Category.ENTERPRISE_STAFF, true, "Covered already");
    private static final SuggestionAdopted ADOPTION = new SuggestionAdopted(ID, "libao", Category.ENTERPRISE_STAFF,
            true, "Township government");
    private static final SuggestionImplemented IMPLEMENTATION = new SuggestionImplemented(ID, "libao",
            Category.ENTERPRISE_STAFF, true, "Desk opened", DONE, "LZF-2024-12");
    private static final SuggestionWrittenIntoPlan PLANNING = new SuggestionWrittenIntoPlan(ID, "libao",
            Category.ENTERPRISE_STAFF, true, "Five-year plan");

    /** The events that bring a suggestion to each status. */
    private static final Map<SuggestionStatus, List<Object>> HISTORY = Map.of(
            SUBMITTED, List.of(SUBMISSION),
            ACCEPTED, List.of(SUBMISSION, ACCEPTANCE),
            REJECTED, List.of(SUBMISSION, REJECTION),
            ADOPTED, List.of(SUBMISSION, ACCEPTANCE, ADOPTION),
            IMPLEMENTED, List.of(SUBMISSION, ACCEPTANCE, ADOPTION, IMPLEMENTATION),
            IN_PLAN, List.of(SUBMISSION, ACCEPTANCE, ADOPTION, IMPLEMENTATION, PLANNING));

    /** Each step: its command, the status it needs and the event it writes. */
    private enum Step {
        ACCEPT(new AcceptSuggestion(ID), SUBMITTED, ACCEPTANCE),
        REJECT(new RejectSuggestion(ID, " Covered already "), SUBMITTED, REJECTION),
        ADOPT(new AdoptSuggestion(ID, "Township government"), ACCEPTED, ADOPTION),
        IMPLEMENT(new RecordImplementation(ID, "Desk opened", DONE, "LZF-2024-12"), ADOPTED, IMPLEMENTATION),
        PLAN(new WriteIntoPlan(ID, "Five-year plan"), IMPLEMENTED, PLANNING);

        final Object command;
        final SuggestionStatus needs;
        final Object event;

        Step(Object command, SuggestionStatus needs, Object event) {
            this.command = command;
            this.needs = needs;
            this.event = event;
        }
    }

    private AggregateTestFixture<Suggestion> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Suggestion.class);
    }

    static Stream<Arguments> allowedSteps() {
        return Stream.of(Step.values()).map(step -> Arguments.of(step.needs, step));
    }

    static Stream<Arguments> refusedSteps() {
        List<Arguments> refused = new ArrayList<>();
        for (SuggestionStatus status : EnumSet.allOf(SuggestionStatus.class)) {
            for (Step step : Step.values()) {
                if (step.needs != status) {
                    refused.add(Arguments.of(status, step));
                }
            }
        }
        return refused.stream();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("allowedSteps")
    void eachStepFollowsTheOneBeforeItWithItsOwnEvent(SuggestionStatus status, Step step) {
        fixture.given(HISTORY.get(status))
                .when(step.command)
                .expectEvents(step.event);
    }

    @ParameterizedTest(name = "{0} -> {1} is refused")
    @MethodSource("refusedSteps")
    void aSkippedOrRepeatedStepIsAConflictNamingTheCurrentStatus(SuggestionStatus status, Step step) {
        fixture.given(HISTORY.get(status))
                .when(step.command)
                .expectException(refused(CONFLICT, "status", "is " + status + "; this step needs " + step.needs))
                .expectNoEvents();
    }

    @Test
    void theWholeStateMachineIsCovered() {
        assertThat(allowedSteps().count() + refusedSteps().count())
                .isEqualTo((long) SuggestionStatus.values().length * Step.values().length);
    }

    @Test
    void aSuggestionIsSubmittedByItsAuthorsWithItsOriginAndStandsSubmitted() {
        fixture.givenNoPriorActivity()
                .when(new SubmitSuggestion(ID, "libao", Category.ENTERPRISE_STAFF, List.of(" p-1", "p-2 "),
                        " Headquarters economy ", "A one-stop desk", SuggestionLevel.TOWNSHIP, "a-1", " "))
                .expectEvents(SUBMISSION);
    }

    static Stream<Arguments> incompleteSubmissions() {
        return Stream.of(
                Arguments.of(submission(List.of(), "Topic", SuggestionLevel.CITY, Category.FREELANCER), "authorIds"),
                Arguments.of(submission(List.of("p-1", " p-1"), "Topic", SuggestionLevel.CITY, Category.FREELANCER),
                        "authorIds"),
                Arguments.of(submission(List.of("p-1"), " ", SuggestionLevel.CITY, Category.FREELANCER), "topic"),
                Arguments.of(submission(List.of("p-1"), "Topic", null, Category.FREELANCER), "level"),
                Arguments.of(submission(List.of("p-1"), "Topic", SuggestionLevel.CITY, null), "category"));
    }

    private static SubmitSuggestion submission(List<String> authors, String topic, SuggestionLevel level,
                                               Category category) {
        return new SubmitSuggestion(ID, "libao", category, authors, topic, "Text", level, null, null);
    }

    @ParameterizedTest(name = "without a valid {1}")
    @MethodSource("incompleteSubmissions")
    void aSuggestionNeedsDistinctAuthorsATopicALevelAndACategory(SubmitSuggestion command, String field) {
        fixture.givenNoPriorActivity()
                .when(command)
                .expectException(refused(INVALID, field))
                .expectNoEvents();
    }

    @Test
    void aTownshipOfficerSubmitsOnlyInTheirOwnTownship() {
        fixture.givenNoPriorActivity()
                .when(submission(List.of("p-1"), "Topic", SuggestionLevel.CITY, Category.FREELANCER),
                        MetaData.with(TownshipScope.METADATA, "qutang"))
                .expectException(refused(NOT_FOUND, "township"))
                .expectNoEvents();
    }

    @Test
    void anotherTownshipsSuggestionCannotBeMovedOnByAnOfficer() {
        fixture.given(SUBMISSION)
                .when(new AcceptSuggestion(ID), MetaData.with(TownshipScope.METADATA, "qutang"))
                .expectException(refused(NOT_FOUND, "suggestionId"))
                .expectNoEvents();
    }

    @Test
    void aRejectionNeedsAReason() {
        fixture.given(SUBMISSION)
                .when(new RejectSuggestion(ID, " "))
                .expectException(refused(INVALID, "reason"))
                .expectNoEvents();
    }

    @Test
    void anAdoptionNeedsTheBodyThatAdopted() {
        fixture.given(SUBMISSION, ACCEPTANCE)
                .when(new AdoptSuggestion(ID, null))
                .expectException(refused(INVALID, "body"))
                .expectNoEvents();
    }

    @Test
    void anImplementationNeedsANoteADayAndADocument() {
        fixture.given(HISTORY.get(ADOPTED))
                .when(new RecordImplementation(ID, "Done", null, "Doc"))
                .expectException(refused(INVALID, "implementedOn"))
                .expectNoEvents();
        fixture.given(HISTORY.get(ADOPTED))
                .when(new RecordImplementation(ID, "Done", DONE, " "))
                .expectException(refused(INVALID, "documentReference"))
                .expectNoEvents();
    }

    @Test
    void aPlanIsNamed() {
        fixture.given(HISTORY.get(IMPLEMENTED))
                .when(new WriteIntoPlan(ID, ""))
                .expectException(refused(INVALID, "plan"))
                .expectNoEvents();
    }

    @Test
    void aSuggestionNotFromAnAgreementSaysSoAtEveryStep() {
        fixture.given(new SuggestionSubmitted(ID, "libao", Category.NEW_MEDIA, List.of("p-1"), "Topic", "Text",
                        SuggestionLevel.CITY, null, "m-1"))
                .when(new AcceptSuggestion(ID))
                .expectEvents(new SuggestionAccepted(ID, "libao", Category.NEW_MEDIA, false));
    }
}
