package org.haian.strata.liaison;

import org.haian.strata.contract.Topics;
import org.haian.strata.platform.ServiceLauncher;
import org.haian.strata.platform.messaging.PublishedTopic;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The "3" mechanisms (一横一纵一网): registry, listed liaison, joint conference, association network and bases. */
@SpringBootApplication
public class LiaisonApplication {

    public static void main(String[] args) {
        ServiceLauncher.run(LiaisonApplication.class, args);
    }

    /** Every event of this bounded context goes to its one topic. */
    @Bean
    PublishedTopic liaisonTopic() {
        return new PublishedTopic(Topics.LIAISON);
    }
}
