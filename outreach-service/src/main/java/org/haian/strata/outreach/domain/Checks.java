package org.haian.strata.outreach.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.haian.strata.platform.domain.CommandRefused;

import static org.haian.strata.platform.domain.CommandRefused.Kind.INVALID;

/** The input checks outreach's aggregates make again behind the edge, worded as liaison's are. */
final class Checks {

    private Checks() {
    }

    /** A required text, stripped, of at most {@code maxLength} characters. */
    static String text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new CommandRefused(INVALID, field, "must not be blank");
        }
        String stripped = value.strip();
        if (stripped.length() > maxLength) {
            throw new CommandRefused(INVALID, field, "must be at most " + maxLength + " characters");
        }
        return stripped;
    }

    static <T> T present(String field, T value) {
        if (value == null) {
            throw new CommandRefused(INVALID, field, "is required");
        }
        return value;
    }

    /** A list given, each of its ids once. */
    static List<String> distinct(String field, List<String> ids) {
        List<String> given = present(field, ids);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            if (!seen.add(present(field + "[" + i + "]", given.get(i)))) {
                throw new CommandRefused(INVALID, field + "[" + i + "]", "is named twice");
            }
        }
        return List.copyOf(given);
    }
}
