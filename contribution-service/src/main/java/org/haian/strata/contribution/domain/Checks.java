package org.haian.strata.contribution.domain;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.haian.strata.platform.domain.CommandRefused;
import org.haian.strata.platform.domain.VisibleText;

import static org.haian.strata.platform.domain.CommandRefused.Kind.INVALID;

/**
 * The input checks the contribution aggregates make again behind the edge's, in the edge's words, so that a command
 * sent by anything other than a controller is held to the same rules.
 */
final class Checks {

    private Checks() {
    }

    /** A required text in its visible form ({@link VisibleText}), at most so long once written out. */
    static String text(String field, String value, int maxLength) {
        String visible = VisibleText.of(value);
        if (visible == null) {
            throw new CommandRefused(INVALID, field, "must not be blank");
        }
        if (visible.length() > maxLength) {
            throw new CommandRefused(INVALID, field, "must be at most " + maxLength + " characters once written out");
        }
        return visible;
    }

    /** An optional text: blank is absent, so that "" and null never mean two different things. */
    static String optional(String field, String value, int maxLength) {
        return value == null || value.isBlank() ? null : text(field, value, maxLength);
    }

    static <T> T present(String field, T value) {
        if (value == null) {
            throw new CommandRefused(INVALID, field, "is required");
        }
        return value;
    }

    /** People named by id, at least one, each once: a second mention of an author is a mistake, not a vote. */
    static List<String> people(String field, List<String> ids) {
        if (ids == null || ids.isEmpty()) {
            throw new CommandRefused(INVALID, field, "must name at least one person");
        }
        Set<String> distinct = new LinkedHashSet<>();
        for (String id : ids) {
            if (!distinct.add(text(field, id, 100))) {
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
