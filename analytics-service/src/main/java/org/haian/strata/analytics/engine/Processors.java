package org.haian.strata.analytics.engine;

/** Starts and stops the streaming processor of a source (named like the source) in this instance. */
public interface Processors {

    /** Has the source's processor run, or not, from now on; returns once it is so. */
    void run(String source, boolean running);
}
