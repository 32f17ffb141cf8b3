package org.haian.strata.liaison.domain;

import org.haian.strata.platform.domain.CommandRefused;

import static org.haian.strata.platform.domain.CommandRefused.Kind.INVALID;

/** The input checks every aggregate makes, worded the same everywhere so callers learn one vocabulary. */
final class Require {

    private Require() {
    }

    /** A required text, stripped: stored names never carry the stray blanks of a form. */
    static String text(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new CommandRefused(INVALID, field, "must not be blank");
        }
        return value.strip();
    }

    static <T> T present(String field, T value) {
        if (value == null) {
            throw new CommandRefused(INVALID, field, "is required");
        }
        return value;
    }

    /** An optional text, stripped; blank means absent, so "" and null never count as two different values. */
    static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
