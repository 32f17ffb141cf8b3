package org.haian.strata.liaison.api.bases;

/** One work base (工作基地). */
public record FindWorkBase(String baseId) {
}
