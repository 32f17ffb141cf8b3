package org.haian.strata.platform.security;

import java.io.IOException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.haian.strata.contract.identity.TokenClaims;
import org.haian.strata.platform.web.Refusals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
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
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Every {@code /api/**} call needs a valid bearer token from the configured issuer (not expired, never without an
 * expiry, for this system's audience); roles come from the token's {@code roles} claim (or Keycloak's
 * {@code realm_access.roles}). Refusals are problem+json like every other error, in the project's words.
 *
 * <p>Public: {@code /actuator/health} and its liveness and readiness groups (for probes), and the OpenAPI document,
 * which describes the API and holds no data (the gateway serves it to its Swagger UI before anyone signs in), and
 * {@code /actuator/prometheus}, for Prometheus to scrape: counts and timings, no record, and a service listens only
 * on loopback or the cluster's network, never behind the gateway's routes. The other management endpoints ({@code eventprocessors}, {@code metrics}, {@code info}) are for the city administrator.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
public class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);
    /** What Spring Security's {@code StrictHttpFirewall} lets through. */
    private static final List<String> ALLOWED_METHODS = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE",
            "OPTIONS");

    @Bean
    SecurityFilterChain api(HttpSecurity http, ObjectMapper json) throws Exception {
        return http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus",
                                "/v3/api-docs", "/v3/api-docs/**", "/error").permitAll()
                        .requestMatchers("/actuator/**").hasRole(Role.CITY_ADMIN.name())
                        .anyRequest().authenticated())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(roles()))
                        .authenticationEntryPoint((request, response, e) -> unauthorized(json, response, e))
                        .accessDeniedHandler((request, response, e) -> forbidden(json, response)))
                .exceptionHandling(handling -> handling
                        .accessDeniedHandler((request, response, e) -> forbidden(json, response)))
                .build();
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
     * Spring Security's firewall ({@code ;}, {@code ..}, an encoded {@code .}, TRACE, ...) would answer through Tomcat's
     * error page; a method it does not let through is a 405 that says which it does.
     */
    @Bean
    RequestRejectedHandler problemForRejectedRequests(ObjectMapper json) {
        return (request, response, rejected) -> {
            log.debug("The firewall refused {} {}: {}", request.getMethod(), request.getRequestURI(),
                    rejected.getMessage());
            if (!ALLOWED_METHODS.contains(request.getMethod())) {
                response.setHeader(HttpHeaders.ALLOW, String.join(", ", ALLOWED_METHODS));
                write(json, response, HttpStatus.METHOD_NOT_ALLOWED,
                        "The method " + request.getMethod() + " is not allowed here");
                return;
            }
            write(json, response, HttpStatus.BAD_REQUEST, "The request URL or a header holds something this service "
                    + "does not accept: '..', an encoded '/', '.' or '%', ';', '\\' or a NUL character");
        };
    }

    /** 401 with the {@code WWW-Authenticate} challenge RFC 6750 asks for, and the reason in the project's words. */
    private static void unauthorized(ObjectMapper json, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        boolean tokenSent = e instanceof OAuth2AuthenticationException;
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, tokenSent
                ? "Bearer error=\"" + ((OAuth2AuthenticationException) e).getError().getErrorCode() + "\""
                : "Bearer");
        List<String> claimProblems = e.getCause() instanceof JwtValidationException invalid
                ? invalid.getErrors().stream().map(OAuth2Error::getDescription).toList()
                : List.of();
        write(json, response, HttpStatus.UNAUTHORIZED,
                "A valid bearer token is required: " + TokenClaims.refusalReason(tokenSent, e, claimProblems));
    }

    /** Spring's own words here are "Access Denied"; the controllers' refusals say more, and answer themselves. */
    private static void forbidden(ObjectMapper json, HttpServletResponse response) throws IOException {
        write(json, response, HttpStatus.FORBIDDEN, "Your role does not allow this request");
    }

    static JwtAuthenticationConverter roles() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(SecurityConfiguration::authorities);
        return converter;
    }

    private static Collection<GrantedAuthority> authorities(Jwt jwt) {
        return TokenClaims.roles(jwt.getClaims()).stream()
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                .toList();
    }

    private static void write(ObjectMapper json, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        Refusals.write(json, response, Refusals.problem(status, detail));
    }
}
