package org.haian.strata.platform;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** How every service starts: Axon's update checker off before anything loads, and a failed start ends the JVM. */
public final class ServiceLauncher {

    /** Axon reads this system property before Spring's environment exists; it is not only a Spring property. */
    static final String UPDATE_CHECKER_DISABLED = "axoniq.update-checker.disabled";

    private ServiceLauncher() {
    }

    public static ConfigurableApplicationContext run(Class<?> application, String... args) {
        System.setProperty(UPDATE_CHECKER_DISABLED, "true");
        try {
            return SpringApplication.run(application, args);
        } catch (RuntimeException e) {
            // Spring has logged why. Axon's and Kafka's threads would keep this JVM alive; scripts must see the failure.
            System.exit(1);
            throw e;
        }
    }
}
