package org.haian.strata.infra.identity;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default's OpenID Connect token issuer, for local use only: the seeded {@link LocalUser}s sign in with
 * a password and get an RS256 JWT that the gateway and the services validate like any provider's, through
 * {@code /.well-known/openid-configuration} and {@code /jwks}. Production names a real provider (Keycloak, ...)
 * instead, and a token from this issuer then fails validation: its issuer and key are not the configured ones.
 *
 * <p>The signing key is kept under the data folder, so tokens stay valid across restarts of the local suite.
 */
public final class LocalTokenIssuer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalTokenIssuer.class);
    static final Duration TOKEN_LIFETIME = Duration.ofHours(8);
    /**
     * The audience every token names, so the gateway and the services accept it: the default of
     * {@code HAIAN_JWT_AUDIENCE} ({@code TokenClaims.DEFAULT_AUDIENCE}), which infra cannot depend on.
     */
    public static final String AUDIENCE = "haian";

    private final Path keyFile;
    private final int port;
    private HttpServer server;
    private RSAKey key;

    public LocalTokenIssuer(Path keyFile, int port) {
        this.keyFile = keyFile;
        this.port = port;
    }

    public synchronized LocalTokenIssuer start() {
        if (server != null) {
            return this;
        }
        key = loadOrCreateKey();
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("Local token issuer cannot listen on port " + port, e);
        }
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.createContext("/.well-known/openid-configuration",
                exchange -> respond(exchange, 200, "application/json", discovery()));
        server.createContext("/jwks",
                exchange -> respond(exchange, 200, "application/json", new JWKSet(key.toPublicJWK()).toString()));
        server.createContext("/token", this::token);
        server.start();
        log.info("Local token issuer at {} (seeded users: {})", issuer(),
                LocalUser.SEEDED.stream().map(LocalUser::username).collect(Collectors.joining(", ")));
        return this;
    }

    public synchronized void stop() {
        if (server != null) {
            server.stop(0);
            ((ExecutorService) server.getExecutor()).shutdownNow();
            server = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    /** The issuer URI the services and the gateway are configured with ({@code HAIAN_JWT_ISSUER_URI}). */
    public String issuer() {
        return "http://localhost:" + port;
    }

    /** A signed token for a seeded user, as {@code POST /token} would return it; for tests. */
    public String tokenFor(String username) {
        return sign(username, claims -> claims);
    }

    /**
     * A token for a seeded user signed with this issuer's key but with its claims changed (no expiry, another
     * audience, ...): for tests of what a service or the gateway must refuse.
     */
    public String tokenFor(String username, UnaryOperator<JWTClaimsSet.Builder> change) {
        return sign(username, change);
    }

    private void token(HttpExchange exchange) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            exchange.getResponseHeaders().set("Allow", "POST");
            respond(exchange, 405, problem(405, "method-not-allowed", "Method not allowed", "invalid_request",
                    "Sign in with POST and a form body"));
            return;
        }
        Map<String, String> form;
        try {
            form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        } catch (MalformedField e) {
            respond(exchange, 400, invalid(e.field, "is not validly percent-encoded"));
            return;
        }
        String grant = form.getOrDefault("grant_type", "password");
        if (!"password".equals(grant)) {
            respond(exchange, 400, invalid("grant_type", "only 'password' is supported here"));
            return;
        }
        Optional<LocalUser> user = LocalUser.SEEDED.stream()
                .filter(candidate -> candidate.username().equals(form.get("username")))
                .filter(candidate -> LocalUser.PASSWORD.equals(form.get("password")))
                .findFirst();
        if (user.isEmpty()) {
            respond(exchange, 401, problem(401, "sign-in-refused", "Sign-in refused", "invalid_grant",
                    "Unknown user or wrong password"));
            return;
        }
        respond(exchange, 200, "application/json", JSONObjectUtils.toJSONString(Map.of(
                "access_token", sign(user.get().username(), claims -> claims),
                "token_type", "Bearer",
                "expires_in", TOKEN_LIFETIME.toSeconds())));
    }

    private String sign(String username, UnaryOperator<JWTClaimsSet.Builder> change) {
        LocalUser user = LocalUser.SEEDED.stream()
                .filter(candidate -> candidate.username().equals(username))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No seeded user " + username));
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer())
                .audience(AUDIENCE)
                .subject(user.username())
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(TOKEN_LIFETIME)))
                .claim("preferred_username", user.username())
                .claim("name", user.name())
                .claim("roles", user.roles());
        if (user.township() != null) {
            claims.claim("township", user.township());
        }
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    change.apply(claims).build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign a token", e);
        }
    }

    private String discovery() {
        return JSONObjectUtils.toJSONString(Map.of(
                "issuer", issuer(),
                "jwks_uri", issuer() + "/jwks",
                "token_endpoint", issuer() + "/token",
                "grant_types_supported", List.of("password"),
                "response_types_supported", List.of("token"),
                "subject_types_supported", List.of("public"),
                "id_token_signing_alg_values_supported", List.of("RS256")));
    }

    private RSAKey loadOrCreateKey() {
        try {
            if (Files.exists(keyFile)) {
                return RSAKey.parse(Files.readString(keyFile));
            }
            RSAKey created = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).keyID(UUID.randomUUID().toString())
                    .generate();
            Files.createDirectories(keyFile.toAbsolutePath().getParent());
            Files.writeString(keyFile, created.toJSONString());
            try {
                Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // Not a POSIX file system; the key is for local use only.
            }
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException("Unusable signing key in " + keyFile, e);
        }
    }

    /** A form body; a name or value that is not valid percent-encoding is named, not decoded into a guess. */
    private static Map<String, String> form(String body) throws MalformedField {
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            if (equals < 0) {
                continue;
            }
            String name = decode(pair.substring(0, equals), "body");
            form.put(name, decode(pair.substring(equals + 1), name));
        }
        return form;
    }

    private static String decode(String encoded, String field) throws MalformedField {
        try {
            return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new MalformedField(field);
        }
    }

    private static final class MalformedField extends Exception {
        private final String field;

        MalformedField(String field) {
            super(field, null, false, false);
            this.field = field;
        }
    }

    /**
     * A refusal as RFC 7807 problem+json like every other one in the suite, with OAuth's {@code error} code beside
     * it for clients that look for that.
     */
    private static String problem(int status, String type, String title, String oauthError, String detail) {
        return problem(status, type, title, oauthError, detail, Map.of());
    }

    private static String problem(int status, String type, String title, String oauthError, String detail,
                                  Map<String, Object> more) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "urn:haian:problem:" + type);
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        problem.putAll(more);
        problem.put("error", oauthError);
        return JSONObjectUtils.toJSONString(problem);
    }

    private static String invalid(String field, String reason) {
        return problem(400, "invalid-input", "Invalid input", "invalid_request", field + ": " + reason,
                Map.of("errors", List.of(Map.of("field", field, "reason", reason))));
    }

    private static void respond(HttpExchange exchange, int status, String problemJson) throws IOException {
        respond(exchange, status, "application/problem+json", problemJson);
    }

    private static void respond(HttpExchange exchange, int status, String contentType, String json)
            throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
