package org.haian.strata.platform.security;

import java.util.EnumSet;
import java.util.Set;

import org.haian.strata.contract.identity.TokenClaims;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who is calling, from their validated token: the user, their roles, and the township they are bound to (a
 * township officer's or a cadre's {@code township} claim; {@code null} for city-wide roles). The township rule
 * built on it is {@link Tenancy}.
 */
public record Actor(String userId, Set<Role> roles, String township) {

    public static Actor current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof JwtAuthenticationToken token)) {
            throw new AccessDeniedException("Not signed in with a bearer token");
        }
        return from(token.getToken(), token.getAuthorities().stream().map(a -> a.getAuthority()).toList());
    }

    static Actor from(Jwt jwt, Iterable<String> authorities) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String authority : authorities) {
            for (Role role : Role.values()) {
                if (role.authority().equals(authority)) {
                    roles.add(role);
                }
            }
        }
        return new Actor(jwt.getSubject(), roles, jwt.getClaimAsString(TokenClaims.TOWNSHIP));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /**
     * Records by township: the city sees every township, a township officer their own. A cadre's reach is not a
     * township but the people assigned to them, which this cannot tell.
     */
    public boolean seesRecordsOf(String township) {
        return has(Role.CITY_ADMIN) || (has(Role.TOWNSHIP_OFFICER) && ownTownship(township));
    }

    /** Statistics: the city and analysts see every township, a township officer only their own. */
    public boolean seesFiguresOf(String township) {
        return seesCityFigures() || (has(Role.TOWNSHIP_OFFICER) && ownTownship(township));
    }

    /** The city's figures, above and across the townships: the city's staff and analysts. */
    public boolean seesCityFigures() {
        return has(Role.CITY_ADMIN) || has(Role.ANALYST);
    }

    /**
     * The township whose figures a request reads: what it asked for ({@code null}: the whole city) from who sees
     * the city's figures; otherwise the caller's own township, whose they must be.
     */
    public String figuresScope(String township) {
        if (seesCityFigures()) {
            return township;
        }
        String own = township == null ? this.township : township;
        requireFiguresOf(own);
        return own;
    }

    private boolean ownTownship(String township) {
        return this.township != null && this.township.equals(township);
    }

    /** A request for statistics that names a township this actor may not read is refused (403). */
    public void requireFiguresOf(String township) {
        if (!seesFiguresOf(township)) {
            throw new AccessDeniedException("township: you may only read " + this.township);
        }
    }
}
