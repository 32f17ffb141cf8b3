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

    /** The package under which each context's published events live, one sub-package per context. */
    public static final String CONTRACT_PACKAGE = "org.haian.strata.contract";

    private static final String PREFIX = "haian.";
    private static final String SUFFIX = ".events";

    private Topics() {
    }

    /** The topic of a bounded context: {@value #LIAISON} for {@code liaison}. */
    public static String of(String context) {
        String topic = PREFIX + context + SUFFIX;
        if (!ALL.contains(topic)) {
            throw new IllegalArgumentException("Not a context: " + context + "; the contexts are " + ALL.stream()
                    .map(Topics::contextOf).toList());
        }
        return topic;
    }

    /** The bounded context a topic belongs to: {@code liaison} for {@value #LIAISON}. */
    public static String contextOf(String topic) {
        if (!topic.startsWith(PREFIX) || !topic.endsWith(SUFFIX)) {
            throw new IllegalArgumentException("Not a context topic: " + topic);
        }
        return topic.substring(PREFIX.length(), topic.length() - SUFFIX.length());
    }
}
