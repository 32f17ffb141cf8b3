package org.haian.strata.liaison;

import java.util.Optional;

import org.axonframework.extensions.kafka.eventhandling.producer.TopicResolver;
import org.haian.strata.contract.Topics;
import org.haian.strata.platform.ServiceLauncher;
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
    TopicResolver liaisonTopic() {
        return event -> Optional.of(Topics.LIAISON);
    }
}
