package org.haian.strata.analytics.engine;

/**
 * One build of a source's read models: a live processor keeps the live generation current, and a rebuild counts
 * the next one from the beginning of the topics while the live one keeps serving.
 *
 * @param number counts up from 1 with every rebuild of the source
 */
public record Generation(String source, long number) {

    /** The collection of {@link CellMonth} documents. */
    public String cells() {
        return source + "_g" + number + "_cells";
    }

    /**
     * The collection of an {@link EventCounting} source's last place taken in per origin ({@link SeenOrigins}),
     * which tells a repeat the publisher sent again at a later offset.
     */
    public String seen() {
        return source + "_g" + number + "_seen";
    }

    /** The collection of a {@link KeyedCounting} source's key states and journal ({@link KeyStore}). */
    public String keys() {
        return source + "_g" + number + "_keys";
    }

    Generation next() {
        return new Generation(source, number + 1);
    }
}
