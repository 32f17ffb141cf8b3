package org.haian.strata.outreach;

import org.haian.strata.contract.Topics;
import org.haian.strata.platform.ServiceLauncher;
import org.haian.strata.platform.messaging.PublishedTopic;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The "4" outreach modes (四种工作模式), one per category: professional connection, service, visits, co-hosting. */
@SpringBootApplication
public class OutreachApplication {

    public static void main(String[] args) {
        ServiceLauncher.run(OutreachApplication.class, args);
    }

    /** Every event of this bounded context goes to its one topic. */
    @Bean
    PublishedTopic outreachTopic() {
        return new PublishedTopic(Topics.OUTREACH);
    }
}
