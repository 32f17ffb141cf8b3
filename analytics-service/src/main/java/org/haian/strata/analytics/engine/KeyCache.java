package org.haian.strata.analytics.engine;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The key states this instance wrote last, kept so that the next batch need not read them again: valid as long as
 * the source's journal goes on from the entry this instance wrote last. Another instance that took over the source's
 * segment meanwhile wrote entries of its own, and the copies are dropped. At most {@link #KEYS} keys, the least
 * recently used go first.
 */
final class KeyCache<S> {

    static final int KEYS = 50_000;

    private final Map<String, KeyState<S>> states = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, KeyState<S>> eldest) {
            return size() > KEYS;
        }
    };
    private long wroteEntry = -1;

    /** Keeps the copies only if the journal's last entry is the one this instance wrote last. */
    synchronized void validate(long lastEntry) {
        if (lastEntry != wroteEntry) {
            clear();
        }
    }

    synchronized void clear() {
        states.clear();
        wroteEntry = -1;
    }

    synchronized Map<String, KeyState<S>> get(Collection<String> keys) {
        Map<String, KeyState<S>> found = new HashMap<>();
        for (String key : keys) {
            KeyState<S> state = states.get(key);
            if (state != null) {
                found.put(key, state);
            }
        }
        return found;
    }

    synchronized void wrote(long entry, Map<String, KeyState<S>> changed) {
        states.putAll(changed);
        wroteEntry = entry;
    }
}
