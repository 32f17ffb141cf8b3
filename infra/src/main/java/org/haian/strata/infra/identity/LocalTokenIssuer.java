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
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
        server.createContext("/.well-known/openid-configuration", exchange -> respond(exchange, 200, discovery()));
        server.createContext("/jwks", exchange -> respond(exchange, 200, new JWKSet(key.toPublicJWK()).toString()));
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
        return LocalUser.SEEDED.stream()
                .filter(user -> user.username().equals(username))
                .findFirst()
                .map(this::sign)
                .orElseThrow(() -> new IllegalArgumentException("No seeded user " + username));
    }

    private void token(HttpExchange exchange) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            respond(exchange, 405, error("invalid_request", "use POST with a form body"));
            return;
        }
        Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String grant = form.getOrDefault("grant_type", "password");
        if (!"password".equals(grant)) {
            respond(exchange, 400, error("unsupported_grant_type", "only grant_type=password"));
            return;
        }
        Optional<LocalUser> user = LocalUser.SEEDED.stream()
                .filter(candidate -> candidate.username().equals(form.get("username")))
                .filter(candidate -> LocalUser.PASSWORD.equals(form.get("password")))
                .findFirst();
        if (user.isEmpty()) {
            respond(exchange, 401, error("invalid_grant", "unknown user or wrong password"));
            return;
        }
        respond(exchange, 200, JSONObjectUtils.toJSONString(Map.of(
                "access_token", sign(user.get()),
                "token_type", "Bearer",
                "expires_in", TOKEN_LIFETIME.toSeconds())));
    }

    private String sign(LocalUser user) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer())
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
                    claims.build());
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

    private static Map<String, String> form(String body) {
        Map<String, String> form = new HashMap<>();
        Arrays.stream(body.split("&")).filter(pair -> pair.contains("=")).forEach(pair -> form.put(
                URLDecoder.decode(pair.substring(0, pair.indexOf('=')), StandardCharsets.UTF_8),
                URLDecoder.decode(pair.substring(pair.indexOf('=') + 1), StandardCharsets.UTF_8)));
        return form;
    }

    private static String error(String code, String description) {
        return JSONObjectUtils.toJSONString(Map.of("error", code, "error_description", description));
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
