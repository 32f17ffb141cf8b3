package org.haian.strata.liaison.api.organisations;

/**
 * The names of the organisations registered in one township, each in the form the registry compares names in
 * (visible characters, letter case ironed out): what a bulk import finds there already.
 */
public record OrganisationNamesIn(String township) {
}
