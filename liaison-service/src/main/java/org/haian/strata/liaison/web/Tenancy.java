package org.haian.strata.liaison.web;

import org.haian.strata.platform.security.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The township rules for the records of this service, in one place: a request that names another township is 403;
 * a record of another township is answered as not found (404), so that its existence does not leak.
 */
final class Tenancy {

    private Tenancy() {
    }

    /**
     * The township a listing is confined to: for the city the one asked for, or every township ({@code null}); for a
     * township officer their own, which they may leave out but not replace by another (403). The same rule as for a
     * write, so {@link Actor#writableTownship} decides it.
     */
    static String listedTownship(String requested) {
        String township = Actor.current().writableTownship(requested);
        return township == null || township.isBlank() ? null : township;
    }

    /** Whether the caller may see a record of this township: the city every township, an officer their own. */
    static boolean visible(String township) {
        return Actor.current().seesPeopleOf(township);
    }

    static ResponseStatusException notFound(String what, String id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No " + what + " with id " + id);
    }
}
