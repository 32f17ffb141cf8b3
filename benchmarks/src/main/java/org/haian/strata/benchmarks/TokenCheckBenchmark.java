package org.haian.strata.benchmarks;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.haian.strata.contract.identity.TokenClaims;
import org.haian.strata.infra.identity.LocalTokenIssuer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * What one bearer-token check costs, the check the gateway makes and each service makes again (issue #15 asks
 * whether doing it twice is where a request's time goes): Spring Security's {@link NimbusJwtDecoder} as Spring Boot
 * configures it from {@code HAIAN_JWT_ISSUER_URI} (the issuer's key set fetched once and cached), with the default
 * issuer and time validators and the project's own claims check, on a token of the local issuer (RS256, 2048-bit key).
 *
 * <p>Run it with the flags of {@code run.sh}'s JVMs ({@code -jvmArgsAppend -XX:TieredStopAtLevel=1}) and without, to
 * see what C1-only compilation costs here.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TokenCheckBenchmark {

    private Path keyDir;
    private LocalTokenIssuer issuer;
    private NimbusJwtDecoder decoder;
    private String token;

    @Setup(Level.Trial)
    public void start() throws IOException {
        keyDir = Files.createTempDirectory("token-check-benchmark");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        issuer = new LocalTokenIssuer(keyDir.resolve("issuer-key.json"), port).start();
        decoder = NimbusJwtDecoder.withIssuerLocation(issuer.issuer()).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(issuer.issuer()),
                jwt -> TokenClaims.refusal(jwt.getClaims(), TokenClaims.DEFAULT_AUDIENCE, Instant.now())
                        .map(reason -> OAuth2TokenValidatorResult.failure(
                                new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, reason, null)))
                        .orElseGet(OAuth2TokenValidatorResult::success)));
        token = issuer.tokenFor("city-admin");
        decoder.decode(token);
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        issuer.stop();
        Files.deleteIfExists(keyDir.resolve("issuer-key.json"));
        Files.deleteIfExists(keyDir);
    }

    /** Parse, verify the signature against the cached key set, and validate issuer, times and audience. */
    @Benchmark
    public Jwt checkABearerToken() {
        return decoder.decode(token);
    }
}
