package org.haian.strata.platform.domain;

/**
 * An aggregate refused a command because carrying it out would break a rule of the domain. It names the field the
 * rule is about, so the caller learns which input to change; the web layer turns it into problem+json.
 */
public class CommandRefused extends RuntimeException {

    /** What kind of refusal it is, which decides the HTTP status. */
    public enum Kind {
        /** The command contradicts the current state (409). */
        CONFLICT,
        /** The command names something that does not exist (404). */
        NOT_FOUND,
        /** The command's own values break a rule (400). */
        INVALID
    }

    private final Kind kind;
    private final String field;

    public CommandRefused(Kind kind, String field, String reason) {
        super(reason);
        this.kind = kind;
        this.field = field;
    }

    public Kind kind() {
        return kind;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return getMessage();
    }
}
