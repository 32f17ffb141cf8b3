package org.haian.strata.contract.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What a bearer token must say about its user, the contract between the identity provider and every component that
 * checks tokens (the gateway and each service): the roles, and for a township-bound user the township.
 */
public final class TokenClaims {

    /** The user's roles: CITY_ADMIN, TOWNSHIP_OFFICER, LIAISON_CADRE, ANALYST. */
    public static final String ROLES = "roles";
    /** The township code a township officer or a cadre works in. */
    public static final String TOWNSHIP = "township";
    /** Where Keycloak puts realm roles when no mapper copies them to {@value #ROLES}. */
    static final String KEYCLOAK_REALM_ACCESS = "realm_access";

    private TokenClaims() {
    }

    /** The roles a token grants, from {@value #ROLES} or Keycloak's {@code realm_access.roles}, without repeats. */
    public static List<String> roles(Map<String, Object> claims) {
        List<String> roles = new ArrayList<>(strings(claims.get(ROLES)));
        if (claims.get(KEYCLOAK_REALM_ACCESS) instanceof Map<?, ?> realm) {
            roles.addAll(strings(realm.get(ROLES)));
        }
        return roles.stream().distinct().toList();
    }

    private static List<String> strings(Object value) {
        return value instanceof Collection<?> values ? values.stream().map(String::valueOf).toList() : List.of();
    }
}
