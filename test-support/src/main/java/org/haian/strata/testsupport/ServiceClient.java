package org.haian.strata.testsupport;

import java.time.Duration;
import java.util.function.Supplier;

import org.springframework.core.env.Environment;

import static org.awaitility.Awaitility.await;

/**
 * The service under test over HTTP, called as the local issuer's seeded users, the way a client or the gateway
 * would call it; and the patience its eventually consistent read side needs.
 */
public final class ServiceClient {

    /** The read side follows a write within moments; this much is patience, not a time limit of the system. */
    public static final Duration READ_SIDE = Duration.ofSeconds(20);

    private final Environment environment;
    private final StoredEvents storedEvents;
    private ApiClient api;

    ServiceClient(Environment environment, StoredEvents storedEvents) {
        this.environment = environment;
        this.storedEvents = storedEvents;
    }

    public Caller as(String user) {
        return api().as(user);
    }

    public Caller anonymous() {
        return api().anonymous();
    }

    public Caller withToken(String token) {
        return api().withToken(token);
    }

    /** Makes a call that must be refused, and checks that it stored no event. */
    public Reply storesNothing(Supplier<Reply> call) {
        return storedEvents.unchangedBy(call);
    }

    /** Waits until what was written a moment ago can be read by this user, and returns it. */
    public Reply awaitReadable(String user, String path) {
        await().atMost(READ_SIDE).until(() -> as(user).get(path).status() == 200);
        return as(user).get(path);
    }

    // The port is known only once the web server has started, after the context that holds this bean.
    private synchronized ApiClient api() {
        if (api == null) {
            api = new ApiClient("http://localhost:" + environment.getRequiredProperty("local.server.port"),
                    environment.getRequiredProperty("HAIAN_JWT_ISSUER_URI"));
        }
        return api;
    }
}
