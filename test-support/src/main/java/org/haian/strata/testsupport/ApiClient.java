package org.haian.strata.testsupport;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The API at one address (a service, or the gateway in front of all of them), called as the local issuer's seeded
 * users. Tokens are fetched once per user and issuer and kept: they last for hours.
 */
public final class ApiClient {

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private final String baseUrl;
    private final String issuer;

    /** @param issuer the local token issuer the users sign in at */
    public ApiClient(String baseUrl, String issuer) {
        this.baseUrl = baseUrl;
        this.issuer = issuer;
    }

    /** Signed in as this seeded user. */
    public Caller as(String user) {
        return new Caller(baseUrl, TOKENS.computeIfAbsent(issuer + "|" + user, key -> LocalTokens.of(issuer, user)));
    }

    /** Without a token. */
    public Caller anonymous() {
        return new Caller(baseUrl, null);
    }

    /** With a bearer token of the caller's own making (a forged or expired one). */
    public Caller withToken(String token) {
        return new Caller(baseUrl, token);
    }

    public String baseUrl() {
        return baseUrl;
    }
}
