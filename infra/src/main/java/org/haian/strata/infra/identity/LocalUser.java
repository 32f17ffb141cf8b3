package org.haian.strata.infra.identity;

import java.util.List;

/**
 * A seeded account of the local token issuer: one per role, and per demo township where the role is scoped to one.
 *
 * @param username  the login and the token's subject
 * @param name      the person's display name
 * @param roles     the roles the token grants
 * @param township  the township a township officer or cadre works in, {@code null} for city-wide roles
 */
public record LocalUser(String username, String name, List<String> roles, String township) {

    /** Every local account signs in with this password. The issuer exists for local use only. */
    public static final String PASSWORD = "haian-local";

    public static final List<LocalUser> SEEDED = List.of(
            new LocalUser("city-admin", "City united-front department", List.of("CITY_ADMIN"), null),
            new LocalUser("analyst", "Dashboard analyst", List.of("ANALYST"), null),
            new LocalUser("officer-libao", "Libao township officer", List.of("TOWNSHIP_OFFICER"), "libao"),
            new LocalUser("officer-qutang", "Qutang township officer", List.of("TOWNSHIP_OFFICER"), "qutang"),
            new LocalUser("cadre-libao", "Libao listed cadre", List.of("LIAISON_CADRE"), "libao"),
            new LocalUser("cadre-qutang", "Qutang listed cadre", List.of("LIAISON_CADRE"), "qutang"));
}
