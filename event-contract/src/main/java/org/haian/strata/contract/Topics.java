package org.haian.strata.contract;

import java.util.List;

/** One Kafka topic per bounded context; the record key is the aggregate id, so one aggregate's events stay in order. */
public final class Topics {

    /** The "3" mechanisms: registry, listed liaison, joint conference, association and bases. */
    public static final String LIAISON = "haian.liaison.events";
    /** The "4" outreach modes. */
    public static final String OUTREACH = "haian.outreach.events";
    /** The "N" contribution channels. */
    public static final String CONTRIBUTION = "haian.contribution.events";

    public static final List<String> ALL = List.of(LIAISON, OUTREACH, CONTRIBUTION);

    private Topics() {
    }
}
