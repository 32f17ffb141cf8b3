package org.haian.strata.liaison.web;

/** A registration would enter someone who is in the registry already: same name, organisation and township. */
class DuplicatePerson extends RuntimeException {

    private final String existingPersonId;

    DuplicatePerson(String existingPersonId) {
        super("A person with this name and organisation is registered in this township already");
        this.existingPersonId = existingPersonId;
    }

    String existingPersonId() {
        return existingPersonId;
    }
}
