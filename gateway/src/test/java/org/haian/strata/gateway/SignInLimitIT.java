package org.haian.strata.gateway;

import org.haian.strata.infra.identity.LocalUser;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Signing in at {@code POST /auth/token} (the local profile): wrong passwords are limited per user, a right one
 * never counts against its user, and a form that is not valid percent-encoding is refused naming the field.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "haian.gateway.sign-in-limit.failures-per-user=3",
        "haian.gateway.sign-in-limit.period=1h"})
@ActiveProfiles("local")
class SignInLimitIT extends TestIssuer {



    @Test
    void afterTooManyWrongPasswordsAUserIsHeldBackEvenWithTheRightOne() {
        for (int i = 0; i < 3; i++) {
            signIn("officer-qutang", "guess-" + i).expectStatus().isUnauthorized()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
        signIn("officer-qutang", LocalUser.PASSWORD).expectStatus().isEqualTo(429)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().exists(HttpHeaders.RETRY_AFTER)
                .expectBody().jsonPath("$.type").isEqualTo("urn:haian:problem:too-many-requests")
                .jsonPath("$.detail").value(detail -> org.assertj.core.api.Assertions.assertThat((String) detail)
                        .contains("failed sign-ins"));
        // Another user is not held back by this one's failures.
        signIn("officer-libao", "guess").expectStatus().isUnauthorized();
        signIn("officer-libao", LocalUser.PASSWORD).expectStatus().isOk();
    }

    @Test
    void signingInRightlyNeverLocksAUserOut() {
        for (int i = 0; i < 10; i++) {
            signIn("analyst", LocalUser.PASSWORD).expectStatus().isOk()
                    .expectBody().jsonPath("$.access_token").exists();
        }
    }

    @Test
    void aFormThatIsNotValidPercentEncodingIsA400NamingTheField() {
        form("username=%ZZ&password=x").expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("username")
                .jsonPath("$.errors[0].reason").isNotEmpty();
        form("username=city-admin&password=%E4%ZZ").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("password");
    }

    private WebTestClient.ResponseSpec signIn(String user, String password) {
        return form("username=" + user + "&password=" + password);
    }

    private WebTestClient.ResponseSpec form(String body) {
        return http.post().uri("/auth/token").contentType(MediaType.APPLICATION_FORM_URLENCODED).bodyValue(body)
                .exchange();
    }
}
