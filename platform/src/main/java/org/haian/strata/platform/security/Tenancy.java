package org.haian.strata.platform.security;

import java.util.Optional;
import java.util.function.Function;

import org.haian.strata.platform.domain.CommandRefused;
import org.springframework.security.access.AccessDeniedException;

/**
 * The township rule (the tenant is the township, 区镇) for every record of every service, in one place, for the
 * current caller:
 * <ul>
 *   <li>a request that <em>names</em> another township (in its body, path or query) is refused with 403;</li>
 *   <li>an <em>id</em> of a record of another township answers 404, exactly like an id that does not exist
 *       ({@link CommandRefused#notFound}), so that a township officer cannot probe for other townships' records.</li>
 * </ul>
 * The city (CITY_ADMIN) reads and writes every township; a township officer only the one in their token. Aggregates
 * apply the same rule on the write side ({@link org.haian.strata.platform.domain.TownshipRecord}).
 */
public final class Tenancy {

    private Tenancy() {
    }

    /**
     * The township a listing of records is confined to: for the city the one asked for, or every township
     * ({@code null}); for a township officer their own, which they may leave out but not replace by another (403).
     */
    public static String readableTownship(String requested) {
        return blankAsNull(confine(requested, "read"));
    }

    /**
     * The township a new or changed record goes to: for the city the one the request names (which may be none, for
     * a record that belongs to no township); for a township officer their own, which they may leave out (403 for
     * another).
     */
    public static String writableTownship(String requested) {
        return confine(requested, "act");
    }

    /** Whether the caller may see a record that belongs to this township now. */
    public static boolean visible(String township) {
        return Actor.current().seesRecordsOf(township);
    }

    /** The record, if there is one and the caller may see its township; otherwise the one not-found answer. */
    public static <T> T visibleOrNotFound(Optional<T> record, Function<T, String> township, String idField) {
        return record.filter(found -> visible(township.apply(found)))
                .orElseThrow(() -> CommandRefused.notFound(idField));
    }

    private static String confine(String requested, String verb) {
        Actor actor = Actor.current();
        if (actor.has(Role.CITY_ADMIN)) {
            return requested;
        }
        if (!actor.has(Role.TOWNSHIP_OFFICER) || actor.township() == null) {
            throw new AccessDeniedException("Your role does not " + verb + " for a township");
        }
        if (requested != null && !requested.isBlank() && !requested.equals(actor.township())) {
            throw new AccessDeniedException("township: you may only " + verb + " for " + actor.township());
        }
        return actor.township();
    }

    private static String blankAsNull(String township) {
        return township == null || township.isBlank() ? null : township;
    }
}
