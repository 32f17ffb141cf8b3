package org.haian.strata.infra;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.SignedJWT;
import org.haian.strata.infra.identity.LocalTokenIssuer;
import org.haian.strata.infra.identity.LocalUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haian.strata.infra.EmbeddedInfrastructure.freePort;

class LocalTokenIssuerTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aSeededUserGetsASignedTokenWithRolesAndTownshipThatItsPublishedKeyVerifies(@TempDir Path dir) throws Exception {
        try (LocalTokenIssuer issuer = new LocalTokenIssuer(dir.resolve("key.json"), freePort()).start()) {
            HttpResponse<String> response = post(issuer.issuer() + "/token",
                    "grant_type=password&username=officer-libao&password=" + LocalUser.PASSWORD);

            assertThat(response.statusCode()).isEqualTo(200);
            SignedJWT token = SignedJWT.parse((String) JSONObjectUtils.parse(response.body()).get("access_token"));
            RSAKey published = JWKSet.parse(get(issuer.issuer() + "/jwks").body()).getKeys().get(0).toRSAKey();
            assertThat(token.verify(new RSASSAVerifier(published))).isTrue();
            assertThat(token.getJWTClaimsSet().getIssuer()).isEqualTo(issuer.issuer());
            assertThat(token.getJWTClaimsSet().getSubject()).isEqualTo("officer-libao");
            assertThat(token.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("TOWNSHIP_OFFICER");
            assertThat(token.getJWTClaimsSet().getStringClaim("township")).isEqualTo("libao");
        }
    }

    @Test
    void aWrongPasswordGetsNoToken(@TempDir Path dir) throws Exception {
        try (LocalTokenIssuer issuer = new LocalTokenIssuer(dir.resolve("key.json"), freePort()).start()) {
            HttpResponse<String> response = post(issuer.issuer() + "/token", "username=city-admin&password=guess");

            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.body()).contains("invalid_grant").doesNotContain("access_token");
        }
    }

    @Test
    void theDiscoveryDocumentNamesTheIssuerAndItsKeys(@TempDir Path dir) throws Exception {
        try (LocalTokenIssuer issuer = new LocalTokenIssuer(dir.resolve("key.json"), freePort()).start()) {
            Map<String, Object> discovery = JSONObjectUtils.parse(get(issuer.issuer() + "/.well-known/openid-configuration").body());

            assertThat(discovery).containsEntry("issuer", issuer.issuer()).containsEntry("jwks_uri", issuer.issuer() + "/jwks");
        }
    }

    @Test
    void theSigningKeySurvivesARestartSoIssuedTokensStayValid(@TempDir Path dir) throws Exception {
        int port = freePort();
        String token;
        try (LocalTokenIssuer issuer = new LocalTokenIssuer(dir.resolve("key.json"), port).start()) {
            token = issuer.tokenFor("analyst");
        }
        try (LocalTokenIssuer issuer = new LocalTokenIssuer(dir.resolve("key.json"), port).start()) {
            RSAKey published = JWKSet.parse(get(issuer.issuer() + "/jwks").body()).getKeys().get(0).toRSAKey();
            assertThat(SignedJWT.parse(token).verify(new RSASSAVerifier(published))).isTrue();
        }
    }

    private HttpResponse<String> post(String url, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
