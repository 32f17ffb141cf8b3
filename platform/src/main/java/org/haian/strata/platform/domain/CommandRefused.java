package org.haian.strata.platform.domain;

import java.util.Locale;

/**
 * An aggregate (or the registry behind it) refused a command because carrying it out would break a rule of the
 * domain, or because the record it names is not there for this caller. It names the field the rule is about, so
 * the caller learns which input to change; the web layer turns it into problem+json.
 */
public class CommandRefused extends RuntimeException {

    /** What kind of refusal it is, which decides the HTTP status. */
    public enum Kind {
        /** The command contradicts the current state (409). */
        CONFLICT,
        /** The command names something that does not exist, or that the caller may not see (404). */
        NOT_FOUND,
        /** The command's own values break a rule (400). */
        INVALID,
        /** The command is for a township whose records another deployment of the service keeps (421). */
        SERVED_ELSEWHERE
    }

    /** What every record that is missing, or of another township, or of another kind, answers: the same 404. */
    public static final String NO_SUCH_RECORD = "no such record";

    private final Kind kind;
    private final String field;
    private final transient Existing existing;

    public CommandRefused(Kind kind, String field, String reason) {
        this(kind, field, reason, null);
    }

    private CommandRefused(Kind kind, String field, String reason, Existing existing) {
        super(reason);
        this.kind = kind;
        this.field = field;
        this.existing = existing;
    }

    /**
     * The one answer for a record the caller cannot reach: it does not exist, it belongs to another township, or
     * the id is of another kind of record. All three look the same, so that existence does not leak.
     *
     * @param idField the name of the id the caller gave ({@code personId}, {@code organisationId}, ...)
     */
    public static CommandRefused notFound(String idField) {
        return new CommandRefused(Kind.NOT_FOUND, idField, NO_SUCH_RECORD);
    }

    /**
     * The township is served by another deployment of the service, which keeps its records.
     *
     * @param deployment the name of that deployment ({@code haian.deployment.name} there)
     */
    public static CommandRefused servedElsewhere(String township, String deployment) {
        return new CommandRefused(Kind.SERVED_ELSEWHERE, "township",
                township + " is served by the deployment " + deployment + "; send it there");
    }

    /**
     * A conflict with a record that exists already, which the answer points at so the caller can go there.
     *
     * @param field      the input that collides
     * @param idField    the name of the existing record's id ({@code personId}); the answer names it
     *                   {@code existingPersonId}
     * @param existingId the existing record's id
     */
    public static CommandRefused conflictWith(String field, String reason, String idField, String existingId) {
        return new CommandRefused(Kind.CONFLICT, field, reason, new Existing(idField, existingId));
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

    /** The record this refusal collides with, or {@code null}. */
    public Existing existing() {
        return existing;
    }

    /**
     * A record that exists already.
     *
     * @param idField the name of its id, as the caller knows it
     * @param id      its id
     */
    public record Existing(String idField, String id) {

        /** The problem property that names it: {@code existingPersonId} for {@code personId}. */
        public String property() {
            return "existing" + idField.substring(0, 1).toUpperCase(Locale.ROOT) + idField.substring(1);
        }
    }
}
