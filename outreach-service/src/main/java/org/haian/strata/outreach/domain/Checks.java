package org.haian.strata.outreach.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.haian.strata.platform.domain.CommandRefused;
import org.haian.strata.platform.domain.Require;

import static org.haian.strata.platform.domain.CommandRefused.Kind.INVALID;

/** The input check only outreach's aggregates make; the shared ones are the platform's {@code Require}. */
final class Checks {

    private Checks() {
    }

    /** A list given, each of its ids once. */
    static List<String> distinct(String field, List<String> ids) {
        List<String> given = Require.present(field, ids);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            if (!seen.add(Require.present(field + "[" + i + "]", given.get(i)))) {
                throw new CommandRefused(INVALID, field + "[" + i + "]", "is named twice");
            }
        }
        return List.copyOf(given);
    }
}
