package org.haian.strata.contribution.domain;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.haian.strata.platform.domain.CommandRefused;
import org.haian.strata.platform.domain.Require;

import static org.haian.strata.platform.domain.CommandRefused.Kind.INVALID;

/**
 * The input checks only contribution's aggregates make (the shared ones are the platform's {@code Require}), in the
 * edge's words, so that a command sent by anything other than a controller is held to the same rules.
 */
final class Checks {

    private Checks() {
    }

    /** People named by id, at least one, each once: a second mention of an author is a mistake, not a vote. */
    static List<String> people(String field, List<String> ids) {
        if (ids == null || ids.isEmpty()) {
            throw new CommandRefused(INVALID, field, "must name at least one person");
        }
        Set<String> distinct = new LinkedHashSet<>();
        for (String id : ids) {
            if (!distinct.add(Require.name(field, id, 100))) {
                throw new CommandRefused(INVALID, field, "names " + id.strip() + " twice");
            }
        }
        return List.copyOf(distinct);
    }

    /** The day after a term's first day; a term of no days is no term. */
    static void after(String field, LocalDate end, LocalDate start) {
        if (!end.isAfter(start)) {
            throw new CommandRefused(INVALID, field, "must be after " + start);
        }
    }
}
