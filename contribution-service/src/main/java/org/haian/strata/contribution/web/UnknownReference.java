package org.haian.strata.contribution.web;

/**
 * A request names a record of another context (a person of liaison's registry) or of this service that cannot be
 * used here: not known, archived, ended, or out of the caller's reach. The request itself is well formed, so it is
 * 422 rather than 400, naming the field.
 */
public class UnknownReference extends RuntimeException {

    private final String field;

    public UnknownReference(String field, String reason) {
        super(reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
