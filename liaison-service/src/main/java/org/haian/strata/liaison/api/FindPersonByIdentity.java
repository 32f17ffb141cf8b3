package org.haian.strata.liaison.api;

/**
 * The id of the person in active work registered under this name, organisation and township, compared after
 * trimming, collapsing inner whitespace, folding full-width forms and ignoring case; none when the organisation is
 * absent, since a name alone does not tell namesakes apart.
 */
public record FindPersonByIdentity(String township, String organisation, String name) {
}
