package org.haian.strata.outreach.api.connection;

/** One form. */
public record FindOpinionForm(String formId) {
}
