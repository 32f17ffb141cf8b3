package org.haian.strata.platform.domain;

import static org.haian.strata.platform.domain.CommandRefused.Kind.INVALID;

/** The input checks every aggregate makes, worded the same everywhere so callers learn one vocabulary. */
public final class Require {

    private Require() {
    }

    /** A required text, stripped: stored names never carry the stray blanks of a form. */
    public static String text(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new CommandRefused(INVALID, field, "must not be blank");
        }
        return value.strip();
    }

    /** A required text, stripped, of at most {@code maxLength} characters: free text, kept as it was typed. */
    public static String text(String field, String value, int maxLength) {
        String stripped = text(field, value);
        if (stripped.length() > maxLength) {
            throw new CommandRefused(INVALID, field, "must be at most " + maxLength + " characters");
        }
        return stripped;
    }

    /**
     * A name of a person, an organisation, a unit or a body, in its visible form ({@link VisibleText}): how it is
     * stored and compared. Folding may lengthen it (one ligature can stand for several letters), so the length is
     * checked after it, against what the registry can hold.
     */
    public static String name(String field, String value, int maxLength) {
        String visible = VisibleText.of(value);
        if (visible == null) {
            throw new CommandRefused(INVALID, field, "must not be blank");
        }
        if (visible.length() > maxLength) {
            throw new CommandRefused(INVALID, field, "must be at most " + maxLength + " characters once written out");
        }
        return visible;
    }

    public static <T> T present(String field, T value) {
        if (value == null) {
            throw new CommandRefused(INVALID, field, "is required");
        }
        return value;
    }

    /** An optional name: blank is absent, so that "" and null never mean two different things. */
    public static String optionalName(String field, String value, int maxLength) {
        return value == null || value.isBlank() ? null : name(field, value, maxLength);
    }

    /** An optional text, stripped; blank means absent, so "" and null never count as two different values. */
    public static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
