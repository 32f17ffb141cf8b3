package org.haian.strata.platform.township;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which deployment of a service serves which townships, when a township runs its own (for example Yazhou its own
 * liaison-service, with its own event store, publishing to the city's Kafka cluster). Configured under
 * {@code haian.deployment}: {@code name} is this deployment's, {@code serves.<deployment>} the townships of each
 * deployment of the service, comma-separated, or {@code *} for every township that no other one serves. With nothing
 * configured a deployment serves every township, which is the embedded default.
 */
@ConfigurationProperties("haian.deployment")
public class Deployments {

    /** What a deployment that serves whatever the others do not serve lists. */
    public static final String EVERY_OTHER_TOWNSHIP = "*";

    private String name = "city";
    private final Map<String, String> serves = new LinkedHashMap<>();

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Map<String, String> getServes() {
        return serves;
    }

    /** Whether records of this township are kept here. */
    public boolean serves(String township) {
        return servedBy(township).map(name::equals).orElse(true);
    }

    /** The deployment that keeps the township's records; empty where none is configured to. */
    public Optional<String> servedBy(String township) {
        Optional<String> named = serves.entrySet().stream()
                .filter(deployment -> townships(deployment.getValue()).anyMatch(township::equals))
                .map(Map.Entry::getKey).findFirst();
        return named.or(() -> serves.entrySet().stream()
                .filter(deployment -> townships(deployment.getValue()).anyMatch(EVERY_OTHER_TOWNSHIP::equals))
                .map(Map.Entry::getKey).findFirst());
    }

    /**
     * Fails the start of a deployment whose map names an unknown township, or leaves this deployment out, so that a
     * typo does not quietly send a township's commands nowhere.
     */
    public void check(Townships known) {
        if (serves.isEmpty()) {
            return;
        }
        if (!serves.containsKey(name)) {
            throw new IllegalStateException("haian.deployment.serves lists no townships for this deployment ("
                    + name + "), which would then serve none");
        }
        serves.forEach((deployment, list) -> townships(list)
                .filter(township -> !EVERY_OTHER_TOWNSHIP.equals(township) && !known.isKnown(township))
                .forEach(township -> {
                    throw new IllegalStateException("haian.deployment.serves." + deployment + " names " + township
                            + ", which is no township of haian.townships");
                }));
    }

    private static Stream<String> townships(String list) {
        return Arrays.stream(list.split(",")).map(String::strip);
    }
}
