package org.haian.strata.contract;

import org.axonframework.serialization.Revision;
import org.junit.jupiter.params.provider.Arguments;

/**
 * One published event for the contract test: the file its JSON is pinned in, its revision, an instance, and whether
 * it belongs to a township. Each context lists its events with these ({@code LiaisonEvents}).
 */
final class Pinned {

    private Pinned() {
    }

    /** An event that belongs to one township (区镇), the tenant; pinned at its current revision. */
    static Arguments township(String pinned, Object event) {
        return Arguments.of(pinned, revisionOf(event), event, true);
    }

    /** A city-level event: it belongs to no single township. */
    static Arguments cityLevel(String pinned, Object event) {
        return Arguments.of(pinned, revisionOf(event), event, false);
    }

    private static String revisionOf(Object event) {
        return event.getClass().getAnnotation(Revision.class).value();
    }
}
