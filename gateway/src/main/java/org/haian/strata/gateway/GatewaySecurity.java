package org.haian.strata.gateway;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.haian.strata.contract.identity.TokenClaims;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The first of two checks (each service checks again): every {@code /api/**} call needs a valid bearer token
 * (signed by the trusted issuer, not expired, never without an expiry, for this system's audience), and its roles
 * must fit the context it goes to. Township rules need the records, so the services apply them.
 *
 * <p>Public: sign-in, {@code /actuator/health} (and its liveness and readiness groups), the Swagger UI and the API
 * documents it loads, which describe the API and hold no data, and the dashboard's page and assets, which hold none
 * either (it reads its figures from {@code /api/analytics/**} with the signed-in user's token). The gateway's other
 * management endpoints are for the city administrator.
 */
@Configuration(proxyBeanMethods = false)
public class GatewaySecurity {

    /**
     * Scripts, styles, fonts and calls from this origin only: the dashboard and the Swagger UI load everything from
     * the gateway (no CDN), so a script injected from elsewhere, or written inline, does not run. Images may also be
     * {@code data:} URIs, which the Swagger UI's style sheet uses for its icons.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    /** The Swagger UI also writes inline styles (scripts stay 'self' only); the dashboard does not need them. */
    static final String SWAGGER_UI_POLICY = CONTENT_SECURITY_POLICY + "; style-src 'self' 'unsafe-inline'";
    private static final String CSP = "Content-Security-Policy";

    @Bean
    SecurityWebFilterChain gatewayFilterChain(ServerHttpSecurity http, Problems problems,
                                              AnonymousRateLimit anonymous) {
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .headers(headers -> headers.writer(GatewaySecurity::contentSecurityPolicy))
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers("/api/liaison/**").hasAnyRole("CITY_ADMIN", "TOWNSHIP_OFFICER", "LIAISON_CADRE")
                        .pathMatchers("/api/outreach/**", "/api/contribution/**")
                        .hasAnyRole("CITY_ADMIN", "TOWNSHIP_OFFICER", "LIAISON_CADRE")
                        .pathMatchers("/api/analytics/**").hasAnyRole("CITY_ADMIN", "ANALYST", "TOWNSHIP_OFFICER")
                        // Reminders name records for whoever must act on them: not for analysts, who read figures.
                        .pathMatchers("/api/reminders/**", "/api/reminders")
                        .hasAnyRole("CITY_ADMIN", "TOWNSHIP_OFFICER", "LIAISON_CADRE")
                        .pathMatchers("/api/**").denyAll()
                        .pathMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .pathMatchers("/actuator/**").hasRole("CITY_ADMIN")
                        // Sign-in, API documents, Swagger UI, the dashboard (/, /dashboard/**, /webjars/**); anything
                        // else matches no route and is a 404.
                        .anyExchange().permitAll())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(roles()))
                        .authenticationEntryPoint((exchange, e) -> unauthorized(problems, anonymous, exchange, e))
                        .accessDeniedHandler((exchange, e) -> problems.write(exchange, HttpStatus.FORBIDDEN,
                                "Your role does not allow this request")))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint((exchange, e) -> unauthorized(problems, anonymous, exchange, e))
                        .accessDeniedHandler((exchange, e) -> problems.write(exchange, HttpStatus.FORBIDDEN,
                                "Your role does not allow this request")))
                .build();
    }

    private static Mono<Void> contentSecurityPolicy(ServerWebExchange exchange) {
        HttpHeaders headers = exchange.getResponse().getHeaders();
        if (!headers.containsKey(CSP)) {
            boolean swaggerUi = exchange.getRequest().getPath().pathWithinApplication().value().startsWith("/swagger-ui");
            headers.set(CSP, swaggerUi ? SWAGGER_UI_POLICY : CONTENT_SECURITY_POLICY);
        }
        return Mono.empty();
    }

    /** Added by Spring Boot to its own checks of signature, issuer and expiry time. */
    @Bean
    OAuth2TokenValidator<Jwt> haianClaims(
            @Value("${" + TokenClaims.AUDIENCE_SETTING + ":" + TokenClaims.DEFAULT_AUDIENCE + "}") String audience) {
        return jwt -> TokenClaims.refusal(jwt.getClaims(), audience, Instant.now())
                .map(reason -> OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
                        reason, null)))
                .orElseGet(OAuth2TokenValidatorResult::success);
    }

    /**
     * 401 as problem+json with the {@code WWW-Authenticate} challenge RFC 6750 asks for, and the reason in the
     * project's words. A refused token counts against its address as a request without one would; past that
     * limit the answer is 429.
     */
    private static Mono<Void> unauthorized(Problems problems, AnonymousRateLimit anonymous, ServerWebExchange exchange,
                                           AuthenticationException e) {
        boolean tokenSent = e instanceof OAuth2AuthenticationException;
        Optional<Mono<Void>> tooMany = tokenSent ? anonymous.refusal(exchange) : Optional.empty();
        if (tooMany.isPresent()) {
            return tooMany.get();
        }
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, tokenSent
                ? "Bearer error=\"" + ((OAuth2AuthenticationException) e).getError().getErrorCode() + "\""
                : "Bearer");
        List<String> claimProblems = e.getCause() instanceof JwtValidationException invalid
                ? invalid.getErrors().stream().map(OAuth2Error::getDescription).toList()
                : List.of();
        return problems.write(exchange, HttpStatus.UNAUTHORIZED,
                "A valid bearer token is required: " + TokenClaims.refusalReason(tokenSent, e, claimProblems));
    }

    /** Roles from the token's {@code roles} claim, or Keycloak's {@code realm_access.roles}. */
    static Converter<Jwt, Mono<AbstractAuthenticationToken>> roles() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(GatewaySecurity::authorities);
        return new ReactiveJwtAuthenticationConverterAdapter(converter);
    }

    private static Collection<GrantedAuthority> authorities(Jwt jwt) {
        return TokenClaims.roles(jwt.getClaims()).stream()
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                .toList();
    }
}
