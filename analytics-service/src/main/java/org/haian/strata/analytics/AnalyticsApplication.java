package org.haian.strata.analytics;

import org.haian.strata.platform.ServiceLauncher;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The read side: every context's events from Kafka, counted per township, category and day. */
@SpringBootApplication
public class AnalyticsApplication {

    public static void main(String[] args) {
        ServiceLauncher.run(AnalyticsApplication.class, args);
    }
}
