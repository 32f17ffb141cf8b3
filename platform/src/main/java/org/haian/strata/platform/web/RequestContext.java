package org.haian.strata.platform.web;

import java.io.IOException;
import java.security.Principal;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.messaging.MetaData;
import org.haian.strata.contract.EventMetadata;
import org.haian.strata.platform.domain.CadreScope;
import org.haian.strata.platform.domain.TownshipScope;
import org.haian.strata.platform.security.Actor;
import org.haian.strata.platform.security.Role;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id (the gateway's {@code X-Request-Id}, or a new one), puts it and the acting user in the
 * log context, and hands both to the commands the request sends, from where Axon copies them into every event.
 */
public class RequestContext extends OncePerRequestFilter {

    public static final String REQUEST_ID_HEADER = "X-Request-Id";
    private static final String ANONYMOUS = "anonymous";
    /** An id from outside is echoed into logs and headers: accept only a plain token. */
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String incoming = request.getHeader(REQUEST_ID_HEADER);
        String requestId = incoming != null && SAFE_ID.matcher(incoming).matches() ? incoming : UUID.randomUUID().toString();
        request.setAttribute(EventMetadata.REQUEST_ID, requestId);
        response.setHeader(REQUEST_ID_HEADER, requestId);
        MDC.put(EventMetadata.REQUEST_ID, requestId);
        MDC.put(EventMetadata.ACTING_USER, actingUser(request));
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(EventMetadata.REQUEST_ID);
            MDC.remove(EventMetadata.ACTING_USER);
        }
    }

    /**
     * The metadata a command sent while handling this request must carry: who acts, in which request, for a
     * township officer the township the command is confined to ({@link TownshipScope}), and for a listed cadre the
     * cadre it acts as ({@link CadreScope}).
     */
    public static MetaData commandMetaData(HttpServletRequest request) {
        Object requestId = request.getAttribute(EventMetadata.REQUEST_ID);
        Map<String, String> metaData = new HashMap<>(Map.of(
                EventMetadata.ACTING_USER, actingUser(request),
                EventMetadata.REQUEST_ID, requestId != null ? requestId.toString() : UUID.randomUUID().toString()));
        if (request.getUserPrincipal() != null) {
            Actor actor = Actor.current();
            boolean official = actor.has(Role.CITY_ADMIN) || actor.has(Role.TOWNSHIP_OFFICER);
            if (actor.has(Role.TOWNSHIP_OFFICER) && !actor.has(Role.CITY_ADMIN) && actor.township() != null) {
                metaData.put(TownshipScope.METADATA, actor.township());
            }
            if (actor.has(Role.LIAISON_CADRE) && !official) {
                metaData.put(CadreScope.METADATA, actor.userId());
            }
        }
        return MetaData.from(metaData);
    }

    private static String actingUser(HttpServletRequest request) {
        Principal principal = request.getUserPrincipal();
        return principal != null ? principal.getName() : ANONYMOUS;
    }
}
