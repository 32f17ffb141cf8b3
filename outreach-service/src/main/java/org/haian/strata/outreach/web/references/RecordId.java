package org.haian.strata.outreach.web.references;

/** The form of an id a request may name: what the suite's services hand out (a cadre's is their sign-in name). */
public final class RecordId {

    public static final String PATTERN = "[A-Za-z0-9._-]{1,64}";
    public static final String MESSAGE = "must be an id of letters, digits, '.', '-' and '_', at most 64";

    private RecordId() {
    }
}
