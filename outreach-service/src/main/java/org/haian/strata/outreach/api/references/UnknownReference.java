package org.haian.strata.outreach.api.references;

import org.haian.strata.platform.domain.CommandRefused;

/**
 * A command names a person, organisation or cadre that outreach's own view of liaison's registry does not know, or
 * knows as archived. The command is well-formed but cannot be carried out, which is a 422 naming the field, unlike
 * an invalid value (400). The view lags behind liaison by the time Kafka takes: a record registered a moment ago
 * may be refused once and accepted on a retry.
 */
public class UnknownReference extends CommandRefused {

    public UnknownReference(String field, String reason) {
        super(Kind.INVALID, field, reason);
    }
}
