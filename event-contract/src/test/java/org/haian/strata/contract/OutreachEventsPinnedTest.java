package org.haian.strata.contract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Outreach's published events held to the contract's rules (pinned JSON both ways, the township, personal data
 * marked) until {@code docs/asyncapi.yaml} describes them: then {@link OutreachEvents} joins
 * {@code PublishedEventsContractTest.publishedEvents()}, which checks the document too, and this class goes.
 */
class OutreachEventsPinnedTest {

    private final PublishedEventsContractTest contract = new PublishedEventsContractTest();

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.haian.strata.contract.OutreachEvents#published")
    void theEventKeepsEveryRuleOfTheContractButTheDocument(String pinned, String revision, Object event,
                                                           boolean ofATownship) throws Exception {
        contract.theEventIsWrittenExactlyAsPinned(pinned, revision, event, ofATownship);
        contract.thePinnedFormIsReadBackAsTheEvent(pinned, revision, event, ofATownship);
        contract.everyEventThatBelongsToATownshipNamesIt(pinned, revision, event, ofATownship);
        contract.everyPersonalLookingFieldIsMarkedOneWayOrTheOther(pinned, revision, event, ofATownship);
    }
}
