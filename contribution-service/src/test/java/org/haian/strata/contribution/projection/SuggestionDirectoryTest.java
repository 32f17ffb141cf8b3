package org.haian.strata.contribution.projection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.DomainEventMessage;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.EventMetadata;
import org.haian.strata.contract.contribution.SuggestionAccepted;
import org.haian.strata.contract.contribution.SuggestionAdopted;
import org.haian.strata.contract.contribution.SuggestionImplemented;
import org.haian.strata.contract.contribution.SuggestionLevel;
import org.haian.strata.contract.contribution.SuggestionSubmitted;
import org.haian.strata.contribution.api.suggestions.FindSuggestion;
import org.haian.strata.contribution.api.suggestions.ListSuggestions;
import org.haian.strata.contribution.api.suggestions.SuggestionStatus;
import org.haian.strata.contribution.api.suggestions.SuggestionStep;
import org.haian.strata.contribution.api.suggestions.SuggestionView;
import org.haian.strata.testsupport.DomainEvents;
import org.haian.strata.testsupport.EmbeddedInfraExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/** Suggestion events in, the suggestions read model out, on the real MongoDB-wire server. */
@ExtendWith(EmbeddedInfraExtension.class)
class SuggestionDirectoryTest {

    private static final Instant MARCH = Instant.parse("2026-03-01T08:00:00Z");
    private static final Instant APRIL = Instant.parse("2026-04-01T08:00:00Z");

    private SuggestionDirectory directory;
    private DomainEvents events;

    @BeforeEach
    void setUp(MongoDatabase readModels) {
        directory = new SuggestionDirectory(readModels);
        events = new DomainEvents(directory);
    }

    @Test
    void everyStepIsKeptWithWhoTookItAndWhenEvenWhenDeliveredAgain() {
        DomainEventMessage<?> submitted = by("officer-libao", events.at(MARCH).message(submitted("s1", "libao", "a1")));
        events.deliver(submitted);
        events.at(APRIL).deliver(by("city-admin", events.message(new SuggestionAccepted("s1", "libao",
                Category.NEW_MEDIA, true))));
        DomainEventMessage<?> adopted = by("city-admin", events.message(new SuggestionAdopted("s1", "libao",
                Category.NEW_MEDIA, true, "Township government")));
        events.deliver(adopted).deliver(adopted).deliver(submitted);
        events.deliver(by("officer-libao", events.message(new SuggestionImplemented("s1", "libao",
                Category.NEW_MEDIA, true, "Desk opened", LocalDate.of(2026, 3, 30), "LZF-12"))));

        SuggestionView view = directory.handle(new FindSuggestion("s1")).orElseThrow();
        assertThat(view.status()).isEqualTo(SuggestionStatus.IMPLEMENTED);
        assertThat(view.adoptedBy()).isEqualTo("Township government");
        assertThat(view.implementedOn()).isEqualTo(LocalDate.of(2026, 3, 30));
        assertThat(view.steps()).containsExactly(
                new SuggestionStep(SuggestionStatus.SUBMITTED, "officer-libao", MARCH, null),
                new SuggestionStep(SuggestionStatus.ACCEPTED, "city-admin", APRIL, null),
                new SuggestionStep(SuggestionStatus.ADOPTED, "city-admin", APRIL, "Township government"),
                new SuggestionStep(SuggestionStatus.IMPLEMENTED, "officer-libao", APRIL, "Desk opened"));
        assertThat(directory.handle(new FindSuggestion("s2"))).isEmpty();
    }

    @Test
    void aListIsFilteredByTownshipStatusAndOriginNewestFirst() {
        events.at(MARCH).deliver(submitted("s1", "libao", null));
        events.at(APRIL).deliver(submitted("s2", "libao", "a1"), submitted("s3", "qutang", null));
        events.deliver(new SuggestionAccepted("s2", "libao", Category.NEW_MEDIA, true));

        assertThat(directory.handle(new ListSuggestions("libao", null, null, null, 0, 10)).items())
                .extracting(SuggestionView::suggestionId).containsExactly("s2", "s1");
        assertThat(directory.handle(new ListSuggestions(null, null, SuggestionStatus.SUBMITTED, null, 0, 10)).total())
                .isEqualTo(2);
        assertThat(directory.handle(new ListSuggestions(null, Category.NEW_MEDIA, null, true, 0, 10)).items())
                .extracting(SuggestionView::suggestionId).containsExactly("s2");
        assertThat(directory.handle(new ListSuggestions(null, null, null, null, 1, 2)).items())
                .extracting(SuggestionView::suggestionId).containsExactly("s1");
    }

    private static SuggestionSubmitted submitted(String id, String township, String agreementId) {
        return new SuggestionSubmitted(id, township, Category.NEW_MEDIA, List.of("p1"), "Topic", "Text",
                SuggestionLevel.TOWNSHIP, agreementId, null);
    }

    private static DomainEventMessage<?> by(String user, DomainEventMessage<?> message) {
        return message.andMetaData(Map.of(EventMetadata.ACTING_USER, user));
    }
}
