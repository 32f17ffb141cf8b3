package org.haian.strata.gateway;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * In the local profile only: {@code POST /auth/token} reaches the embedded default's token issuer, so a newcomer
 * signs in at the same address as everything else, as often as {@link SignInLimit} allows. Production users sign
 * in at their identity provider, which limits sign-ins itself.
 */
@Configuration(proxyBeanMethods = false)
@Profile("local")
public class LocalTokenRoute {

    @Bean
    SignInLimit signInLimit(@Value("${haian.gateway.sign-in-limit.attempts-per-address}") int attempts,
                            @Value("${haian.gateway.sign-in-limit.failures-per-user}") int failures,
                            @Value("${haian.gateway.sign-in-limit.period}") Duration period, Problems problems) {
        return new SignInLimit(attempts, failures, period, problems);
    }

    @Bean
    RouteLocator localToken(RouteLocatorBuilder routes, @Value("${HAIAN_JWT_ISSUER_URI}") String issuer,
                            SignInLimit limit) {
        return routes.routes()
                .route("local-token", route -> route.path("/auth/token").and().method("POST")
                        .filters(filter -> filter.filter(limit).setPath("/token"))
                        .uri(issuer))
                .build();
    }
}
