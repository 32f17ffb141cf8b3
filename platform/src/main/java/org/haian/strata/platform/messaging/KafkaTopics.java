package org.haian.strata.platform.messaging;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure the context topics exist with the configured partitions and replication, so that neither a broker's
 * auto-creation defaults nor the order in which services start decide their shape. A consumer that assigns
 * partitions when it opens its stream (as Axon's Kafka source does) only sees topics that exist at that moment.
 *
 * <p>A context topic is the history every read model is rebuilt from, so it keeps its events for ever
 * ({@link #KEEP_FOREVER}): a topic a service creates on a real cluster would otherwise get the cluster's default
 * retention, seven days on stock Kafka. {@link #retentionOf} tells whether existing topics do.
 */
public class KafkaTopics {

    /** No time limit, no size limit, and deletion (never compaction, which keeps only the last event per key). */
    public static final Map<String, String> KEEP_FOREVER = Map.of(
            TopicConfig.RETENTION_MS_CONFIG, "-1",
            TopicConfig.RETENTION_BYTES_CONFIG, "-1",
            TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE);

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
                    .map(topic -> new NewTopic(topic, partitions, replicationFactor).configs(KEEP_FOREVER))
                    .toList();
            if (missing.isEmpty()) {
                return;
            }
            try {
                admin.createTopics(missing).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                log.info("Created Kafka topics {} ({} partitions, replication {}, kept for ever)",
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

    /**
     * How many brokers the cluster names, asked within the given time (for the health of the service).
     *
     * @throws IllegalStateException if the cluster cannot be asked in that time
     */
    public int brokers(Duration within) {
        Admin admin = Admin.create(adminConfig);
        try {
            return admin.describeCluster().nodes().get(within.toMillis(), TimeUnit.MILLISECONDS).size();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while asking Kafka for its brokers", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not answer within " + within, e);
        } finally {
            // A broker that is away would keep the client's close waiting for the request's own, longer time-out.
            admin.close(Duration.ZERO);
        }
    }

    /**
     * Of the topics that exist, what each keeps: its retention and cleanup settings as the cluster has them (a
     * topic's own or the broker's default). Topics that do not exist yet are left out.
     *
     * @throws IllegalStateException if the cluster cannot be asked
     */
    public Map<String, Map<String, String>> retentionOf(Collection<String> topics) {
        try (Admin admin = Admin.create(adminConfig)) {
            Set<String> existing = admin.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            List<ConfigResource> resources = topics.stream().filter(existing::contains)
                    .map(topic -> new ConfigResource(ConfigResource.Type.TOPIC, topic)).toList();
            Map<String, Map<String, String>> retention = new TreeMap<>();
            if (resources.isEmpty()) {
                return retention;
            }
            admin.describeConfigs(resources).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
                    .forEach((resource, config) -> {
                        Map<String, String> kept = new TreeMap<>();
                        KEEP_FOREVER.keySet().forEach(name -> kept.put(name, config.get(name).value()));
                        retention.put(resource.name(), kept);
                    });
            return retention;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the retention of Kafka topics " + topics, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not read the retention of Kafka topics " + topics, e);
        }
    }
}
