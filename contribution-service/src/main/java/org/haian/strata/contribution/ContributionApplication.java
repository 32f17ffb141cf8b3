package org.haian.strata.contribution;

import org.haian.strata.contract.Topics;
import org.haian.strata.platform.ServiceLauncher;
import org.haian.strata.platform.messaging.PublishedTopic;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The "N" contribution channels (N条贡献通道): mutual aid, suggestions, two-way service. */
@SpringBootApplication
public class ContributionApplication {

    public static void main(String[] args) {
        ServiceLauncher.run(ContributionApplication.class, args);
    }

    /** Every event of this bounded context goes to its one topic. */
    @Bean
    PublishedTopic contributionTopic() {
        return new PublishedTopic(Topics.CONTRIBUTION);
    }
}
