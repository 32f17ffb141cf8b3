package org.haian.strata.platform.messaging;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure the context topics exist with the configured partitions and replication, so that neither a broker's
 * auto-creation defaults nor the order in which services start decide their shape. A consumer that assigns
 * partitions when it opens its stream (as Axon's Kafka source does) only sees topics that exist at that moment.
 */
public class KafkaTopics {

    private static final Logger log = LoggerFactory.getLogger(KafkaTopics.class);
    private static final long TIMEOUT_SECONDS = 15;

    private final Map<String, Object> adminConfig;
    private final int partitions;
    private final short replicationFactor;

    public KafkaTopics(Map<String, Object> clientConfig, int partitions, short replicationFactor) {
        this.adminConfig = new HashMap<>(clientConfig);
        this.adminConfig.keySet().retainAll(AdminClientConfig.configNames());
        this.adminConfig.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS));
        this.adminConfig.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS));
        this.partitions = partitions;
        this.replicationFactor = replicationFactor;
    }

    /** Creates whichever of the topics are missing; throws if the cluster cannot be asked or refuses. */
    public void ensureExist(Collection<String> topics) {
        try (Admin admin = Admin.create(adminConfig)) {
            Set<String> existing = admin.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            List<NewTopic> missing = topics.stream()
                    .filter(topic -> !existing.contains(topic))
                    .map(topic -> new NewTopic(topic, partitions, replicationFactor))
                    .toList();
            if (missing.isEmpty()) {
                return;
            }
            try {
                admin.createTopics(missing).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                log.info("Created Kafka topics {} ({} partitions, replication {})",
                        missing.stream().map(NewTopic::name).toList(), partitions, replicationFactor);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while provisioning Kafka topics " + topics, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not provision Kafka topics " + topics, e);
        }
    }
}
