package org.haian.strata.contract.identity;

import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a bearer token must say about its user, the contract between the identity provider and every component that
 * checks tokens (the gateway and each service): the roles, and for a township-bound user the township; that it
 * expires, and that it is meant for this system. The refusals are worded here once, so a caller reads the same
 * reason at the gateway and at a service, and never the token library's own words.
 */
public final class TokenClaims {

    /** The user's roles: CITY_ADMIN, TOWNSHIP_OFFICER, LIAISON_CADRE, ANALYST. */
    public static final String ROLES = "roles";
    /** The township code a township officer or a cadre works in. */
    public static final String TOWNSHIP = "township";
    /** Where Keycloak puts realm roles when no mapper copies them to {@value #ROLES}. */
    static final String KEYCLOAK_REALM_ACCESS = "realm_access";
    /** When the token stops being valid; a token without it would be valid for ever, so it is refused. */
    public static final String EXPIRES_AT = "exp";
    /** Whom the token is for; with a realm shared by several clients, a token for another one is refused. */
    public static final String AUDIENCE = "aud";
    /** The setting (environment variable or property) naming the audience a token must carry. */
    public static final String AUDIENCE_SETTING = "HAIAN_JWT_AUDIENCE";
    /** The audience a token must carry unless {@value #AUDIENCE_SETTING} names another. */
    public static final String DEFAULT_AUDIENCE = "haian";
    /** The same leeway for clocks that differ a little as Spring Security's own expiry check. */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    /** Why a token is refused, said after "A valid bearer token is required: ". */
    public static final String NOT_SENT = "none was sent";
    public static final String MALFORMED = "the token is not a well-formed JWT";
    public static final String UNVERIFIED = "its signature does not match the keys of the trusted issuer";
    public static final String NO_EXPIRY = "the token has no expiry time (exp)";
    public static final String EXPIRED = "the token has expired; sign in again";
    public static final String OTHER_AUDIENCE = "the token is meant for another audience (aud)";
    public static final String NOT_ACCEPTED = "the token's issuer or validity period is not accepted here";
    private static final Set<String> CLAIM_REFUSALS = Set.of(NO_EXPIRY, EXPIRED, OTHER_AUDIENCE);

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

    /**
     * What is wrong with the claims of a token whose signature was verified, if anything: it must expire, not have
     * expired, and name {@code audience}. Claims as the JWT decoder gives them ({@code exp} an {@link Instant},
     * {@code aud} a string or a list of them).
     */
    public static Optional<String> refusal(Map<String, Object> claims, String audience, Instant now) {
        if (!(claims.get(EXPIRES_AT) instanceof Instant expiresAt)) {
            return Optional.of(NO_EXPIRY);
        }
        if (now.minus(CLOCK_SKEW).isAfter(expiresAt)) {
            return Optional.of(EXPIRED);
        }
        Object audiences = claims.get(AUDIENCE);
        if (!(audience.equals(audiences) || strings(audiences).contains(audience))) {
            return Optional.of(OTHER_AUDIENCE);
        }
        return Optional.empty();
    }

    /**
     * The reason a request's token was refused, for the 401's detail.
     *
     * @param tokenSent     whether the request carried a bearer token at all
     * @param failure       what the token check threw
     * @param claimProblems the descriptions of the failed claim checks, {@link #refusal}'s among them; empty when
     *                      the token failed before its claims were read
     */
    public static String refusalReason(boolean tokenSent, Throwable failure, Collection<String> claimProblems) {
        if (!tokenSent) {
            return NOT_SENT;
        }
        if (!claimProblems.isEmpty()) {
            return claimProblems.stream().filter(CLAIM_REFUSALS::contains).findFirst().orElse(NOT_ACCEPTED);
        }
        // A header that holds no bearer token at all fails with nothing underneath; a token that does not parse
        // carries the parser's exception; anything else was read but could not be verified.
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ParseException) {
                return MALFORMED;
            }
        }
        return failure.getCause() == null ? MALFORMED : UNVERIFIED;
    }

    private static List<String> strings(Object value) {
        return value instanceof Collection<?> values ? values.stream().map(String::valueOf).toList() : List.of();
    }
}
