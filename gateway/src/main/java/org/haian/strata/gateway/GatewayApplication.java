package org.haian.strata.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The one public entrance: every /api/** call passes here on its way to a service. */
@SpringBootApplication
public class GatewayApplication {

    public static void main(String[] args) {
        try {
            SpringApplication.run(GatewayApplication.class, args);
        } catch (RuntimeException e) {
            // Spring has logged why; scripts must see the failure rather than a JVM that lingers.
            System.exit(1);
        }
    }
}
