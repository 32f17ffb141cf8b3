package org.haian.strata.outreach.api.references;

import org.haian.strata.contract.liaison.CadreLevel;

/** What outreach knows of a cadre of liaison's registry: their level, and the township of a township cadre. */
public record CadreReference(String cadreId, CadreLevel level, String township) {
}
