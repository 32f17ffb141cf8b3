package org.haian.strata.platform.township;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The townships and subdistricts (区镇) of the deployment: the tenants of this system. Configured under
 * {@code haian.townships.<code>=<name>}; every person, organisation and activity names one of these codes.
 */
@ConfigurationProperties("haian")
public class Townships {

    private final Map<String, String> townships = new LinkedHashMap<>();

    public Map<String, String> getTownships() {
        return townships;
    }

    public boolean isKnown(String code) {
        return code != null && townships.containsKey(code);
    }

    public Set<String> codes() {
        return Collections.unmodifiableSet(townships.keySet());
    }
}
