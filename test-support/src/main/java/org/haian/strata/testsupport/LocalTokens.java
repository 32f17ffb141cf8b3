package org.haian.strata.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;

import com.nimbusds.jose.util.JSONObjectUtils;
import org.haian.strata.infra.identity.LocalUser;

/**
 * Signs a seeded user in at the test JVM's local token issuer ({@code HAIAN_JWT_ISSUER_URI}), the way a client
 * would with {@code POST /token}, and returns the bearer token.
 */
public final class LocalTokens {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private LocalTokens() {
    }

    public static String of(String username) {
        return of(System.getProperty("HAIAN_JWT_ISSUER_URI"), username);
    }

    public static String of(String issuer, String username) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(issuer + "/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "grant_type=password&username=" + username + "&password=" + LocalUser.PASSWORD))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("No token for " + username + ": " + response.body());
            }
            return (String) JSONObjectUtils.parse(response.body()).get("access_token");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }
}
