package org.haian.strata.gateway;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * In the local profile only: {@code POST /auth/token} reaches the embedded default's token issuer, so a newcomer
 * signs in at the same address as everything else. Production users sign in at their identity provider.
 */
@Configuration(proxyBeanMethods = false)
@Profile("local")
public class LocalTokenRoute {

    @Bean
    RouteLocator localToken(RouteLocatorBuilder routes, @Value("${HAIAN_JWT_ISSUER_URI}") String issuer) {
        return routes.routes()
                .route("local-token", route -> route.path("/auth/token").and().method("POST")
                        .filters(filter -> filter.setPath("/token"))
                        .uri(issuer))
                .build();
    }
}
