package org.haian.strata.analytics.engine;

import java.util.List;

/**
 * What a bounded context contributes to the read side: a set of figures and how events change them. Each source is
 * a Spring bean; the engine gives it a streaming processor of its own over every context topic, collections of its
 * own, and a rebuild. See docs/READ-SIDE.md for how to add one.
 */
public sealed interface FigureSource permits EventCounting, KeyedCounting {

    /** Names the source's processor, token and collections: lower-case letters, digits and hyphens. */
    String name();

    /**
     * Raised whenever what the source counts changes (a new figure, a rule that counts differently). A version the
     * stored figures were not counted with is counted again over every past event, and until then the API reports
     * the source's figures as catching up instead of showing them.
     */
    int version();

    /** The figures this source counts, in the order the API lists them. */
    List<Figure> figures();
}
