package org.haian.strata.platform.security;

/** What a signed-in user may do; a token carries one or more in its {@code roles} claim. */
public enum Role {
    /** City staff of the united-front department (统战部): everything, every township. */
    CITY_ADMIN,
    /** A township officer: reads and writes only the township named by the token's {@code township} claim. */
    TOWNSHIP_OFFICER,
    /** A listed leader or cadre (列名联系的领导干部): reads the people assigned to them and logs contacts. */
    LIAISON_CADRE,
    /** An analyst or dashboard: statistics only, never a person's name or contact data. */
    ANALYST;

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
