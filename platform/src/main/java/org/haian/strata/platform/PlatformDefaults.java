package org.haian.strata.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.Profiles;
import org.springframework.core.io.ClassPathResource;

/**
 * Puts {@code haian-platform.yml} behind every other property source: the settings every service shares
 * (Axon on JDBC with Jackson, Kafka publication with acks=all, where Kafka, MongoDB and the data folder are), which
 * a service's own {@code application.yml}, the environment or the command line may still override.
 */
public class PlatformDefaults implements EnvironmentPostProcessor, Ordered {

    static final String RESOURCE = "haian-platform.yml";
    static final String ISSUER = "spring.security.oauth2.resourceserver.jwt.issuer-uri";
    static final String ISSUER_VARIABLE = "HAIAN_JWT_ISSUER_URI";
    /** The embedded default's token issuer (infra); trusted in the {@code local} profile only. */
    static final String LOCAL_ISSUER = "http://localhost:9000";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            new YamlPropertySourceLoader().load("haianPlatformDefaults", new ClassPathResource(RESOURCE))
                    .forEach(source -> environment.getPropertySources().addLast(source));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        trustedIssuer(environment);
    }

    /**
     * Tokens are trusted from {@code HAIAN_JWT_ISSUER_URI} (any OpenID Connect provider). Only the {@code local}
     * profile falls back to the embedded default's own issuer; anywhere else a missing issuer stops the start, so a
     * deployment can never quietly accept the local issuer's seeded users.
     */
    private static void trustedIssuer(ConfigurableEnvironment environment) {
        if (environment.containsProperty(ISSUER)) {
            return;
        }
        String issuer = environment.getProperty(ISSUER_VARIABLE);
        if (issuer == null && environment.acceptsProfiles(Profiles.of("local"))) {
            issuer = LOCAL_ISSUER;
        }
        if (issuer == null) {
            throw new IllegalStateException(ISSUER_VARIABLE + " is not set: name the OpenID Connect issuer whose "
                    + "tokens this service accepts (e.g. https://keycloak.example.org/realms/haian), or run with "
                    + "the 'local' profile to trust the embedded default's issuer at " + LOCAL_ISSUER);
        }
        environment.getPropertySources().addLast(new MapPropertySource("haianTrustedIssuer", Map.of(ISSUER, issuer)));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
